// `show`: one film's full card, found by id, any title, or a clear fuzzy match.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { resolveFilm } from '../core/resolve.js';
import { filmCard } from '../render/card.js';
import { MESSAGES } from '../i18n.js';
import { examples } from './help.js';
import { writeJsonFilm } from './output.js';
import { withWatch, withWatchRecords } from './watch-json.js';

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

export function runShow(ctx: Context, query: string, json: boolean): void {
  const found = resolveFilm(ctx.index(), query);
  if (json) writeJsonFilm(ctx, found, () => withWatch(ctx, [found])[0], () => withWatchRecords(ctx, [found])[0]!);
  else ctx.stdout.write(filmCard(ctx.full([found])[0]!, ctx.stdout.style, MESSAGES[ctx.lang], { columns: ctx.stdout.columns, russianFirst: ctx.lang === 'ru' }));
}
