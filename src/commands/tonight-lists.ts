// The watchlist's part in `tonight`: the first question, "Save for later", and the question after "Mark as watched".
import type { Context } from '../context.js';
import type { Film, FilmSummary } from '../core/types.js';
import { savedOnly } from '../core/watchlist.js';
import { MESSAGES } from '../i18n.js';
import { cell } from '../render/text.js';
import { saveFilm, unsaveFilm } from './watchlist.js';

/**
 * "From your watchlist or from everything?", asked only when some saved film is in the pool;
 * returns the films to choose from. The watchlist is the default: that is what it was saved for.
 */
export async function chooseSource<F extends { id: string }>(ctx: Context, pool: F[]): Promise<F[]> {
  const saved = savedOnly(pool, ctx.watchlist());
  if (saved.length === 0) return pool;
  const { choose } = await import('../io/prompts.js');
  const m = MESSAGES[ctx.lang];
  const from = await choose(
    ctx,
    m.lists.source,
    [
      { name: `${m.lists.fromWatchlist}  ${m.prompt.films(saved.length)}`, value: 'watchlist' },
      { name: `${m.lists.fromEverything}  ${m.prompt.films(pool.length)}`, value: 'everything' },
    ],
    'watchlist',
  );
  return from === 'watchlist' ? saved : pool;
}

/** The "Save for later" menu item, disabled once the film is saved. */
export function saveItem(ctx: Context, film: Film | undefined): { name: string; value: string; disabled: boolean | string } {
  const m = MESSAGES[ctx.lang];
  const saved = film !== undefined && ctx.watchlist().some((s) => s.id === film.id);
  return { name: m.lists.saveForLater, value: 'save', disabled: !film ? m.prompt.noMore : saved ? m.lists.onWatchlist : false };
}

export function saveFromMenu(ctx: Context, film: Film): void {
  saveFilm(ctx, film);
  ctx.stdout.write(`${ctx.stdout.style.good(MESSAGES[ctx.lang].lists.savedShort(cell(film.title)))}\n`);
}

/** A film just watched is taken off the watchlist only when the person says so, never silently. */
export async function afterWatched(ctx: Context, film: Film): Promise<void> {
  if (!ctx.watchlist().some((s) => s.id === film.id)) return;
  const { choose } = await import('../io/prompts.js');
  const m = MESSAGES[ctx.lang];
  const off = await choose(
    ctx,
    m.lists.takeOff(cell(film.title)),
    [
      { name: m.lists.takeOffYes, value: true },
      { name: m.lists.takeOffNo, value: false },
    ],
    true,
  );
  if (!off) return;
  unsaveFilm(ctx, film.id);
  ctx.stdout.write(`${ctx.stdout.style.good(m.lists.unsaved(cell(film.title)))}\n`);
}
