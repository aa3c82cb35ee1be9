// Buckets films by year or by decade for the timeline chart.
import type { Film } from './types.js';

export interface Bucket {
  label: string;
  films: Film[];
  watched: number;
}

export function buckets(films: readonly Film[], by: 'year' | 'decade', watched: ReadonlySet<string>): Bucket[] {
  const map = new Map<number, Film[]>();
  for (const f of films) {
    const key = by === 'year' ? f.year : Math.floor(f.year / 10) * 10;
    map.set(key, [...(map.get(key) ?? []), f]);
  }
  return [...map.entries()]
    .sort(([a], [b]) => a - b)
    .map(([key, list]) => ({
      label: by === 'year' ? String(key) : `${key}s`,
      films: [...list].sort((a, b) => a.title.localeCompare(b.title)),
      watched: list.filter((f) => watched.has(f.id)).length,
    }));
}
