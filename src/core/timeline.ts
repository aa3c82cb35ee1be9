// Buckets films by year or by decade for the timeline chart.
import type { FilmSummary } from './types.js';
import { sortFilms } from './sort.js';

export interface Bucket {
  /** The year, or the decade's first year. */
  start: number;
  label: string;
  films: FilmSummary[];
  watched: number;
}

/** Each bucket's films are in title order, in the language the chart shows them. */
export function buckets(films: readonly FilmSummary[], by: 'year' | 'decade', watched: ReadonlySet<string>, lang: 'en' | 'ru' = 'en'): Bucket[] {
  const map = new Map<number, FilmSummary[]>();
  for (const f of films) {
    const key = by === 'year' ? f.year : Math.floor(f.year / 10) * 10;
    map.set(key, [...(map.get(key) ?? []), f]);
  }
  return [...map.entries()]
    .sort(([a], [b]) => a - b)
    .map(([key, list]) => ({
      start: key,
      label: by === 'year' ? String(key) : `${key}s`,
      films: sortFilms(list, 'title', lang),
      watched: list.filter((f) => watched.has(f.id)).length,
    }));
}
