// `import letterboxd <file>`: fills the diary and the watchlist from Letterboxd's export, after showing what it adds.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import type { FilmSummary } from '../core/types.js';
import { UsageError } from '../core/errors.js';
import { planImport, readTable, type ImportPlan, type LetterboxdRow } from '../core/letterboxd.js';
import { appendDiary, type DiaryEvent } from '../io/diary.js';
import { readLetterboxd } from '../io/letterboxd-file.js';
import { MESSAGES } from '../i18n.js';
import { cell } from '../render/text.js';
import { stars, ratingNumber } from '../render/rating.js';
import { examples } from './help.js';

interface ImportOptions {
  dryRun?: boolean;
  yes?: boolean;
  json?: boolean;
}

export function register(program: Command, ctx: () => Context): void {
  const group = program.command('import').description('fill your diary and watchlist from another service');
  const cmd = group
    .command('letterboxd')
    .description("read Letterboxd's export: its ZIP, or its diary.csv, watched.csv, ratings.csv or watchlist.csv")
    .argument('<file>', 'the ZIP from letterboxd.com/settings/data, or one CSV file from it')
    .option('--dry-run', 'only show what would be added')
    .option('-y, --yes', 'add without asking')
    .option('--json', 'print the summary as JSON (needs --yes or --dry-run)');
  examples(cmd, [
    ['soviet-love import letterboxd letterboxd-export.zip --dry-run', 'see what would be added'],
    ['soviet-love import letterboxd letterboxd-export.zip', 'add it, after a question'],
    ['soviet-love import letterboxd watchlist.csv --yes', 'one file, without asking'],
  ]);
  cmd.action((file: string, opts: ImportOptions) => runImport(ctx(), file, opts));
}

/** The plan as JSON: counts, and what was (or, with --dry-run, would be) added. */
function summary(plan: ImportPlan<FilmSummary>, added: boolean) {
  return {
    films: plan.films.length,
    viewings: plan.viewings.map((v) => ({ id: v.film.id, title: v.film.title, year: v.film.year, watchedOn: v.watchedOn, rating: v.rating, rewatch: v.rewatch })),
    watchlist: plan.saved.map((s) => ({ id: s.film.id, title: s.film.title, year: s.film.year, addedOn: s.addedOn })),
    already: plan.already,
    skipped: plan.skipped,
    ambiguous: plan.ambiguous,
    unreadable: plan.unreadable,
    added,
  };
}

/** What will be added, one line each: a table in a terminal, tab-separated when piped. */
function listing(ctx: Context, plan: ImportPlan<FilmSummary>): string {
  const m = MESSAGES[ctx.lang];
  const ru = ctx.lang === 'ru';
  const name = (f: FilmSummary) => cell(ru && ctx.stdout.isTTY ? f.russianTitle : f.title);
  if (!ctx.stdout.isTTY) {
    return [
      ...plan.viewings.map((v) => ['viewing', v.watchedOn, v.film.id, cell(v.film.title), ratingNumber(v.rating), v.rewatch ? 'rewatch' : ''].join('\t')),
      ...plan.saved.map((s) => ['watchlist', s.addedOn, s.film.id, cell(s.film.title), '', ''].join('\t')),
    ].map((l) => `${l}\n`).join('');
  }
  const s = ctx.stdout.style;
  const lines = [
    ...plan.viewings.map((v) => `  ${s.good('+')} ${s.dim(v.watchedOn)}  ${s.title(name(v.film))} ${s.dim(`(${v.film.year})`)}${v.rating === null ? '' : `  ${s.warn(stars(v.rating))}`}${v.rewatch ? `  ${s.dim(m.lists.rewatch)}` : ''}`),
    ...plan.saved.map((w) => `  ${s.good('+')} ${s.dim(m.lists.toWatchlist)}  ${s.title(name(w.film))} ${s.dim(`(${w.film.year})`)}`),
  ];
  return lines.map((l) => `${l}\n`).join('');
}

/** One O_APPEND write per entry, the same as `watched` and `watchlist add`, so nothing else's entries are lost. */
function apply(ctx: Context, plan: ImportPlan<FilmSummary>): void {
  const at = ctx.now().toISOString();
  const events: DiaryEvent[] = [
    ...plan.viewings.map((v): DiaryEvent => (v.rewatch ? { op: 'watch', id: v.film.id, watchedOn: v.watchedOn, rating: v.rating, rewatch: true, at } : { op: 'watch', id: v.film.id, watchedOn: v.watchedOn, rating: v.rating, at })),
    ...plan.saved.map((s): DiaryEvent => ({ op: 'want', id: s.film.id, addedOn: s.addedOn, at })),
  ];
  for (const e of events) appendDiary(ctx.diaryFile, ctx.diaryDir, e);
  ctx.resetDiary();
}

export async function runImport(ctx: Context, file: string, opts: ImportOptions): Promise<void> {
  const m = MESSAGES[ctx.lang];
  if (opts.json && !opts.yes && !opts.dryRun) throw new UsageError((t) => t.lists.jsonNeedsYes);
  const asks = !opts.yes && !opts.dryRun;
  const rows: LetterboxdRow[] = [];
  let unreadable = 0;
  for (const table of await readLetterboxd(file)) {
    const read = readTable(table.name, table.rows);
    rows.push(...read.rows);
    unreadable += read.unreadable;
  }
  const plan = planImport(ctx.index(), rows, { viewings: ctx.viewings(), watchlist: ctx.watchlist() });
  plan.unreadable = unreadable;
  const nothing = plan.viewings.length === 0 && plan.saved.length === 0;
  // A bad file is reported first (exit 3); only then is a missing terminal a usage error.
  if (asks && !nothing && !ctx.interactive) throw new UsageError((t) => t.lists.needYes);
  if (opts.json) {
    if (!opts.dryRun && !nothing) apply(ctx, plan);
    ctx.stdout.write(`${JSON.stringify(summary(plan, !opts.dryRun && !nothing), null, ctx.stdout.isTTY ? 2 : undefined)}\n`);
    return;
  }
  const say = (text: string) => ctx.stderr.write(`${text}\n`);
  say(m.lists.found(plan.films.length, plan.viewings.length, plan.saved.length, plan.skipped));
  if (plan.already > 0) say(m.lists.already(plan.already));
  if (plan.ambiguous > 0) say(m.lists.ambiguous(plan.ambiguous));
  if (plan.unreadable > 0) say(m.lists.unreadableRows(plan.unreadable));
  if (nothing) {
    say(m.lists.nothingNew);
    return;
  }
  ctx.stdout.write(listing(ctx, plan));
  if (opts.dryRun) {
    say(m.lists.dryRun);
    return;
  }
  if (asks) {
    const { choose } = await import('../io/prompts.js');
    const choices = [
      { name: m.lists.yes, value: true },
      { name: m.lists.no, value: false },
    ];
    if (!(await choose(ctx, m.lists.confirm(plan.viewings.length, plan.saved.length), choices, true))) {
      say(m.lists.notAdded);
      return;
    }
  }
  apply(ctx, plan);
  say(m.lists.added(plan.viewings.length, plan.saved.length, ctx.diaryFile));
}
