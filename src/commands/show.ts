// `show`: one film's full card, found by id, any title, or a clear fuzzy match.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { resolveFilm } from '../core/resolve.js';
import { filmCard } from '../render/card.js';
import { MESSAGES } from '../i18n.js';
import { examples } from './help.js';

export function register(program: Command, ctx: () => Context): void {
  const cmd = program
    .command('show')
    .description("show one film's full card")
    .argument('<film...>', 'an id, any title (English, Russian, transliterated) or a fuzzy query')
    .option('--json', 'print the film as a JSON object');
  examples(cmd, [
    ['soviet-love show irony-of-fate', 'by id'],
    ['soviet-love show Летят журавли', 'by the Russian title'],
    ['soviet-love show moskva slezam ne verit', 'by transliteration'],
    ['soviet-love show cranes --json', 'as JSON'],
  ]);
  cmd.action((words: string[], opts: { json?: boolean }) => runShow(ctx(), words.join(' '), opts.json === true));
}

const NEWLINE = Buffer.from('\n');

export function runShow(ctx: Context, query: string, json: boolean): void {
  const found = resolveFilm(ctx.index(), query);
  if (json) {
    // Indented for a person, one line when piped (the build's record as it is, for the bundled catalog).
    ctx.stdout.write(ctx.stdout.isTTY ? `${JSON.stringify(ctx.full([found])[0]!, null, 2)}\n` : Buffer.concat([ctx.records([found])[0]!, NEWLINE]));
    return;
  }
  const film = ctx.full([found])[0]!;
  ctx.stdout.write(filmCard(film, ctx.stdout.style, MESSAGES[ctx.lang].card, { columns: ctx.stdout.columns, russianFirst: ctx.lang === 'ru' }));
}
