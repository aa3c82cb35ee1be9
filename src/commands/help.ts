// Help text conventions: examples come first, before the usage line.
import type { Command } from 'commander';

export function examples(cmd: Command, rows: [string, string][]): Command {
  const width = Math.max(...rows.map(([c]) => c.length));
  const text = ['Examples:', ...rows.map(([c, d]) => `  ${c.padEnd(width)}  # ${d}`), ''].join('\n');
  return cmd.addHelpText('before', text);
}
