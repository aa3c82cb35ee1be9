// The one fuzzy search: trigram prefilter over precomputed keys, Fuse.js scoring of the candidates.
// The basic build: we use plain fuzzy matching, not Fuse's extended query syntax.
import type FuseClass from 'fuse.js/basic';
import type { FilmSummary, Person } from './types.js';
import { searchKey, swapKeyboardLayout } from './normalize.js';
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
  /** The key's words, split on first use by word-by-word scoring. */
  words?: string[];
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
  /** Each entry as the index keeps it, so that parsing the JSON is all a restore has to do. */
  entries: Entry[];
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
  private readonly entries: Entry[];
  private readonly filmEntries: Entry[][] = [];
  /** Distinct trigrams of each entry, counted by the first scan or by buildPostings. */
  private entryTrigrams: ArrayLike<number> = [];
  /** From the snapshot, or built on the second lookup: a one-lookup search scans the keys instead, which costs less. */
  private postings: Postings | undefined;
  /** Per-entry counters reused by every query (always left zeroed). */
  private scratch: Uint16Array | undefined;
  private lookups = 0;

  constructor(
    readonly films: readonly F[],
    snapshot?: IndexSnapshot,
  ) {
    if (snapshot) {
      this.entries = snapshot.entries;
      for (const entry of this.entries) (this.filmEntries[entry.film] ??= []).push(entry);
      if (snapshot.postings?.counts.length === this.entries.length) {
        this.postings = snapshot.postings;
        this.entryTrigrams = snapshot.postings.counts;
      }
      return;
    }
    this.entries = [];
    // Names and titles repeat across films; each distinct text is folded once.
    const keys = new Map<string, string>();
    for (let i = 0; i < films.length; i++) {
      const film = films[i]!;
      const own: Entry[] = [];
      this.addEntry(own, i, film.title, WEIGHTS.title, keys);
      this.addEntry(own, i, film.russianTitle, WEIGHTS.title, keys);
      this.addEntry(own, i, film.originalTitle, WEIGHTS.title, keys);
      // The transliteration folds to the Russian title's key by construction (validation checks it).
      for (const t of film.altTitles) this.addEntry(own, i, t, WEIGHTS.altTitle, keys);
      // Both spellings of a name: a Cyrillic query meets the Russian one, not just its transliteration.
      for (const d of film.directors) this.addPerson(own, i, d, WEIGHTS.director, keys);
      for (const c of film.cast) this.addPerson(own, i, c, WEIGHTS.cast, keys);
      this.filmEntries[i] = own;
      for (const e of own) this.entries.push(e);
    }
  }

  private addPerson(own: Entry[], film: number, person: Person, weight: number, keys: Map<string, string>): void {
    this.addEntry(own, film, person.en, weight, keys);
    if (person.ru !== null) this.addEntry(own, film, person.ru, weight, keys);
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
   * Only catalogs without the build's postings get here (the bundled one has them).
   */
  private scan(grams: readonly number[], sharedBy: Uint16Array, touched: number[]): void {
    const wanted = new Uint8Array(TRIGRAM_IDS);
    for (const id of grams) wanted[id] = 1;
    // A stamp per trigram id skips repeats within a key: one typed-array read per trigram, which
    // at 10,000 films is twice as fast as any smaller table.
    const stamp = new Int32Array(TRIGRAM_IDS);
    const counts = new Int32Array(this.entries.length);
    for (let e = 0; e < this.entries.length; e++) {
      const key = this.entries[e]!.key;
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
        touched.push(e);
      }
    }
    this.entryTrigrams = counts;
  }

  /** Entries by trigram: two passes over every key (count, then fill). */
  private buildPostings(): Postings {
    // A stamp per trigram id skips repeats within a key; the per-id tables are dropped afterwards,
    // leaving only the trigrams that occur.
    const stamp = new Int32Array(TRIGRAM_IDS);
    const sizes = new Int32Array(TRIGRAM_IDS);
    const counts = new Int32Array(this.entries.length);
    const used: number[] = [];
    this.entries.forEach((entry, e) => {
      forEachTrigram(entry.key, (id) => {
        if (stamp[id] === e + 1) return;
        stamp[id] = e + 1;
        if (sizes[id] === 0) used.push(id);
        sizes[id]!++;
        counts[e]!++;
      });
    });
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
    this.entries.forEach((entry, e) => {
      forEachTrigram(entry.key, (id) => {
        if (stamp[id] === e + 1) return;
        stamp[id] = e + 1;
        entries[next[id]!++] = e;
      });
    });
    this.entryTrigrams = counts;
    return { counts, ids, start, entries };
  }

  /** The index as data; with `keysOnly`, just the folded keys, not the trigram index. */
  snapshot(keysOnly = false): IndexSnapshot {
    const entries = this.entries.map(({ film, key, weight }) => ({ film, key, weight }));
    return keysOnly ? { entries } : { entries, postings: (this.postings ??= this.buildPostings()) };
  }

  /** Films one of whose titles has exactly this key: "the same title", whatever the spelling. */
  filmsTitled(key: string): F[] {
    const out = new Set<F>();
    for (const e of this.entries) if (isTitle(e.weight) && e.key === key) out.add(this.films[e.film]!);
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
    let tier = 0;
    for (const e of this.filmEntries[this.positions.get(film) ?? -1] ?? []) {
      if (!isTitle(e.weight)) continue;
      if (e.key === key) return 3;
      const own = e.key.split(' ');
      const main = e.weight === WEIGHTS.title;
      if (asked.every((w) => own.includes(w))) tier = Math.max(tier, main ? 2 : 1);
      else if (main && asked.every((w) => w.length >= 4 && own.some((o) => o.startsWith(w)))) tier = Math.max(tier, 1.5);
    }
    return tier;
  }

  /** Ranked matches for a query, best first; the wrong-keyboard-layout reading is tried too. */
  search(query: string, limit = Infinity): SearchHit<F>[] {
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
    for (const w of words) for (const { entry } of this.candidates(w, WORD_CANDIDATES)) films.add(entry.film);
    // Titles and names repeat across films (a cast, a common word): each query word is compared
    // with each distinct key once, not once per film that has it.
    const similar = words.map(() => new Map<string, number>());
    for (const i of films) {
      const entries = this.filmEntries[i] ?? [];
      let total = 0;
      // A title match only when every word was best met in a title.
      let byTitle = true;
      for (let q = 0; q < words.length; q++) {
        const w = words[q]!;
        const known = similar[q]!;
        let bestWord = 0;
        let weight = 0;
        for (const e of entries) {
          let s = known.get(e.key);
          if (s === undefined) {
            s = 0;
            for (const x of (e.words ??= e.key.split(' '))) s = Math.max(s, wordSimilarity(w, x));
            known.set(e.key, s);
          }
          // The best of an entry's words, times the entry's weight: the same as weighing each word.
          const score = s * e.weight;
          if (score > bestWord) {
            bestWord = score;
            weight = e.weight;
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
  private candidates(key: string, limit = MAX_CANDIDATES): { entry: Entry; dice: number }[] {
    const grams = trigrams(key);
    const counts = (this.scratch ??= new Uint16Array(this.entries.length));
    const touched: number[] = [];
    // The first lookup reads the keys directly; any further one builds the index, which pays off.
    if (this.postings === undefined && this.lookups++ === 0) this.scan(grams, counts, touched);
    else {
      const { ids, start, entries } = (this.postings ??= this.buildPostings());
      for (const id of grams) {
        const i = findSorted(ids, id);
        if (i < 0) continue;
        for (let p = start[i]!; p < start[i + 1]!; p++) {
          const e = entries[p]!;
          const seen = counts[e]!;
          if (seen === 0) touched.push(e);
          counts[e] = seen + 1;
        }
      }
    }
    // An entry must share a fair part of the query's trigrams to be worth scoring.
    const need = Math.max(1, Math.floor(grams.length * 0.25));
    // A common trigram touches much of a large catalog: only the best `limit` are kept (a heap
    // whose root is the worst of them), rather than sorting every entry touched.
    const top = new TopK(limit);
    for (const e of touched) {
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
    return top.sorted().map(({ score, at }) => ({ entry: this.entries[at]!, dice: score }));
  }

  private searchKey(key: string): SearchHit<F>[] {
    const candidates = this.candidates(key);
    if (candidates.length === 0) return [];
    const Fuse = fuse();
    // Plain strings, not objects with a key path: the same scores, built with less work. Fuse's
    // own order is not needed, since candidates are ranked below with the trigram score too.
    const scorer = new Fuse(
      candidates.map((c) => c.entry.key),
      { includeScore: true, ignoreLocation: true, threshold: 0.34, minMatchCharLength: Math.min(2, key.length), shouldSort: false },
    );
    const fuseScores = new Map<Entry, number>();
    for (const r of scorer.search(key)) fuseScores.set(candidates[r.refIndex]!.entry, 1 - (r.score ?? 1));
    const hits: SearchHit<F>[] = [];
    for (const { entry, dice } of candidates) {
      const fuzzy = fuseScores.get(entry) ?? 0;
      // Whole-key and word-start matches are what a person means by "the one I typed".
      const exact = entry.key === key ? 0.25 : ` ${entry.key}`.includes(` ${key}`) ? 0.1 : 0;
      const closeness = 0.85 + 0.15 * Math.min(1, key.length / entry.key.length);
      const relevance = Math.min(1, (Math.max(fuzzy * closeness, dice) + exact) * entry.weight);
      if (relevance >= MIN_RELEVANCE) hits.push({ film: this.films[entry.film]!, relevance, matchedOn: isTitle(entry.weight) ? 'title' : 'person' });
    }
    return hits;
  }
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
    .sort((a, b) => tier(b) - tier(a) || (tier(a) > 0 ? popularity(b.film) - popularity(a.film) : 0) || b.relevance - a.relevance || a.film.year - b.film.year);
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
