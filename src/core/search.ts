// The one fuzzy search: trigram prefilter over precomputed keys, Fuse.js scoring of the candidates.
// The basic build: we use plain fuzzy matching, not Fuse's extended query syntax.
import type FuseClass from 'fuse.js/basic';
import type { FilmSummary, Person } from './types.js';
import { MAX_QUERY, searchKey, swapKeyboardLayout } from './normalize.js';
import type { StoryIndex } from './story.js';

export interface SearchHit<F extends FilmSummary = FilmSummary> {
  film: F;
  /** 0–1, higher is better. */
  relevance: number;
  /** What matched: one of the film's titles, one of its people, or (story.ts) its story. */
  matchedOn: 'title' | 'person' | 'story';
  /** For a story match, the stems that matched (story.ts turns them back into the film's words). */
  terms?: string[];
}

/** One searchable text of a film: its folded key, and how much a match on it counts. */
export interface Entry {
  film: number;
  key: string;
  weight: number;
}

/**
 * The same entries as columns: each distinct key and weight once, and per entry three numbers.
 * A large catalog's cache is read back as typed arrays, with no object per entry: at 10,000 films
 * that is 70,000 objects fewer, and the garbage collection they would set off.
 */
export interface EntryColumns {
  keys: string[];
  weights: number[];
  /** Per entry: its film's position, its key's position in keys, its weight's in weights. */
  film: Int32Array;
  key: Int32Array;
  weight: Uint8Array;
}

/**
 * Titles outrank people: a query that is both a title word and a surname should find the title
 * first. An alternative title counts a hair less than a main one, which also marks it as such.
 */
const WEIGHTS = { title: 1, altTitle: 0.99, director: 0.75, cast: 0.65 } as const;
const isTitle = (weight: number) => weight >= WEIGHTS.altTitle;
const MAX_CANDIDATES = 60;
/** How many candidates of each word word-by-word scoring looks at. */
const WORD_CANDIDATES = 25;
/** A hit this good means the query was read right; no need to try another reading. */
const STRONG = 0.6;
const MIN_RELEVANCE = 0.42;

let FuseModule: typeof FuseClass | undefined;
/** Fuse.js is required on first scoring, not imported: list, pick and the diary never load it. */
function fuse(): typeof FuseClass {
  // Its CommonJS build exports the class itself.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
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
  /** Each entry as an object (the build's JSON), or all of them as columns (a large catalog's cache). */
  entries: Entry[] | EntryColumns;
  /** The trigram index too, when the snapshot has it (the build's does, the key cache does not). */
  postings?: Postings;
}

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

export class SearchIndex<F extends FilmSummary = FilmSummary> {
  private readonly columns: EntryColumns;
  /** Each film's entries: entryOrder[filmStart[i] … filmStart[i + 1]), in entry order. */
  private readonly filmStart: Int32Array;
  private readonly entryOrder: Int32Array;
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

  constructor(
    readonly films: readonly F[],
    snapshot?: IndexSnapshot,
  ) {
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

  private get size(): number {
    return this.columns.film.length;
  }

  private keyOf(e: number): string {
    return this.columns.keys[this.columns.key[e]!]!;
  }

  private weightOf(e: number): number {
    return this.columns.weights[this.columns.weight[e]!]!;
  }

  /** The words of an entry's key. */
  private wordsOf(e: number): string[] {
    const id = this.columns.key[e]!;
    return (this.keyWords[id] ??= this.columns.keys[id]!.split(' '));
  }

  /**
   * Counts each entry's trigrams shared with the query by reading every key once: no index needed.
   * Only catalogs without the build's postings get here (the bundled one has them).
   */
  private scan(grams: readonly number[], sharedBy: Uint16Array, touched: Int32Array): number {
    const wanted = new Uint8Array(TRIGRAM_IDS);
    for (const id of grams) wanted[id] = 1;
    // A stamp per trigram id skips repeats within a key: one typed-array read per trigram, which
    // at 10,000 films is twice as fast as any smaller table.
    const stamp = new Int32Array(TRIGRAM_IDS);
    const counts = new Int32Array(this.size);
    let found = 0;
    for (let e = 0; e < this.size; e++) {
      const key = this.keyOf(e);
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
    this.entryTrigrams = counts;
    return found;
  }

  /** Entries by trigram: two passes over every key (count, then fill). */
  private buildPostings(): Postings {
    // A stamp per trigram id skips repeats within a key; the per-id tables are dropped afterwards,
    // leaving only the trigrams that occur.
    const stamp = new Int32Array(TRIGRAM_IDS);
    const sizes = new Int32Array(TRIGRAM_IDS);
    const counts = new Int32Array(this.size);
    const used: number[] = [];
    for (let e = 0; e < this.size; e++) {
      forEachTrigram(this.keyOf(e), (id) => {
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
    for (let e = 0; e < this.size; e++) {
      forEachTrigram(this.keyOf(e), (id) => {
        if (stamp[id] === e + 1) return;
        stamp[id] = e + 1;
        entries[next[id]!++] = e;
      });
    }
    this.entryTrigrams = counts;
    return { counts, ids, start, entries };
  }

  /** The index as data; with `keysOnly`, just the folded keys, not the trigram index. */
  snapshot(keysOnly = false): { entries: Entry[]; postings?: Postings } {
    const entries: Entry[] = [];
    for (let e = 0; e < this.size; e++) entries.push({ film: this.columns.film[e]!, key: this.keyOf(e), weight: this.weightOf(e) });
    return keysOnly ? { entries } : { entries, postings: (this.postings ??= this.buildPostings()) };
  }

  /** The index as columns with its trigram postings: what a large catalog's cache keeps. */
  snapshotColumns(): { entries: EntryColumns; postings: Postings } {
    return { entries: this.columns, postings: (this.postings ??= this.buildPostings()) };
  }

  /** Films one of whose titles has exactly this key: "the same title", whatever the spelling. */
  filmsTitled(key: string): F[] {
    const out = new Set<F>();
    for (let e = 0; e < this.size; e++) if (isTitle(this.weightOf(e)) && this.keyOf(e) === key) out.add(this.films[this.columns.film[e]!]!);
    return [...out];
  }

  private positions: Map<F, number> | undefined;

  /**
   * How one of the film's titles meets the query, to rank title matches of equal kind: 3 the whole
   * of a title; 2 each word a word of a main title; 1.5 each word the start of one ("gusar" in
   * "gusarskaia"); 1 each word a word of an alternative title; 0 a looser match.
   */
  titleTier(film: F, query: string): number {
    const key = searchKey(query);
    if (key === '') return 0;
    const asked = key.split(' ');
    this.positions ??= new Map(this.films.map((f, i) => [f, i]));
    const i = this.positions.get(film);
    if (i === undefined) return 0;
    let tier = 0;
    for (let p = this.filmStart[i]!; p < this.filmStart[i + 1]!; p++) {
      const e = this.entryOrder[p]!;
      const weight = this.weightOf(e);
      if (!isTitle(weight)) continue;
      if (this.keyOf(e) === key) return 3;
      const own = this.keyOf(e).split(' ');
      const main = weight === WEIGHTS.title;
      if (asked.every((w) => own.includes(w))) tier = Math.max(tier, main ? 2 : 1);
      else if (main && asked.every((w) => w.length >= 4 && own.some((o) => o.startsWith(w)))) tier = Math.max(tier, 1.5);
    }
    return tier;
  }

  /** Ranked matches for a query, best first; the wrong-keyboard-layout reading is tried too. */
  search(query: string, limit = Infinity): SearchHit<F>[] {
    // Every step below costs by the query's length; no title or name is longer than MAX_QUERY.
    query = query.slice(0, MAX_QUERY);
    // A key far shorter than what was typed ("qqqqzzzz" folds to "qz") is noise, not a query.
    const typed = query.replace(/\s+/g, '').length;
    const usable = (k: string) => k !== '' && k.length >= Math.min(3, typed);
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
    // Equal scores (both capped at 1: "Казаки" and "Кубанские казаки") go to the film whose title it is.
    const tiers = new Map<F, number>();
    const tier = (h: SearchHit<F>) => {
      let t = tiers.get(h.film);
      if (t === undefined) tiers.set(h.film, (t = h.matchedOn === 'title' ? this.titleTier(h.film, query) : 0));
      return t;
    };
    return [...best.values()]
      .sort((a, b) => b.relevance - a.relevance || tier(b) - tier(a) || a.film.year - b.film.year)
      .slice(0, limit);
  }

  /**
   * The words of a query that none of this film's titles and names account for, as a query of
   * their own ("circus" of "circus cinderella"): empty when the film explains the whole query,
   * as typed or in the other keyboard layout.
   */
  unexplainedWords(film: F, query: string): string {
    const i = this.films.indexOf(film);
    const own: string[] = [];
    if (i >= 0) for (let p = this.filmStart[i]!; p < this.filmStart[i + 1]!; p++) own.push(...this.wordsOf(this.entryOrder[p]!));
    const left = (key: string) => key.split(' ').filter((w) => w !== '' && !own.some((x) => wordSimilarity(w, x) > 0 || (w.length >= 4 && x.startsWith(w))));
    const direct = left(searchKey(query));
    if (direct.length === 0) return '';
    const swapped = left(searchKey(swapKeyboardLayout(query)));
    return (swapped.length < direct.length ? swapped : direct).join(' ');
  }

  /**
   * A query of several words may name things in different fields ("menshov alentova", a director
   * and an actress): score each film by how well each word matches any of its words.
   */
  private addWordCoverage(key: string, best: Map<F, SearchHit<F>>): void {
    const words = key.split(' ').filter((w) => w.length >= 3);
    if (words.length < 2) return;
    const films = new Set<number>();
    for (const w of words) for (const { at } of this.candidates(w, WORD_CANDIDATES)) films.add(this.columns.film[at]!);
    // Titles and names repeat across films (a cast, a common word): each query word is compared
    // with each distinct key once, not once per film that has it.
    const similar = words.map(() => new Map<number, number>());
    for (const i of films) {
      let total = 0;
      // A title match only when every word was best met in a title.
      let byTitle = true;
      for (let q = 0; q < words.length; q++) {
        const w = words[q]!;
        const known = similar[q]!;
        let bestWord = 0;
        let weight = 0;
        for (let p = this.filmStart[i]!; p < this.filmStart[i + 1]!; p++) {
          const e = this.entryOrder[p]!;
          const id = this.columns.key[e]!;
          let s = known.get(id);
          if (s === undefined) {
            s = 0;
            for (const x of this.wordsOf(e)) s = Math.max(s, wordSimilarity(w, x));
            known.set(id, s);
          }
          // The best of an entry's words, times the entry's weight: the same as weighing each word.
          const score = s * this.weightOf(e);
          if (score > bestWord) {
            bestWord = score;
            weight = this.weightOf(e);
          }
        }
        total += bestWord;
        if (!isTitle(weight)) byTitle = false;
      }
      const relevance = (total / words.length) * 0.95;
      const film = this.films[i]!;
      const prev = best.get(film);
      if (relevance >= MIN_RELEVANCE && (!prev || prev.relevance < relevance)) best.set(film, { film, relevance, matchedOn: byTitle ? 'title' : 'person' });
    }
  }

  /** The `limit` entries sharing most of the key's trigrams, best first (ties in catalog order). */
  private candidates(key: string, limit = MAX_CANDIDATES): { at: number; dice: number }[] {
    const grams = trigrams(key);
    const counts = (this.scratch ??= new Uint16Array(this.size));
    // The entries met, in a buffer kept for every query: an array this long would be allocated
    // outside the young generation, and could set off a full collection.
    const touched = (this.touched ??= new Int32Array(this.size));
    let found = 0;
    // The first lookup reads the keys directly; any further one builds the index, which pays off.
    if (this.postings === undefined && this.lookups++ === 0) found = this.scan(grams, counts, touched);
    else {
      const { ids, start, entries } = (this.postings ??= this.buildPostings());
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

  private searchKey(key: string): SearchHit<F>[] {
    const candidates = this.candidates(key);
    if (candidates.length === 0) return [];
    const Fuse = fuse();
    // Plain strings, not objects with a key path: the same scores, built with less work. Fuse's
    // own order is not needed, since candidates are ranked below with the trigram score too.
    const scorer = new Fuse(
      candidates.map((c) => this.keyOf(c.at)),
      { includeScore: true, ignoreLocation: true, threshold: 0.34, minMatchCharLength: Math.min(2, key.length), shouldSort: false },
    );
    const fuseScores = new Float64Array(candidates.length);
    for (const r of scorer.search(key)) fuseScores[r.refIndex] = 1 - (r.score ?? 1);
    const hits: SearchHit<F>[] = [];
    candidates.forEach(({ at, dice }, c) => {
      const fuzzy = fuseScores[c]!;
      const entryKey = this.keyOf(at);
      const weight = this.weightOf(at);
      // Whole-key and word-start matches are what a person means by "the one I typed".
      const exact = entryKey === key ? 0.25 : ` ${entryKey}`.includes(` ${key}`) ? 0.1 : 0;
      const closeness = 0.85 + 0.15 * Math.min(1, key.length / entryKey.length);
      const relevance = Math.min(1, (Math.max(fuzzy * closeness, dice) + exact) * weight);
      if (relevance >= MIN_RELEVANCE) hits.push({ film: this.films[this.columns.film[at]!]!, relevance, matchedOn: isTitle(weight) ? 'title' : 'person' });
    });
    return hits;
  }
}

/** The entries folded from the films: titles, then directors and cast in both spellings. */
function fold(films: readonly FilmSummary[]): EntryColumns {
  const keys: string[] = [];
  const keyIds = new Map<string, number>();
  // Names and titles repeat across films; each distinct text is folded once.
  const folded = new Map<string, string>();
  const film: number[] = [];
  const key: number[] = [];
  const weight: number[] = [];
  const weights: number[] = [WEIGHTS.title, WEIGHTS.altTitle, WEIGHTS.director, WEIGHTS.cast];
  for (let i = 0; i < films.length; i++) {
    const f = films[i]!;
    const own = film.length;
    const add = (text: string, w: number) => {
      let k = folded.get(text);
      if (k === undefined) folded.set(text, (k = searchKey(text)));
      if (k === '') return;
      let id = keyIds.get(k);
      if (id === undefined) {
        keyIds.set(k, (id = keys.length));
        keys.push(k);
      }
      // A film's texts that fold alike count once (the first, the weightiest, kept).
      for (let e = own; e < film.length; e++) if (key[e] === id) return;
      film.push(i);
      key.push(id);
      weight.push(weights.indexOf(w));
    };
    // Both spellings of a name: a Cyrillic query meets the Russian one, not just its transliteration.
    const person = (p: Person, w: number) => {
      add(p.en, w);
      if (p.ru !== null) add(p.ru, w);
    };
    add(f.title, WEIGHTS.title);
    add(f.russianTitle, WEIGHTS.title);
    add(f.originalTitle, WEIGHTS.title);
    // The transliteration folds to the Russian title's key by construction (validation checks it).
    for (const t of f.altTitles) add(t, WEIGHTS.altTitle);
    for (const d of f.directors) person(d, WEIGHTS.director);
    for (const c of f.cast) person(c, WEIGHTS.cast);
  }
  return { keys, weights, film: Int32Array.from(film), key: Int32Array.from(key), weight: Uint8Array.from(weight) };
}

/** Entries as objects (the build's JSON, a test's) in columns. */
function toColumns(entries: readonly Entry[]): EntryColumns {
  const keys: string[] = [];
  const keyIds = new Map<string, number>();
  const weights: number[] = [];
  const columns = { keys, weights, film: new Int32Array(entries.length), key: new Int32Array(entries.length), weight: new Uint8Array(entries.length) };
  entries.forEach((entry, e) => {
    let id = keyIds.get(entry.key);
    if (id === undefined) {
      keyIds.set(entry.key, (id = keys.length));
      keys.push(entry.key);
    }
    let w = weights.indexOf(entry.weight);
    if (w < 0) w = weights.push(entry.weight) - 1;
    columns.film[e] = entry.film;
    columns.key[e] = id;
    columns.weight[e] = w;
  });
  return columns;
}

/** A title or name matched this well is what the query meant: the story is not consulted. */
const CLEAR = 0.75;
/** Where story relevance starts: a story hit that met every word of the query outranks a weak title match. */
const STORY_FLOOR = 0.3;

/** The catalog's popularity signal (data/films.schema.json); unknown ranks last. */
const popularity = (film: FilmSummary) => film.popularity ?? -1;

/**
 * The one search, used by `search` and the type-ahead prompt: titles and people (the index above),
 * then, when none of them is a clear match, the story (story.ts), loaded only then. Title matches
 * of the same kind (titleTier) are ranked by popularity: "moscow" finds the best-known Moscow film.
 */
export function searchFilms<F extends FilmSummary>(index: SearchIndex<F>, query: string, story?: () => StoryIndex | undefined, limit = Infinity): SearchHit<F>[] {
  const tiers = new Map<F, number>();
  const tier = (h: SearchHit<F>) => {
    let t = tiers.get(h.film);
    if (t === undefined) tiers.set(h.film, (t = h.matchedOn === 'title' ? index.titleTier(h.film, query) : 0));
    return t;
  };
  const titled = index
    .search(query)
    .sort((a, b) => tier(b) - tier(a) || (tier(a) > 0 ? popularity(b.film) - popularity(a.film) : 0) || b.relevance - a.relevance || popularity(b.film) - popularity(a.film) || a.film.year - b.film.year);
  const first = titled[0];
  const stories = first && (tier(first) > 0 || first.relevance >= CLEAR) ? undefined : story?.();
  if (!stories) return titled.slice(0, limit);
  const best = new Map<F, SearchHit<F>>(titled.map((h) => [h.film, h]));
  for (const hit of stories.search(query)) {
    const film = index.films[hit.film];
    if (!film) continue;
    const relevance = STORY_FLOOR + (1 - STORY_FLOOR) * hit.relevance;
    const prev = best.get(film);
    if (!prev || prev.relevance < relevance) best.set(film, { film, relevance, matchedOn: 'story', terms: hit.terms });
  }
  return [...best.values()].sort((a, b) => b.relevance - a.relevance || popularity(b.film) - popularity(a.film) || a.film.year - b.film.year).slice(0, limit);
}

/** Marks the byte form of postings; read back on a machine of the other byte order, it does not match. */
const POSTINGS_MAGIC = 0x534c5031;

/** Postings as bytes (32-bit integers in this machine's order), for the build to write beside the keys. */
export function postingsToBytes(p: Postings): Uint8Array {
  const parts = [Int32Array.of(POSTINGS_MAGIC, p.counts.length, p.ids.length, p.entries.length), p.counts, p.ids, p.start, p.entries];
  const all = new Int32Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return new Uint8Array(all.buffer);
}

/** Postings read back from bytes (views, not copies), or undefined when the bytes are not such. */
export function postingsFromBytes(bytes: Uint8Array): Postings | undefined {
  if (bytes.byteLength < 16 || bytes.byteLength % 4 !== 0) return undefined;
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const all = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
  const [magic, entries, ids, postings] = [all[0]!, all[1]!, all[2]!, all[3]!];
  if (magic !== POSTINGS_MAGIC || all.length !== 4 + entries + ids + ids + 1 + postings) return undefined;
  let at = 4;
  const take = (n: number) => all.subarray(at, (at += n));
  return { counts: take(entries), ids: take(ids), start: take(ids + 1), entries: take(postings) };
}

/** Marks the byte form of entry columns, as postingsToBytes does its own. */
const COLUMNS_MAGIC = 0x534c4331;

/**
 * Entry columns and their postings as bytes: a header (magic, entries), each entry's film, key and
 * weight positions (int32), then the postings as postingsToBytes writes them. The keys and weights
 * themselves are kept beside them as JSON.
 */
export function columnsToBytes({ film, key, weight }: EntryColumns, postings: Postings): Uint8Array {
  const n = film.length;
  const head = new Int32Array(2 + 3 * n);
  head.set([COLUMNS_MAGIC, n]);
  head.set(film, 2);
  head.set(key, 2 + n);
  head.set(weight, 2 + 2 * n);
  const tail = postingsToBytes(postings);
  const all = new Uint8Array(head.byteLength + tail.byteLength);
  all.set(new Uint8Array(head.buffer));
  all.set(tail, head.byteLength);
  return all;
}

/** Columns and postings read back from bytes and their JSON keys and weights, or undefined when they do not fit. */
export function columnsFromBytes(bytes: Uint8Array, keys: string[], weights: number[]): { entries: EntryColumns; postings: Postings } | undefined {
  if (bytes.byteLength < 8 || bytes.byteLength % 4 !== 0) return undefined;
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const all = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
  const n = all[1]!;
  if (all[0] !== COLUMNS_MAGIC || !(n >= 0) || all.length < 2 + 3 * n) return undefined;
  const film = all.subarray(2, 2 + n);
  const key = all.subarray(2 + n, 2 + 2 * n);
  const weighs = all.subarray(2 + 2 * n, 2 + 3 * n);
  for (let e = 0; e < n; e++) if (!(key[e]! >= 0 && key[e]! < keys.length && weighs[e]! >= 0 && weighs[e]! < weights.length && film[e]! >= 0)) return undefined;
  const weight = Uint8Array.from(weighs);
  const postings = postingsFromBytes(aligned.subarray(4 * (2 + 3 * n)));
  return postings && postings.counts.length === n ? { entries: { keys, weights, film, key, weight }, postings } : undefined;
}

/**
 * No title has a letter three times running; a reading that does ("ййййяяяя") is keyboard noise.
 * A loop, not /(\p{L})\1\1/u: that regular expression costs half a millisecond to build.
 */
function plausible(text: string): boolean {
  for (let i = 2; i < text.length; i++) {
    const c = text[i]!;
    if (c === text[i - 1] && c === text[i - 2] && c.toLowerCase() !== c.toUpperCase()) return false;
  }
  return true;
}

/** The position of a value in a sorted array, or -1. */
function findSorted(sorted: Int32Array, value: number): number {
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

/** Two rows of the edit-distance table, reused by every call (grown when a longer word comes). */
let rows = new Int32Array(64);

function editDistance(a: string, b: string): number {
  if (rows.length < 2 * (b.length + 1)) rows = new Int32Array(4 * (b.length + 1));
  let prev = rows.subarray(0, b.length + 1);
  let cur = rows.subarray(b.length + 1, 2 * (b.length + 1));
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (c === b.charCodeAt(j - 1) ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/**
 * The best `size` of many (score, position) pairs: higher score first, then lower position, the
 * order a full sort would give. A heap whose root is the worst pair kept.
 */
class TopK {
  private readonly scores: number[] = [];
  private readonly ats: number[] = [];

  constructor(private readonly size: number) {}

  /** Is pair i worse than pair j (lower score, or the same score further on)? */
  private worse(i: number, j: number): boolean {
    const { scores, ats } = this;
    return scores[i]! < scores[j]! || (scores[i] === scores[j] && ats[i]! > ats[j]!);
  }

  private swap(i: number, j: number): void {
    const { scores, ats } = this;
    [scores[i], scores[j]] = [scores[j]!, scores[i]!];
    [ats[i], ats[j]] = [ats[j]!, ats[i]!];
  }

  offer(score: number, at: number): void {
    const { scores, ats } = this;
    if (scores.length < this.size) {
      scores.push(score);
      ats.push(at);
      for (let i = scores.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!this.worse(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    // Not better than the worst kept: dropped (positions come in no order, so compare both).
    if (this.size === 0 || score < scores[0]! || (score === scores[0] && at > ats[0]!)) return;
    scores[0] = score;
    ats[0] = at;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < scores.length && this.worse(l, worst)) worst = l;
      if (r < scores.length && this.worse(r, worst)) worst = r;
      if (worst === i) break;
      this.swap(i, worst);
      i = worst;
    }
  }

  /** The pairs kept, best first. */
  sorted(): { score: number; at: number }[] {
    return this.scores.map((score, i) => ({ score, at: this.ats[i]! })).sort((a, b) => b.score - a.score || a.at - b.at);
  }
}
