// The watchlist as data: replayed from the same log as the viewings (`want` and `unwant` entries).
import type { DiaryEvent } from './diary.js';

/** A film saved for later. */
export interface Saved {
  id: string;
  addedOn: string; // YYYY-MM-DD
}

/**
 * Replays the log: `want` saves a film (saving it again keeps the first day), `unwant` removes it.
 * Newest first. Watching a film never removes it by itself: the person is asked (SPEC §8).
 */
export function watchlist(events: readonly DiaryEvent[]): Saved[] {
  const saved = new Map<string, { addedOn: string; seq: number }>();
  events.forEach((e, seq) => {
    if (e.op === 'want' && !saved.has(e.id)) saved.set(e.id, { addedOn: e.addedOn, seq });
    else if (e.op === 'unwant') saved.delete(e.id);
  });
  return [...saved]
    .sort(([, a], [, b]) => (a.addedOn < b.addedOn ? 1 : a.addedOn > b.addedOn ? -1 : b.seq - a.seq))
    .map(([id, { addedOn }]) => ({ id, addedOn }));
}

/** The films of a list that are on the watchlist, in the list's order. */
export function savedOnly<F extends { id: string }>(films: readonly F[], saved: readonly Saved[]): F[] {
  const ids = new Set(saved.map((s) => s.id));
  return films.filter((f) => ids.has(f.id));
}
