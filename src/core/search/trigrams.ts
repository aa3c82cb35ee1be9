// Trigrams of folded keys: their ids, a scan that counts them in every key, and postings (entries by trigram).
import type { EntryColumns } from './entries.js';

/**
 * Entries by trigram, compactly: the trigram ids that occur, in order; for the i-th, its entries
 * are entries[start[i] … start[i + 1]). Typed arrays, so the build can write them as bytes.
 */
export interface Postings {
  /** Distinct trigrams of each entry. */
  counts: Int32Array;
  ids: Int32Array;
  start: Int32Array;
  entries: Int32Array;
}

// Keys hold only a-z, 0-9 and single spaces: 37 symbols, so a trigram has a unique id below 37³.
const SYMBOLS = 37;
const TRIGRAM_IDS = SYMBOLS ** 3;
const symbol = (c: number) => (c === 32 ? 0 : c >= 97 ? c - 96 : c - 21);

/** Calls `each` with the id of every trigram of a key padded with spaces (repeats included). */
function forEachTrigram(key: string, each: (id: number) => void): void {
  let x = 0;
  let y = symbol(key.charCodeAt(0));
  for (let i = 1; i <= key.length; i++) {
    const z = i < key.length ? symbol(key.charCodeAt(i)) : 0;
    each((x * SYMBOLS + y) * SYMBOLS + z);
    x = y;
    y = z;
  }
  each((x * SYMBOLS + y) * SYMBOLS);
}

/** The distinct trigram ids of a key. */
export function trigrams(key: string): number[] {
  const ids = new Set<number>();
  forEachTrigram(key, (id) => ids.add(id));
  return [...ids];
}

const keyOf = (columns: EntryColumns, e: number) => columns.keys[columns.key[e]!]!;

/**
 * Counts each entry's trigrams shared with the query by reading every key once: no index needed.
 * The shared counts go to sharedBy, the entries met to touched; it returns how many were met and
 * each entry's count of distinct trigrams. Only catalogs without the build's postings get here
 * (the bundled one has them).
 */
export function scan(columns: EntryColumns, grams: readonly number[], sharedBy: Uint16Array, touched: Int32Array): { found: number; counts: Int32Array } {
  const size = columns.film.length;
  const wanted = new Uint8Array(TRIGRAM_IDS);
  for (const id of grams) wanted[id] = 1;
  // A stamp per trigram id skips repeats within a key: one typed-array read per trigram, which
  // at 10,000 films is twice as fast as any smaller table.
  const stamp = new Int32Array(TRIGRAM_IDS);
  const counts = new Int32Array(size);
  let found = 0;
  for (let e = 0; e < size; e++) {
    const key = keyOf(columns, e);
    let distinct = 0;
    let shared = 0;
    // The trigrams of " key ", as in forEachTrigram, inlined: this loop reads every key once.
    let x = 0;
    let y = symbol(key.charCodeAt(0));
    for (let i = 1; i <= key.length + 1; i++) {
      const z = i < key.length ? symbol(key.charCodeAt(i)) : 0;
      const id = (x * SYMBOLS + y) * SYMBOLS + z;
      if (stamp[id] !== e + 1) {
        stamp[id] = e + 1;
        distinct++;
        shared += wanted[id]!;
      }
      x = y;
      y = z;
    }
    counts[e] = distinct;
    if (shared > 0) {
      sharedBy[e] = shared;
      touched[found++] = e;
    }
  }
  return { found, counts };
}

/** Entries by trigram: two passes over every key (count, then fill). */
export function buildPostings(columns: EntryColumns): Postings {
  const size = columns.film.length;
  // A stamp per trigram id skips repeats within a key; the per-id tables are dropped afterwards,
  // leaving only the trigrams that occur.
  const stamp = new Int32Array(TRIGRAM_IDS);
  const sizes = new Int32Array(TRIGRAM_IDS);
  const counts = new Int32Array(size);
  const used: number[] = [];
  for (let e = 0; e < size; e++) {
    forEachTrigram(keyOf(columns, e), (id) => {
      if (stamp[id] === e + 1) return;
      stamp[id] = e + 1;
      if (sizes[id] === 0) used.push(id);
      sizes[id]!++;
      counts[e]!++;
    });
  }
  const ids = Int32Array.from(used).sort();
  const start = new Int32Array(ids.length + 1);
  // Reused as each id's next free slot: its position in `ids` is found once, here.
  const next = sizes;
  ids.forEach((id, i) => {
    start[i + 1] = start[i]! + sizes[id]!;
    next[id] = start[i]!;
  });
  const entries = new Int32Array(start[ids.length]!);
  stamp.fill(0);
  for (let e = 0; e < size; e++) {
    forEachTrigram(keyOf(columns, e), (id) => {
      if (stamp[id] === e + 1) return;
      stamp[id] = e + 1;
      entries[next[id]!++] = e;
    });
  }
  return { counts, ids, start, entries };
}

/** The position of a value in a sorted array, or -1. */
export function findSorted(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = sorted[mid]!;
    if (at === value) return mid;
    if (at < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
