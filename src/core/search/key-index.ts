// The folded keys of a catalog's films, grouped by film, and the trigram lookup of a query's candidates.
import type { FilmSummary } from '../types.js';
import { fold, toColumns, type Entry, type EntryColumns } from './entries.js';
import { TopK } from './top-k.js';
import { buildPostings, findSorted, scan, trigrams, type Postings } from './trigrams.js';

/**
 * The folded keys as plain data (folding is the costly part), so the build can fold the bundled
 * catalog once for every start and a large catalog's keys can be cached between runs.
 */
export interface IndexSnapshot {
  /** Each entry as an object (the build's JSON), or all of them as columns (a large catalog's cache). */
  entries: Entry[] | EntryColumns;
  /** The trigram index too, when the snapshot has it (the build's does, the key cache does not). */
  postings?: Postings;
}

const MAX_CANDIDATES = 60;

/**
 * The entries' keys, each film's entries, and the trigram candidates of a key: the first lookup
 * scans every key, any further one builds (or uses the snapshot's) postings.
 */
export class KeyIndex {
  readonly columns: EntryColumns;
  /** Each film's entries: entryOrder[filmStart[i] … filmStart[i + 1]), in entry order. */
  readonly filmStart: Int32Array;
  readonly entryOrder: Int32Array;
  /** Each key's words, split on first use by word-by-word scoring. */
  private readonly keyWords: (string[] | undefined)[] = [];
  /** Distinct trigrams of each entry, counted by the first scan or by buildPostings. */
  private entryTrigrams: ArrayLike<number> = [];
  /** From the snapshot, or built on the second lookup: a one-lookup search scans the keys instead, which costs less. */
  private postings: Postings | undefined;
  /** Per-entry counters reused by every query (always left zeroed). */
  private scratch: Uint16Array | undefined;
  private touched: Int32Array | undefined;
  private lookups = 0;

  constructor(films: readonly FilmSummary[], snapshot?: IndexSnapshot) {
    this.columns = !snapshot ? fold(films) : Array.isArray(snapshot.entries) ? toColumns(snapshot.entries) : snapshot.entries;
    const { film } = this.columns;
    // A counting sort of the entries by film.
    this.filmStart = new Int32Array(films.length + 1);
    this.entryOrder = new Int32Array(film.length);
    for (let e = 0; e < film.length; e++) if (film[e]! < films.length) this.filmStart[film[e]! + 1]!++;
    for (let i = 0; i < films.length; i++) this.filmStart[i + 1]! += this.filmStart[i]!;
    const next = this.filmStart.slice(0, films.length);
    for (let e = 0; e < film.length; e++) if (film[e]! < films.length) this.entryOrder[next[film[e]!]!++] = e;
    if (snapshot?.postings?.counts.length === film.length) {
      this.postings = snapshot.postings;
      this.entryTrigrams = snapshot.postings.counts;
    }
  }

  /** How many entries. */
  get size(): number {
    return this.columns.film.length;
  }

  keyOf(e: number): string {
    return this.columns.keys[this.columns.key[e]!]!;
  }

  weightOf(e: number): number {
    return this.columns.weights[this.columns.weight[e]!]!;
  }

  /** The words of an entry's key. */
  wordsOf(e: number): string[] {
    const id = this.columns.key[e]!;
    return (this.keyWords[id] ??= this.columns.keys[id]!.split(' '));
  }

  /** The postings, built now when the snapshot had none. */
  private indexed(): Postings {
    if (this.postings === undefined) {
      this.postings = buildPostings(this.columns);
      this.entryTrigrams = this.postings.counts;
    }
    return this.postings;
  }

  /** The index as data; with `keysOnly`, just the folded keys, not the trigram index. */
  snapshot(keysOnly = false): { entries: Entry[]; postings?: Postings } {
    const entries: Entry[] = [];
    for (let e = 0; e < this.size; e++) entries.push({ film: this.columns.film[e]!, key: this.keyOf(e), weight: this.weightOf(e) });
    return keysOnly ? { entries } : { entries, postings: this.indexed() };
  }

  /** The index as columns with its trigram postings: what a large catalog's cache keeps. */
  snapshotColumns(): { entries: EntryColumns; postings: Postings } {
    return { entries: this.columns, postings: this.indexed() };
  }

  /** The `limit` entries sharing most of the key's trigrams, best first (ties in catalog order). */
  candidates(key: string, limit = MAX_CANDIDATES): { at: number; dice: number }[] {
    const grams = trigrams(key);
    const counts = (this.scratch ??= new Uint16Array(this.size));
    // The entries met, in a buffer kept for every query: an array this long would be allocated
    // outside the young generation, and could set off a full collection.
    const touched = (this.touched ??= new Int32Array(this.size));
    let found = 0;
    // The first lookup reads the keys directly; any further one builds the index, which pays off.
    if (this.postings === undefined && this.lookups++ === 0) {
      const scanned = scan(this.columns, grams, counts, touched);
      found = scanned.found;
      this.entryTrigrams = scanned.counts;
    } else {
      const { ids, start, entries } = this.indexed();
      for (const id of grams) {
        const i = findSorted(ids, id);
        if (i < 0) continue;
        for (let p = start[i]!; p < start[i + 1]!; p++) {
          const e = entries[p]!;
          const seen = counts[e]!;
          if (seen === 0) touched[found++] = e;
          counts[e] = seen + 1;
        }
      }
    }
    // An entry must share a fair part of the query's trigrams to be worth scoring.
    const need = Math.max(1, Math.floor(grams.length * 0.25));
    // A common trigram touches much of a large catalog: only the best `limit` are kept (a heap
    // whose root is the worst of them), rather than sorting every entry touched.
    const top = new TopK(limit);
    for (let t = 0; t < found; t++) {
      const e = touched[t]!;
      const shared = counts[e]!;
      counts[e] = 0;
      if (shared < need) continue;
      const dice = (2 * shared) / (grams.length + this.entryTrigrams[e]!);
      // A query inside a longer title shares all its own trigrams; score that as containment too.
      // Dividing by the key's length, not its distinct trigrams, keeps "iaiaia" from counting thrice.
      const containment = shared / Math.max(grams.length, key.length);
      top.offer(Math.max(dice, containment * 0.9), e);
    }
    // Ties in catalog order, whichever way the candidates were found (scan or postings).
    return top.sorted().map(({ score, at }) => ({ at, dice: score }));
  }
}
