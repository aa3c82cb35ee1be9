// The one fuzzy search: trigram prefilter over precomputed keys, Fuse.js scoring of the candidates.
// The basic build: we use plain fuzzy matching, not Fuse's extended query syntax.
import type FuseClass from 'fuse.js/basic';
import type { FilmSummary } from './types.js';
import { searchKey, swapKeyboardLayout } from './normalize.js';

export interface SearchHit<F extends FilmSummary = FilmSummary> {
  film: F;
  /** 0–1, higher is better. */
  relevance: number;
}

interface Entry {
  film: number;
  key: string;
  weight: number;
}

/** Titles outrank people: a query that is both a title word and a surname should find the title first. */
const WEIGHTS = { title: 1, director: 0.75, cast: 0.65 } as const;
const MAX_CANDIDATES = 60;
/** A hit this good means the query was read right; no need to try another reading. */
const STRONG = 0.6;
const MIN_RELEVANCE = 0.42;

let FuseModule: typeof FuseClass | undefined;
/** Fuse.js is required on first scoring, not imported: list, pick and the diary never load it. */
function fuse(): typeof FuseClass {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  // Its CommonJS build exports the class itself.
  return (FuseModule ??= require('fuse.js/basic') as typeof FuseClass);
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
function trigrams(key: string): number[] {
  const ids = new Set<number>();
  forEachTrigram(key, (id) => ids.add(id));
  return [...ids];
}

/**
 * The folded keys as plain data (folding is the costly part), so the build can fold the bundled
 * catalog once for every start and a large catalog's keys can be cached between runs.
 */
export interface IndexSnapshot {
  /** [film index, key, weight] for each entry. */
  entries: [number, string, number][];
}

export class SearchIndex<F extends FilmSummary = FilmSummary> {
  private readonly entries: Entry[] = [];
  private readonly filmEntries: Entry[][] = [];
  private readonly entryTrigrams: number[] = [];
  /**
   * Entries by trigram id: postings[postingStart[id] … postingEnd[id]). Built on the second lookup:
   * a one-lookup search scans the keys instead, which costs less (these tables alone are 400 KB).
   */
  private postingStart: Uint32Array | undefined;
  private postingEnd: Uint32Array | undefined;
  private postings: Int32Array | undefined;
  /** Per-entry counters reused by every query (always left zeroed). */
  private scratch: Uint16Array | undefined;
  private lookups = 0;

  constructor(
    readonly films: readonly F[],
    snapshot?: IndexSnapshot,
  ) {
    if (snapshot) {
      for (const [film, key, weight] of snapshot.entries) {
        const entry = { film, key, weight };
        this.entries.push(entry);
        (this.filmEntries[film] ??= []).push(entry);
      }
      return;
    }
    // Names and titles repeat across films; each distinct text is folded once.
    const keys = new Map<string, string>();
    for (let i = 0; i < films.length; i++) {
      const film = films[i]!;
      const own: Entry[] = [];
      this.addEntry(own, i, film.title, WEIGHTS.title, keys);
      this.addEntry(own, i, film.russianTitle, WEIGHTS.title, keys);
      this.addEntry(own, i, film.originalTitle, WEIGHTS.title, keys);
      // The transliteration folds to the Russian title's key by construction (validation checks it).
      for (const t of film.altTitles) this.addEntry(own, i, t, WEIGHTS.title, keys);
      for (const d of film.directors) this.addEntry(own, i, d, WEIGHTS.director, keys);
      for (const c of film.cast) this.addEntry(own, i, c, WEIGHTS.cast, keys);
      this.filmEntries[i] = own;
      for (const e of own) this.entries.push(e);
    }
  }

  private addEntry(own: Entry[], film: number, text: string, weight: number, keys: Map<string, string>): void {
    let key = keys.get(text);
    if (key === undefined) keys.set(text, (key = searchKey(text)));
    if (key === '') return;
    for (const e of own) if (e.key === key) return;
    own.push({ film, key, weight });
  }

  /**
   * Counts each entry's trigrams shared with the query by reading every key once: no index needed.
   * Repeats within a key are found in a small table sized to the key, not one of every trigram id:
   * memory first touched is much of what a short run pays for.
   */
  private scan(grams: readonly number[], counts: Uint16Array, touched: number[]): void {
    const wanted = new Uint8Array(TRIGRAM_IDS);
    for (const id of grams) wanted[id] = 1;
    const counting = this.entryTrigrams.length === 0;
    let slots = 64;
    let ids = new Int32Array(slots);
    let stamps = new Int32Array(slots);
    for (let e = 0; e < this.entries.length; e++) {
      const key = this.entries[e]!.key;
      if (key.length * 2 + 4 > slots) {
        while (key.length * 2 + 4 > slots) slots *= 2;
        ids = new Int32Array(slots);
        stamps = new Int32Array(slots);
      }
      let distinct = 0;
      let shared = 0;
      // The trigrams of " key ", as in forEachTrigram, inlined: this loop reads every key once.
      let x = 0;
      let y = symbol(key.charCodeAt(0));
      for (let i = 1; i <= key.length + 1; i++) {
        const z = i < key.length ? symbol(key.charCodeAt(i)) : 0;
        const id = (x * SYMBOLS + y) * SYMBOLS + z;
        // Open addressing; a slot belongs to this key when its stamp is e + 1.
        let h = id & (slots - 1);
        while (stamps[h] === e + 1 && ids[h] !== id) h = (h + 1) & (slots - 1);
        if (stamps[h] !== e + 1) {
          stamps[h] = e + 1;
          ids[h] = id;
          distinct++;
          shared += wanted[id]!;
        }
        x = y;
        y = z;
      }
      if (counting) this.entryTrigrams.push(distinct);
      if (shared > 0) {
        counts[e] = shared;
        touched.push(e);
      }
    }
  }

  /** Entries by trigram: two passes over every key (count, then fill). */
  private buildPostings(): Int32Array {
    // Two passes over every key (count, then fill), with a stamp per trigram id to skip repeats
    // within a key. Flat typed arrays, touched only where a trigram occurs: cheap for 70 films
    // and for 100,000.
    const stamp = new Int32Array(TRIGRAM_IDS);
    const start = (this.postingStart = new Uint32Array(TRIGRAM_IDS));
    const end = (this.postingEnd = new Uint32Array(TRIGRAM_IDS));
    const used: number[] = [];
    const counted = this.entryTrigrams.length > 0;
    this.entries.forEach((entry, e) => {
      let distinct = 0;
      forEachTrigram(entry.key, (id) => {
        if (stamp[id] === e + 1) return;
        stamp[id] = e + 1;
        if (end[id] === 0) used.push(id);
        end[id]!++;
        distinct++;
      });
      if (!counted) this.entryTrigrams.push(distinct);
    });
    let total = 0;
    for (const id of used) {
      const count = end[id]!;
      start[id] = total;
      end[id] = total;
      total += count;
    }
    const postings = (this.postings = new Int32Array(total));
    stamp.fill(0);
    this.entries.forEach((entry, e) => {
      forEachTrigram(entry.key, (id) => {
        if (stamp[id] === e + 1) return;
        stamp[id] = e + 1;
        postings[end[id]!++] = e;
      });
    });
    return postings;
  }

  /** The folded keys as data. */
  snapshot(): IndexSnapshot {
    return { entries: this.entries.map((e): [number, string, number] => [e.film, e.key, e.weight]) };
  }

  /** Films one of whose titles has exactly this key: "the same title", whatever the spelling. */
  filmsTitled(key: string): F[] {
    const out = new Set<F>();
    for (const e of this.entries) if (e.weight === WEIGHTS.title && e.key === key) out.add(this.films[e.film]!);
    return [...out];
  }

  /** Ranked matches for a query, best first; the wrong-keyboard-layout reading is tried too. */
  search(query: string, limit = Infinity): SearchHit<F>[] {
    // A key far shorter than what was typed ("qqqqzzzz" folds to "qz") is noise, not a query.
    const typed = query.replace(/\s+/g, '').length;
    const usable = (k: string) => k !== '' && k.length >= Math.min(3, typed);
    // No title has a letter three times running; a reading that does ("ййййяяяя") is keyboard noise.
    const plausible = (text: string) => !/(\p{L})\1\1/u.test(text);
    const best = new Map<F, SearchHit<F>>();
    const strong = () => [...best.values()].some((h) => h.relevance >= STRONG);
    const run = (key: string) => {
      for (const hit of this.searchKey(key)) {
        const prev = best.get(hit.film);
        if (!prev || prev.relevance < hit.relevance) best.set(hit.film, hit);
      }
      // Word-by-word scoring is for queries that no single title or name matches well.
      if (!strong()) this.addWordCoverage(key, best);
    };
    const direct = searchKey(query);
    if (usable(direct) && plausible(query)) run(direct);
    // The wrong-keyboard-layout reading is a fallback: only when the text as typed found nothing strong.
    if (!strong()) {
      const layout = swapKeyboardLayout(query);
      const swapped = searchKey(layout);
      if (swapped !== direct && usable(swapped) && plausible(layout)) run(swapped);
    }
    return [...best.values()]
      .sort((a, b) => b.relevance - a.relevance || a.film.year - b.film.year)
      .slice(0, limit);
  }

  /**
   * A query of several words may name things in different fields ("menshov alentova", a director
   * and an actress): score each film by how well each word matches any of its words.
   */
  private addWordCoverage(key: string, best: Map<F, SearchHit<F>>): void {
    const words = key.split(' ').filter((w) => w.length >= 3);
    if (words.length < 2) return;
    const films = new Set<number>();
    for (const w of words) for (const { entry } of this.candidates(w).slice(0, 25)) films.add(entry.film);
    for (const i of films) {
      const entries = this.filmEntries[i] ?? [];
      let total = 0;
      for (const w of words) {
        let bestWord = 0;
        for (const e of entries) for (const x of e.key.split(' ')) bestWord = Math.max(bestWord, wordSimilarity(w, x) * e.weight);
        total += bestWord;
      }
      const relevance = (total / words.length) * 0.95;
      const film = this.films[i]!;
      const prev = best.get(film);
      if (relevance >= MIN_RELEVANCE && (!prev || prev.relevance < relevance)) best.set(film, { film, relevance });
    }
  }

  private candidates(key: string): { entry: Entry; dice: number }[] {
    const grams = trigrams(key);
    const counts = (this.scratch ??= new Uint16Array(this.entries.length));
    const touched: number[] = [];
    // The first lookup reads the keys directly; any further one builds the index, which pays off.
    if (this.postings === undefined && this.lookups++ === 0) this.scan(grams, counts, touched);
    else {
      const postings = (this.postings ??= this.buildPostings());
      const start = this.postingStart!;
      const end = this.postingEnd!;
      for (const id of grams) {
        for (let p = start[id]!; p < end[id]!; p++) {
          const e = postings[p]!;
          const seen = counts[e]!;
          if (seen === 0) touched.push(e);
          counts[e] = seen + 1;
        }
      }
    }
    // An entry must share a fair part of the query's trigrams to be worth scoring.
    const need = Math.max(1, Math.floor(grams.length * 0.25));
    const scored: { entry: Entry; dice: number }[] = [];
    for (const e of touched) {
      const shared = counts[e]!;
      counts[e] = 0;
      if (shared < need) continue;
      const dice = (2 * shared) / (grams.length + this.entryTrigrams[e]!);
      // A query inside a longer title shares all its own trigrams; score that as containment too.
      // Dividing by the key's length, not its distinct trigrams, keeps "iaiaia" from counting thrice.
      const containment = shared / Math.max(grams.length, key.length);
      scored.push({ entry: this.entries[e]!, dice: Math.max(dice, containment * 0.9) });
    }
    scored.sort((a, b) => b.dice - a.dice);
    return scored.slice(0, MAX_CANDIDATES);
  }

  private searchKey(key: string): SearchHit<F>[] {
    const candidates = this.candidates(key);
    if (candidates.length === 0) return [];
    const Fuse = fuse();
    const scorer = new Fuse(candidates, {
      keys: ['entry.key'],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.34,
      minMatchCharLength: Math.min(2, key.length),
    });
    const fuseScores = new Map<Entry, number>();
    for (const r of scorer.search(key)) fuseScores.set(r.item.entry, 1 - (r.score ?? 1));
    const hits: SearchHit<F>[] = [];
    for (const { entry, dice } of candidates) {
      const fuzzy = fuseScores.get(entry) ?? 0;
      // Whole-key and word-start matches are what a person means by "the one I typed".
      const exact = entry.key === key ? 0.25 : ` ${entry.key}`.includes(` ${key}`) ? 0.1 : 0;
      const closeness = 0.85 + 0.15 * Math.min(1, key.length / entry.key.length);
      const relevance = Math.min(1, (Math.max(fuzzy * closeness, dice) + exact) * entry.weight);
      if (relevance >= MIN_RELEVANCE) hits.push({ film: this.films[entry.film]!, relevance });
    }
    return hits;
  }
}

/** 1 for the same word, 0.9 for a prefix, then by edit distance; 0 when they are not alike. */
function wordSimilarity(w: string, x: string): number {
  if (w === x) return 1;
  if (w.length >= 4 && x.startsWith(w)) return 0.9;
  if (Math.abs(w.length - x.length) > Math.max(w.length, x.length) * 0.3) return 0;
  const ratio = 1 - editDistance(w, x) / Math.max(w.length, x.length);
  return ratio >= 0.7 ? ratio * 0.95 : 0;
}

/** Does a name (any script, any spelling) match the query? Used by --director. */
export function nameMatches(query: string, name: string): boolean {
  const q = searchKey(query);
  const n = searchKey(name);
  if (q === '') return false;
  if (` ${n} `.includes(` ${q} `) || n.includes(q)) return true;
  // Every query word must be close to some word of the name: "tarkovski" ~ "tarkovsky".
  const nameWords = n.split(' ');
  return q.split(' ').every((w) => nameWords.some((nw) => editDistance(w, nw) <= Math.floor(Math.max(w.length, nw.length) / 4)));
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
