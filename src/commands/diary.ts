// `watched`, `unwatch` and `diary`: recording viewings and reading them back.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import type { FilmSummary, Viewing } from '../core/types.js';
import { UsageError, NotFoundError } from '../core/errors.js';
import { resolveFilm } from '../core/resolve.js';
import { localDate, rewatchFlags } from '../core/diary.js';
import { parseRating as readRating } from '../core/rating.js';
import { readValue } from '../core/values.js';
import { ratingNumber, stars } from '../render/rating.js';
import { appendDiary } from '../io/diary.js';
import { MESSAGES } from '../i18n.js';
import { writeJsonArray, writeJsonObject } from './output.js';
import { cell, pad, width } from '../render/text.js';
import { examples } from './help.js';
import { parseDateOption } from './dates.js';

export function register(program: Command, ctx: () => Context): void {
  const watched = program
    .command('watched')
    .description('record that you watched a film (again, if you had)')
    .argument('<film...>', 'an id, any title or a fuzzy query')
    .option('--date <YYYY-MM-DD>', 'the day you watched it (default today)')
    .option('--rating <0.5-5>', 'your rating, 0.5 to 5 in half stars (3.5)')
    .option('--json', 'print the recorded viewing as JSON');
  examples(watched, [
    ['soviet-love watched irony-of-fate', 'watched today'],
    ['soviet-love watched "office romance" --date 2026-02-14 --rating 4.5', 'with a date and a rating'],
  ]);
  watched.action((words: string[], opts: { date?: string; rating?: string; json?: boolean }) => runWatched(ctx(), words.join(' '), opts));

  const unwatch = program
    .command('unwatch')
    .description('remove every viewing of a film from your diary')
    .argument('<film...>', 'an id, any title or a fuzzy query')
    .option('--json', 'print what was removed as JSON');
  examples(unwatch, [['soviet-love unwatch irony-of-fate', 'forget every viewing of it']]);
  unwatch.action((words: string[], opts: { json?: boolean }) => runUnwatch(ctx(), words.join(' '), opts.json === true));

  const diary = program.command('diary').description('your viewing diary, newest first').option('--json', 'print JSON');
  examples(diary, [
    ['soviet-love diary', 'what you watched, newest first'],
    ['soviet-love diary --json', 'as JSON: { id, title, year, watchedOn, rating, rewatch }'],
  ]);
  diary.action((opts: { json?: boolean }) => runDiary(ctx(), opts.json === true));
}

export function parseRating(value: string | undefined): number | null {
  if (value === undefined) return null;
  // The one rule for option values (NFKC, trimmed), then Letterboxd's half-star scale.
  const rating = readRating(readValue(value));
  if (rating === null) throw new UsageError((m) => m.errors.badRating(value));
  return rating;
}

/** Resolves against the catalog, but lets a viewing of a film no longer in it be removed by id. */
function findFilm(ctx: Context, query: string): FilmSummary {
  return resolveFilm(ctx.index(), query);
}

/** A viewing's day: today or earlier, and not before the film came out (exit 2 naming the date). */
function viewingDate(ctx: Context, film: FilmSummary, value: string | undefined): string {
  const today = localDate(ctx.now());
  if (value === undefined) return today;
  const date = parseDateOption(value);
  // ISO dates order as plain strings.
  if (date > today) throw new UsageError((m) => m.errors.futureDate(date));
  if (Number(date.slice(0, 4)) < film.year) throw new UsageError((m) => m.errors.beforeRelease(date, film.title, film.year));
  return date;
}

export function runWatched(ctx: Context, query: string, opts: { date?: string; rating?: string; json?: boolean }): void {
  const rating = parseRating(opts.rating);
  if (opts.date !== undefined) parseDateOption(opts.date);
  const film = findFilm(ctx, query);
  const date = viewingDate(ctx, film, opts.date);
  // Read first: a file that is not a diary is refused before anything is added to it.
  const before = ctx.viewings().filter((v) => v.id === film.id).length;
  appendDiary(ctx.diaryFile, ctx.diaryDir, { op: 'watch', id: film.id, watchedOn: date, rating, at: ctx.now().toISOString() });
  ctx.resetDiary();
  const times = before + 1;
  if (opts.json) writeJsonObject(ctx, { id: film.id, title: film.title, year: film.year, watchedOn: date, rating, times });
  else ctx.stderr.write(`${MESSAGES[ctx.lang].recorded(cell(film.title), date, rating, times)}\n`);
}

export function runUnwatch(ctx: Context, query: string, json = false): void {
  const m = MESSAGES[ctx.lang];
  const byId = ctx.viewings().some((v) => v.id === query.trim());
  const id = byId ? query.trim() : findFilm(ctx, query).id;
  const title = ctx.summaries().find((f) => f.id === id)?.title ?? id;
  const count = ctx.viewings().filter((v) => v.id === id).length;
  if (count === 0) throw new NotFoundError((t) => t.notWatched(cell(title)));
  appendDiary(ctx.diaryFile, ctx.diaryDir, { op: 'unwatch', id, at: ctx.now().toISOString() });
  ctx.resetDiary();
  if (json) writeJsonObject(ctx, { id, title, removed: count });
  else ctx.stderr.write(`${m.unwatched(cell(title), count)}\n`);
}

export interface DiaryRow {
  id: string;
  title: string;
  year: number | null;
  watchedOn: string;
  rating: number | null;
  rewatch: boolean;
}

/** Joins viewings with the catalog; a film since removed from the catalog keeps its id. */
export function diaryRows(ctx: Context, list: readonly Viewing[], russianTitles = false): DiaryRow[] {
  const byId = new Map(ctx.summaries().map((f) => [f.id, f]));
  const rewatch = rewatchFlags(list);
  return list.map((v, i) => {
    const f = byId.get(v.id);
    return { id: v.id, title: f ? (russianTitles ? f.russianTitle : f.title) : v.id, year: f?.year ?? null, watchedOn: v.watchedOn, rating: v.rating, rewatch: rewatch[i]! };
  });
}

export function runDiary(ctx: Context, json: boolean): void {
  if (json) {
    writeJsonArray(ctx, () => diaryRows(ctx, ctx.viewings()));
    return;
  }
  const rows = diaryRows(ctx, ctx.viewings(), ctx.lang === 'ru' && ctx.stdout.isTTY);
  if (rows.length === 0) {
    ctx.stderr.write(`${MESSAGES[ctx.lang].diaryEmpty}\n`);
    return;
  }
  if (!ctx.stdout.isTTY) {
    // The four columns scripts rely on (SPEC §4); the rewatch is in --json and the terminal's table.
    ctx.stdout.write(rows.map((r) => [r.watchedOn, r.id, r.title, ratingNumber(r.rating)].map(cell).join('\t') + '\n').join(''));
    return;
  }
  const s = ctx.stdout.style;
  const titleWidth = Math.max(...rows.map((r) => width(cell(r.title))));
  for (const r of rows) {
    const shown = r.rating === null ? '' : stars(r.rating);
    // Stars padded to five only when "rewatch" follows them, so no line ends in spaces.
    const again = r.rewatch ? `${s.warn(pad(shown, 5))}  ${s.dim(MESSAGES[ctx.lang].lists.rewatch)}` : s.warn(shown);
    ctx.stdout.write(`${s.dim(r.watchedOn)}  ${s.title(pad(cell(r.title), titleWidth))}  ${s.dim(r.year === null ? '    ' : String(r.year))}  ${again}\n`);
  }
}
