// `timeline`: the catalog over the years as a terminal chart, watched films marked.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { applyFilters, predicates, whyEmpty } from '../core/filters.js';
import { NotFoundError, UsageError } from '../core/errors.js';
import { buckets } from '../core/timeline.js';
import { timelineChart, MARKS } from '../render/timeline.js';
import { MESSAGES } from '../i18n.js';
import { addFilterOptions, readFilters, type FilterOptions } from './filters.js';
import { examples } from './help.js';
import { writeJsonArray } from './output.js';
import { cell } from '../render/text.js';

const NARROW = 60;

type TimelineOptions = FilterOptions & { by?: string; json?: boolean };

export function register(program: Command, ctx: () => Context): void {
  const cmd = program
    .command('timeline')
    .description('a chart of the films over the years, watched ones marked')
    .option('--by <unit>', 'year or decade (default: year, or decade in a narrow terminal)')
    .option('--json', 'print JSON (a record per year or decade)');
  addFilterOptions(cmd);
  examples(cmd, [
    ['soviet-love timeline', 'every film, year by year'],
    ['soviet-love timeline --by decade --mood light', 'light films per decade'],
  ]);
  cmd.action((opts: TimelineOptions) => runTimeline(ctx(), opts));
}

export function runTimeline(ctx: Context, opts: TimelineOptions): void {
  if (opts.by !== undefined && opts.by !== 'year' && opts.by !== 'decade') throw new UsageError((m) => m.errors.badBy(opts.by!));
  const spec = readFilters(opts);
  const watched = ctx.watchedIds();
  const preds = predicates(spec, watched);
  const films = applyFilters(ctx.summaries(), preds);
  if (films.length === 0) {
    const why = whyEmpty(ctx.summaries(), preds);
    throw new NotFoundError((m) => m.errors.noFit(why(m)));
  }
  const columns = ctx.stdout.columns;
  const by = opts.by === 'decade' || opts.by === 'year' ? opts.by : columns < NARROW ? 'decade' : 'year';
  const periods = buckets(films, by, watched, ctx.lang);
  if (opts.json) {
    writeJsonArray(ctx, () => periods.map((r) => ({ period: r.label, films: r.films.length, watched: r.watched, ids: r.films.map((f) => f.id) })));
    return;
  }
  if (!ctx.stdout.isTTY) {
    // Piped: a record per period, tab-separated counts and every title whole; no bars.
    const title = (f: (typeof films)[number]) => cell(ctx.lang === 'ru' ? f.russianTitle : f.title);
    const label = (r: (typeof periods)[number]) => (by === 'decade' ? MESSAGES[ctx.lang].timeline.decade(r.start) : r.label);
    ctx.stdout.write(periods.map((r) => `${label(r)}\t${r.films.length}\t${r.watched}\t${r.films.map(title).join(', ')}\n`).join(''));
    return;
  }
  const m = MESSAGES[ctx.lang].timeline;
  // Decades read as the interface language writes them: "1970s", «1970-е».
  const rows = periods.map((r) => (by === 'decade' ? { ...r, label: m.decade(r.start) } : r));
  const s = ctx.stdout.style;
  ctx.stdout.write(`${s.bold(m.title(films.length))}   ${s.dim(`${MARKS.film} ${m.filmMark}  ${MARKS.watched} ${m.watchedMark}`)}\n`);
  ctx.stdout.write(timelineChart(rows, s, columns, ctx.lang === 'ru', columns >= NARROW));
}
