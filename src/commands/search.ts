// `search`: ranked fuzzy matches, or a live type-ahead prompt when a person runs it with no query.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { applyFilters, predicates } from '../core/filters.js';
import { NotFoundError, UsageError } from '../core/errors.js';
import { MESSAGES } from '../i18n.js';
import { didYouMean } from '../core/resolve.js';
import { addFilterOptions, parseLimit, readFilters, type FilterOptions } from './filters.js';
import { writeFilms } from './output.js';
import { examples } from './help.js';
import { filmCard } from '../render/card.js';

interface SearchOptions extends FilterOptions {
  limit?: string;
  json?: boolean;
  input?: boolean;
}

export function register(program: Command, ctx: () => Context): void {
  const cmd = program
    .command('search')
    .description('find films by any title, transliteration, director or actor, typos forgiven')
    .argument('[query...]', 'what to look for; with none in a terminal, search as you type')
    .option('--limit <n>', 'at most n results', '10')
    .option('--json', 'print JSON (an array of films, best match first)')
    .option('--no-input', 'never prompt');
  addFilterOptions(cmd);
  examples(cmd, [
    ['soviet-love search irony of fate', 'English title'],
    ['soviet-love search ирония судьбы', 'Russian title'],
    ['soviet-love search moskva slezam ne verit', 'Russian in Latin letters'],
    ['soviet-love search "ktnzn ;ehfdkb"', 'Russian typed on an English keyboard'],
    ['soviet-love search gurchenko --decade 80s', 'an actor, in the 1980s'],
    ['soviet-love search', 'search as you type (in a terminal)'],
  ]);
  cmd.action((words: string[], opts: SearchOptions) => runSearch(ctx(), words.join(' ').trim(), opts));
}

export async function runSearch(ctx: Context, query: string, opts: SearchOptions): Promise<void> {
  const limit = parseLimit(opts.limit) ?? 10;
  const spec = readFilters(opts);
  const preds = predicates(spec, spec.unwatched ? ctx.watchedIds() : undefined);
  const m = MESSAGES[ctx.lang];
  if (query === '') {
    if (!ctx.interactive || opts.input === false || opts.json) {
      throw new UsageError((t) => t.errors.needQuery, [(t) => t.errors.searchExample]);
    }
    const allowed = new Set(applyFilters(ctx.summaries(), preds));
    const { searchPrompt } = await import('../io/prompts.js');
    const film = ctx.full([await searchPrompt(ctx, allowed)])[0]!;
    ctx.stdout.write(filmCard(film, ctx.stdout.style, m.card, { columns: ctx.stdout.columns, russianFirst: ctx.lang === 'ru' }));
    return;
  }
  const hits = ctx.index().search(query);
  const allowed = hits.filter((h) => preds.every((p) => p.test(h.film)));
  const films = allowed.slice(0, limit).map((h) => h.film);
  writeFilms(ctx, films, opts.json === true);
  // Say when the limit hid matches, so a script or a person knows to ask for more.
  if (allowed.length > films.length) ctx.stderr.write(`${m.showing(films.length, allowed.length)}\n`);
  if (films.length === 0) {
    throw new NotFoundError((t) => (hits.length > 0 ? t.errors.noMatchFiltered(query) : t.noMatch(query)), didYouMean(hits));
  }
}
