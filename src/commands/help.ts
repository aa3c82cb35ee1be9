// Help text conventions: examples come first, and every description is shown in the interface language.
import type { Command, Help, Option } from 'commander';
import type { Lang } from '../i18n.js';
import { russian } from '../i18n-ru.js';

const EXAMPLES = new WeakMap<Command, [string, string][]>();

/** The width help is written for when the terminal's is unknown, as commander assumes. */
const HELP_WIDTH = 80;

/** Records a command's examples; localizeHelp() puts them before its usage line. */
export function examples(cmd: Command, rows: [string, string][]): Command {
  EXAMPLES.set(cmd, rows);
  return cmd;
}

/** Translates help text: whole sentences, or the sentence before a parenthesised list of values. */
export function translateHelp(text: string, lang: Lang): string {
  if (lang === 'en' || text === '') return text;
  const whole = russian().HELP[text];
  if (whole !== undefined) return whole;
  const m = /^(.*?)( \([^()]*\))$/.exec(text);
  const head = m ? russian().HELP[m[1]!] : undefined;
  return head !== undefined ? `${head}${m![2]}` : text;
}

function optionDescription(option: Option, t: (s: string) => string): string {
  const extra: string[] = [];
  if (option.argChoices) extra.push(`${t('choices')}: ${option.argChoices.join(', ')}`);
  if (option.defaultValue !== undefined && (option.required || option.optional)) extra.push(`${t('default')}: ${String(option.defaultValue)}`);
  return extra.length > 0 ? `${option.description} (${extra.join(', ')})` : option.description;
}

/** Puts every command's help into the interface language, with its examples first. */
export function localizeHelp(program: Command, lang: Lang): void {
  const t = (s: string) => translateHelp(s, lang);
  const visit = (cmd: Command) => {
    cmd.description(t(cmd.description()));
    for (const o of cmd.options) o.description = t(o.description);
    for (const a of cmd.registeredArguments) a.description = t(a.description);
    cmd.helpOption('-h, --help', t('display help for command'));
    // The usage line's placeholders too: "Использование: soviet-love [параметры] [команда]".
    const placeholders = (text: string) => text.replace('[options]', t('[options]')).replace('[command]', t('[command]'));
    cmd.usage(placeholders(cmd.usage()));
    cmd.configureHelp({
      styleTitle: (title: string) => t(title),
      optionDescription: (o: Option) => optionDescription(o, t),
      // The command list's "tonight [options]" too, built by commander from each subcommand.
      subcommandTerm: (sub: Command) => placeholders(`${sub.name()}${sub.aliases()[0] ? `|${sub.aliases()[0]}` : ''} ${sub.usage()}`.trim()),
    } as Partial<Help>);
    const rows = EXAMPLES.get(cmd);
    if (rows) {
      const width = Math.max(...rows.map(([c]) => c.length));
      // Side by side when every row fits in 80 columns (a terminal's least); else each comment under its command.
      const fits = rows.every(([, d]) => 2 + width + 4 + t(d).length <= HELP_WIDTH);
      const lines = rows.map(([c, d]) => (fits ? `  ${c.padEnd(width)}  # ${t(d)}` : `  ${c}\n      # ${t(d)}`));
      cmd.addHelpText('before', [t('Examples:'), ...lines, ''].join('\n'));
    }
    cmd.commands.forEach(visit);
  };
  visit(program);
  if (program.commands.length > 0) program.helpCommand('help [command]', t('display help for command'));
}

/** Every translatable help string of a program, for the test that both languages have them all. */
export function helpStrings(program: Command): string[] {
  const out: string[] = ['Usage:', 'Options:', 'Commands:', 'Arguments:', 'Examples:', 'display help for command', 'choices', 'default', '[options]', '[command]'];
  const visit = (cmd: Command) => {
    out.push(cmd.description(), ...cmd.options.map((o) => o.description), ...cmd.registeredArguments.map((a) => a.description));
    out.push(...(EXAMPLES.get(cmd) ?? []).map(([, d]) => d));
    cmd.commands.forEach(visit);
  };
  visit(program);
  return [...new Set(out.filter(Boolean))];
}
