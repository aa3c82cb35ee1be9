// What `tonight` and `tonight --together` share once a film is chosen: a card that fits the screen,
// and marking it watched with a rating, staying in the menu when the diary cannot be written.
import type { Context } from '../context.js';
import type { Film } from '../core/types.js';
import { CliError } from '../core/errors.js';
import { ratingScale } from '../core/rating-scale.js';
import { MESSAGES } from '../i18n.js';
import { filmCard } from '../render/card.js';
import { fitCard } from '../render/fit.js';
import { cell } from '../render/text.js';
import { appendDiary } from '../io/diary.js';
import { BackError, choose } from '../io/prompts.js';

/**
 * The brief card, cut to the rows left above a menu of `menuItems` choices (its question, the
 * choices and the key hint, a blank line before the card, and the line the cursor waits on), so
 * the title stays on screen; "Full details" shows the rest.
 */
export function fittedCard(ctx: Context, film: Film, menuItems: number, above = 0): string {
  const m = MESSAGES[ctx.lang];
  const { columns, rows, style } = ctx.stdout;
  const card = filmCard(film, style, m, { columns, brief: true, russianFirst: ctx.lang === 'ru' });
  const room = rows - (Math.min(menuItems, 12) + 2) - 2 - above;
  return fitCard(card, Math.max(1, room), columns, style.dim(m.evening.cut));
}

/**
 * Asks for a rating (Enter on "No rating" skips it, Esc goes back to the menu), then records one
 * viewing. A diary that cannot be written is reported and nothing else happens: the caller's menu
 * stays. Returns whether the viewing was recorded.
 */
export async function markWatched(ctx: Context, film: Film, date: string, said: (title: string, date: string) => string): Promise<boolean> {
  const m = MESSAGES[ctx.lang];
  const title = cell(ctx.lang === 'ru' ? film.russianTitle : film.title);
  let rating: number | null;
  try {
    const choices = [{ name: m.evening.skipRating, value: null as number | null }, ...ratingScale().map((r) => ({ name: m.evening.stars(r), value: r as number | null }))];
    rating = await choose(ctx, m.evening.rate(title), choices, null, { back: true });
  } catch (err) {
    if (err instanceof BackError) return false;
    throw err;
  }
  try {
    appendDiary(ctx.diaryFile, ctx.diaryDir, { op: 'watch', id: film.id, watchedOn: date, rating, at: ctx.now().toISOString() });
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    const s = ctx.stderr.style;
    for (const line of err.lines(ctx.lang)) ctx.stderr.write(`${s.error(cell(line))}\n`);
    ctx.stderr.write(`${s.dim(m.evening.notSaved)}\n`);
    return false;
  }
  ctx.resetDiary();
  ctx.stdout.write(`${ctx.stdout.style.good(said(title, date))}\n`);
  return true;
}
