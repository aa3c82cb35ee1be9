// Random picks: a seeded generator, draws without repeats, and the New Year rule.
import type { FilmSummary } from './types.js';
import type { Predicate } from './filters.js';
import type { Text } from '../i18n.js';

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
export function drawFilms<F extends FilmSummary>(films: readonly F[], count: number, random: () => number, date: string): F[] {
  const pool = [...films];
  const out: F[] = [];
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
export function reasonsFor(film: FilmSummary, preds: readonly Predicate[], date: string, skippedWatched: boolean): Text[] {
  const reasons = preds.map((p) => p.reason(film));
  if (skippedWatched) reasons.push((m) => m.filters.notInDiaryYet);
  if (film.id === NEW_YEAR_FILM && isNewYear(date)) reasons.push((m) => m.filters.newYear(date.slice(5) === '12-31' ? 'dec31' : 'jan1'));
  if (reasons.length === 0) reasons.push((m) => m.filters.noFilters);
  return reasons;
}
