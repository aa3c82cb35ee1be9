// Random picks: a seeded generator, draws without repeats, and the New Year rule.
import type { Film } from './types.js';
import type { Predicate } from './filters.js';

export const NEW_YEAR_FILM = 'irony-of-fate';

/** mulberry32: small, fast and good enough to shuffle a film list; the same seed gives the same picks. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 31 December and 1 January, by the calendar date given as YYYY-MM-DD. */
export function isNewYear(date: string): boolean {
  const md = date.slice(5);
  return md === '12-31' || md === '01-01';
}

/** Draws up to `count` different films; on New Year's days The Irony of Fate comes first when it is among them. */
export function drawFilms(films: readonly Film[], count: number, random: () => number, date: string): Film[] {
  const pool = [...films];
  const out: Film[] = [];
  if (isNewYear(date)) {
    const i = pool.findIndex((f) => f.id === NEW_YEAR_FILM);
    if (i >= 0) out.push(...pool.splice(i, 1));
  }
  while (out.length < count && pool.length > 0) {
    const i = Math.floor(random() * pool.length);
    out.push(...pool.splice(i, 1));
  }
  return out.slice(0, count);
}

/** Why a picked film fits: each filter it satisfied, and the date rule when it applied. */
export function reasonsFor(film: Film, preds: readonly Predicate[], date: string, skippedWatched: boolean): string[] {
  const reasons = preds.map((p) => p.reason(film));
  if (skippedWatched) reasons.push('not in your diary yet');
  if (film.id === NEW_YEAR_FILM && isNewYear(date)) reasons.push(`${date.slice(5) === '12-31' ? '31 December' : '1 January'}: the New Year film`);
  if (reasons.length === 0) reasons.push('any film fits: no filters given');
  return reasons;
}
