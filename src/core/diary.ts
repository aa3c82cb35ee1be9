// The diary as data: JSON Lines events in, viewings out. Appending is the only way it changes.
import type { Viewing } from './types.js';
import { isRating } from './rating.js';

/**
 * One line of the log. Viewings and the watchlist share it (SPEC §6), so both get the same
 * promises: `want` saves a film for later, `unwant` takes it off the watchlist.
 * `rewatch` is kept only when an import says so (Letterboxd knows of viewings before the diary).
 */
export type DiaryEvent =
  | { op: 'watch'; id: string; watchedOn: string; rating: number | null; rewatch?: true; at: string }
  | { op: 'unwatch'; id: string; at: string }
  | { op: 'want'; id: string; addedOn: string; at: string }
  | { op: 'unwant'; id: string; at: string };

export interface ParsedDiary {
  events: DiaryEvent[];
  /** 1-based numbers of lines that could not be read. */
  damaged: number[];
  /** The 1-based number of the last line that is not blank. */
  lastLine: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

function toEvent(value: unknown): DiaryEvent | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || v.id === '' || typeof v.at !== 'string') return null;
  if (v.op === 'unwatch' || v.op === 'unwant') return { op: v.op, id: v.id, at: v.at };
  if (v.op === 'want') return typeof v.addedOn === 'string' && isValidDate(v.addedOn) ? { op: 'want', id: v.id, addedOn: v.addedOn, at: v.at } : null;
  if (v.op !== 'watch' || typeof v.watchedOn !== 'string' || !isValidDate(v.watchedOn)) return null;
  // Whole stars (all older entries) and half stars alike: 0.5 to 5.
  const rating = v.rating ?? null;
  if (rating !== null && !isRating(rating)) return null;
  if (v.rewatch !== undefined && typeof v.rewatch !== 'boolean') return null;
  const event: DiaryEvent = { op: 'watch', id: v.id, watchedOn: v.watchedOn, rating: rating as number | null, at: v.at };
  return v.rewatch === true ? { ...event, rewatch: true } : event;
}

/** Reads every good line; a torn or garbled line is reported, never fatal. */
export function parseDiary(text: string): ParsedDiary {
  const events: DiaryEvent[] = [];
  const damaged: number[] = [];
  let lastLine = 0;
  // A byte-order mark, as some editors add when the user tidies the file by hand, is not damage.
  text.replace(/^\uFEFF/, '').split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    lastLine = i + 1;
    let event: DiaryEvent | null = null;
    try {
      event = toEvent(JSON.parse(line));
    } catch {
      event = null;
    }
    if (event) events.push(event);
    else damaged.push(i + 1);
  });
  return { events, damaged, lastLine };
}

/**
 * Is this someone else's file rather than a diary? Not one line is an entry, and more is damaged
 * than a torn last line (which a first write cut short leaves).
 */
export function isForeign(parsed: ParsedDiary): boolean {
  const { events, damaged, lastLine } = parsed;
  return events.length === 0 && damaged.length > 0 && !(damaged.length === 1 && damaged[0] === lastLine);
}

export function formatEvent(event: DiaryEvent): string {
  return `${JSON.stringify(event)}\n`;
}

/** Replays the log: an unwatch removes every viewing of that film recorded before it. Newest first. */
export function viewings(events: readonly DiaryEvent[]): Viewing[] {
  let list: (Viewing & { seq: number })[] = [];
  events.forEach((e, seq) => {
    if (e.op === 'watch') list.push(e.rewatch ? { id: e.id, watchedOn: e.watchedOn, rating: e.rating, rewatch: true, seq } : { id: e.id, watchedOn: e.watchedOn, rating: e.rating, seq });
    else if (e.op === 'unwatch') list = list.filter((v) => v.id !== e.id);
  });
  return list
    // ISO dates order as plain strings (localeCompare would load ICU's collator, ~10 ms).
    .sort((a, b) => (a.watchedOn < b.watchedOn ? 1 : a.watchedOn > b.watchedOn ? -1 : b.seq - a.seq))
    .map(({ seq: _seq, ...v }) => v);
}

/**
 * A viewing is a rewatch when the same film was seen on an earlier day (or earlier the same day),
 * or when an import said so (a film seen before the diary began).
 */
export function rewatchFlags(list: readonly Viewing[]): boolean[] {
  const oldestFirst = [...list.keys()].reverse();
  const seen = new Set<string>();
  const flags = new Array<boolean>(list.length).fill(false);
  for (const i of oldestFirst) {
    const v = list[i]!;
    flags[i] = seen.has(v.id) || v.rewatch === true;
    seen.add(v.id);
  }
  return flags;
}

/** The local calendar date of a moment, as YYYY-MM-DD. */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
