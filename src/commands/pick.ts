// `pick`: random films that fit the filters, reproducible with --seed, explained with --explain.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import type { FilmSummary } from '../core/types.js';
import { applyFilters, predicates, whyEmpty, type Predicate } from '../core/filters.js';
import { NotFoundError } from '../core/errors.js';
import { parseWhole } from '../core/values.js';
import { drawFilms, reasonsFor, seededRandom } from '../core/pick.js';
import { localDate } from '../core/diary.js';
import { MESSAGES } from '../i18n.js';
import { filmCard } from '../render/card.js';
import { filmsTsv } from '../render/films.js';
import { writeJsonArray } from './output.js';
import { withWatch, withWatchRecords } from './watch-json.js';
import { cell } from '../render/text.js';
import { addFilterOptions, parseLimit, readFilters, type FilterOptions } from './filters.js';
import { examples } from './help.js';
import { parseDateOption } from './dates.js';

export interface PickOptions extends FilterOptions {
  count?: string;
  seed?: string;
  explain?: boolean;
  includeWatched?: boolean;
  json?: boolean;
  interactive?: boolean;
  date?: string;
  input?: boolean;
  watchlist?: boolean;
}

export function register(program: Command, ctx: () => Context): void {
  const cmd = program
    .command('pick')
    .description('pick random film(s) that fit the filters; watched films are skipped')
    .option('--count <n>', 'pick n different films', '1')
    .option('--seed <n>', 'a number that makes the pick reproducible')
    .option('--explain', 'say why each film fits')
    .option('--include-watched', 'also pick films from your diary')
    .option('--watchlist', 'only films on your watchlist')
    .option('--json', 'print JSON (always an array)')
    .option('-i, --interactive', 'ask questions instead (same as tonight)')
    .option('--date <YYYY-MM-DD>', 'the day to pick for (default today)')
    .option('--no-input', 'never prompt');
  addFilterOptions(cmd);
  examples(cmd, [
    ['soviet-love pick', 'any film you have not seen'],
    ['soviet-love pick --mood light --max-runtime 100', 'something light and short'],
    ['soviet-love pick --count 3 --decade 60s --explain', 'three films of the 1960s, with reasons'],
    ['soviet-love pick --seed 42', 'the same pick every time (share the seed)'],
  ]);
  cmd.action(async (opts: PickOptions) => {
    if (opts.interactive) {
      const { runTonight } = await import('./tonight.js');
      return runTonight(ctx(), opts);
    }
    runPick(ctx(), opts);
  });
}

export function parseSeed(value: string | undefined): number | undefined {
  return value === undefined ? undefined : parseWhole('--seed', value, 0, 0xffffffff);
}

/** The films pick and tonight choose from: filtered, and without watched ones unless asked. */
export function candidates(ctx: Context, preds: readonly Predicate[], includeWatched: boolean): { films: FilmSummary[]; skippedWatched: boolean } {
  const fitting = applyFilters(ctx.summaries(), preds);
  if (includeWatched) return { films: fitting, skippedWatched: false };
  const watched = ctx.watchedIds();
  if (watched.size === 0) return { films: fitting, skippedWatched: false };
  const unseen = fitting.filter((f) => !watched.has(f.id));
  if (fitting.length > 0 && unseen.length === 0) {
    throw new NotFoundError((m) => m.errors.allWatched, [(m) => m.errors.allWatchedHint]);
  }
  return { films: unseen, skippedWatched: true };
}

export function runPick(ctx: Context, opts: PickOptions): void {
  const count = parseLimit(opts.count, '--count') ?? 1;
  const givenSeed = parseSeed(opts.seed);
  const seed = givenSeed ?? Math.floor(ctx.random() * 1_000_000);
  const date = opts.date !== undefined ? parseDateOption(opts.date) : localDate(ctx.now());
  const spec = readFilters(opts);
  const preds = predicates(spec, spec.unwatched ? ctx.watchedIds() : undefined);
  if (opts.watchlist) {
    // Only saved films: one more filter, named, so an empty result says why.
    const saved = new Set(ctx.watchlist().map((s) => s.id));
    if (saved.size === 0) throw new NotFoundError((t) => t.lists.emptyForPick);
    preds.push({ label: (t) => t.lists.onYourWatchlist, reason: () => (t) => t.lists.onYourWatchlistReason, test: (f) => saved.has(f.id) });
  }
  const { films, skippedWatched } = candidates(ctx, preds, opts.includeWatched === true);
  const m = MESSAGES[ctx.lang];
  if (films.length === 0) {
    const why = whyEmpty(ctx.summaries(), preds);
    throw new NotFoundError((t) => t.nothingFits(why(t)));
  }
  const picked = drawFilms(films, count, seededRandom(seed), date);
  const reasons = picked.map((f) => reasonsFor(f, preds, date, skippedWatched).map((r) => r(m)));

  // Whatever the output, say when fewer films fit than were asked for.
  if (count > picked.length) ctx.stderr.write(`${m.onlyFit(picked.length)}\n`);
  if (opts.json || !ctx.stdout.isTTY) {
    // Piped, the seed goes to stderr (a terminal shows it under the cards), so any pick can be repeated.
    if (givenSeed === undefined) ctx.stderr.write(`${m.seedLine(seed)}\n`);
    if (!opts.json) {
      ctx.stdout.write(filmsTsv(picked, ctx.stdout.style));
      if (opts.explain) picked.forEach((f, i) => ctx.stderr.write(`${f.id}: ${reasons[i]!.map(cell).join('; ')}\n`));
    } else if (opts.explain) writeJsonArray(ctx, () => withWatch(ctx, picked).map((f, i) => ({ ...f, reasons: reasons[i] })));
    else writeJsonArray(ctx, () => withWatch(ctx, picked), () => withWatchRecords(ctx, picked));
    return;
  }
  const s = ctx.stdout.style;
  ctx.full(picked).forEach((film, i) => {
    if (i > 0) ctx.stdout.write(`\n${s.dim('─'.repeat(Math.min(ctx.stdout.columns, 60)))}\n\n`);
    ctx.stdout.write(filmCard(film, s, m, { columns: ctx.stdout.columns, brief: true, russianFirst: ctx.lang === 'ru' }));
    if (opts.explain) ctx.stdout.write(`\n${s.bold(m.why)}\n${reasons[i]!.map((r) => `  • ${cell(r)}`).join('\n')}\n`);
  });
  ctx.stdout.write(`\n${s.dim(m.seedLine(seed))}\n`);
}
