// `watchlist`, `watchlist add` and `watchlist remove`: films saved for later, kept in the diary's log.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import type { FilmSummary } from '../core/types.js';
import { NotFoundError } from '../core/errors.js';
import { resolveFilm } from '../core/resolve.js';
import { localDate } from '../core/diary.js';
import { appendDiary } from '../io/diary.js';
import { MESSAGES } from '../i18n.js';
import { writeJsonArray } from './output.js';
import { cell, pad, width } from '../render/text.js';
import { examples } from './help.js';

export function register(program: Command, ctx: () => Context): void {
  const cmd = program.command('watchlist').description('films you saved for later, newest first').option('--json', 'print JSON');
  examples(cmd, [
    ['soviet-love watchlist add "cranes are flying"', 'save a film for later'],
    ['soviet-love watchlist', 'what you saved, newest first'],
    ['soviet-love pick --watchlist', 'pick one of them'],
  ]);
  cmd.action((opts: { json?: boolean }) => runWatchlist(ctx(), opts.json === true));
  const add = cmd.command('add').description('save a film for later').argument('<film...>', 'an id, any title or a fuzzy query');
  add.action((words: string[]) => runSave(ctx(), words.join(' ')));
  const remove = cmd.command('remove').description('take a film off your watchlist').argument('<film...>', 'an id, any title or a fuzzy query');
  remove.action((words: string[]) => runUnsave(ctx(), words.join(' ')));
}

/** Saves a film unless it is saved already; true when it was added. Also used by tonight's "Save for later". */
export function saveFilm(ctx: Context, film: FilmSummary): boolean {
  if (ctx.watchlist().some((s) => s.id === film.id)) return false;
  appendDiary(ctx.diaryFile, ctx.diaryDir, { op: 'want', id: film.id, addedOn: localDate(ctx.now()), at: ctx.now().toISOString() });
  ctx.resetDiary();
  return true;
}

/** Takes a film off the watchlist; tonight asks first when the film was just watched. */
export function unsaveFilm(ctx: Context, id: string): void {
  appendDiary(ctx.diaryFile, ctx.diaryDir, { op: 'unwant', id, at: ctx.now().toISOString() });
  ctx.resetDiary();
}

export function runSave(ctx: Context, query: string): void {
  const m = MESSAGES[ctx.lang];
  const film = resolveFilm(ctx.index(), query);
  const added = saveFilm(ctx, film);
  ctx.stderr.write(`${added ? m.lists.saved(cell(film.title), ctx.watchlist().length) : m.lists.alreadySaved(cell(film.title))}\n`);
}

export function runUnsave(ctx: Context, query: string): void {
  // By id too, so a film since removed from the catalog can still be taken off.
  const byId = ctx.watchlist().some((s) => s.id === query.trim());
  const id = byId ? query.trim() : resolveFilm(ctx.index(), query).id;
  const title = ctx.summaries().find((f) => f.id === id)?.title ?? id;
  if (!ctx.watchlist().some((s) => s.id === id)) throw new NotFoundError((m) => m.lists.notSaved(cell(title)));
  unsaveFilm(ctx, id);
  ctx.stderr.write(`${MESSAGES[ctx.lang].lists.unsaved(cell(title))}\n`);
}

export interface WatchlistRow {
  id: string;
  title: string;
  russianTitle: string | null;
  year: number | null;
  addedOn: string;
}

export function runWatchlist(ctx: Context, json: boolean): void {
  const byId = new Map(ctx.summaries().map((f) => [f.id, f]));
  const rows: WatchlistRow[] = ctx.watchlist().map((s) => {
    const f = byId.get(s.id);
    return { id: s.id, title: f?.title ?? s.id, russianTitle: f?.russianTitle ?? null, year: f?.year ?? null, addedOn: s.addedOn };
  });
  if (json) {
    writeJsonArray(ctx, () => rows.map(({ id, title, year, addedOn }) => ({ id, title, year, addedOn })));
    return;
  }
  if (rows.length === 0) {
    ctx.stderr.write(`${MESSAGES[ctx.lang].lists.empty}\n`);
    return;
  }
  if (!ctx.stdout.isTTY) {
    ctx.stdout.write(rows.map((r) => [r.addedOn, r.id, r.title, r.russianTitle, r.year].map(cell).join('\t') + '\n').join(''));
    return;
  }
  const s = ctx.stdout.style;
  const ru = ctx.lang === 'ru';
  const title = (r: WatchlistRow) => cell(ru ? (r.russianTitle ?? r.title) : r.title);
  const titleWidth = Math.max(...rows.map((r) => width(title(r))));
  for (const r of rows) ctx.stdout.write(`${s.dim(r.addedOn)}  ${s.title(pad(title(r), titleWidth))}  ${s.dim(r.year === null ? '' : String(r.year))}\n`);
}
