// Story search: a BM25 index over what a viewer remembers of each film (synopsis, love line, source work, keywords), and its byte form.
import type { Film } from '../types.js';
import { stem, storyTerms, words } from './story-words.js';

/** BM25's usual constants: term-frequency saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;
/** A query stem that is only the start of a film's word ("bath" in "bathhous") counts half. */
const PREFIX_WEIGHT = 0.5;

/**
 * Reads bytes of an index kept elsewhere: a file read piece by piece (a large catalog's cache),
 * or bytes already in memory. Offsets and lengths are multiples of 4.
 */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Uint8Array;
}

/** A story index as read back: its vocabulary (JSON text) and where its bytes are. */
export interface StoryParts {
  vocabulary: string;
  source: ByteSource;
}

/** Bytes in memory as a source. */
export const inMemory = (bytes: Uint8Array): ByteSource => ({ size: bytes.byteLength, read: (offset, length) => bytes.subarray(offset, offset + length) });

/** Marks the index's bytes; read back on a machine of the other byte order, it does not match. */
const STORY_MAGIC = 0x534c5332;
const HEADER = 16;

/** 32-bit values (this machine's byte order) at a 4-aligned offset: a view, or a copy when the bytes sit unaligned. */
function int32s(bytes: Uint8Array): Int32Array {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  return new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength >> 2);
}
function float32s(bytes: Uint8Array): Float32Array {
  const ints = int32s(bytes);
  return new Float32Array(ints.buffer, ints.byteOffset, ints.length);
}

export interface StoryHit {
  /** The film's position in the catalog. */
  film: number;
  /** 0–1: the share of the query's words that matched, weighed by how rare they are. */
  relevance: number;
  /** The film's own stems that matched. */
  terms: string[];
}

/** One stem's films (positions, ascending) and its weighted count in each. */
interface Posting {
  films: Int32Array;
  counts: Float32Array;
}

/**
 * A BM25 index over each film's story, both languages: a sorted vocabulary (JSON, the stems) and
 * the postings as bytes: a header (magic, films, terms, pairs), each film's story length
 * (float32), where each term's postings start (int32, terms + 1), then all postings' films (int32)
 * and counts (float32). A search reads the lengths and starts once, then only its own stems'
 * postings: a large catalog's index is never read whole.
 */
export class StoryIndex {
  private readonly lengths: Float32Array;
  private readonly start: Int32Array;
  private readonly average: number;
  private readonly pairs: number;

  private constructor(
    private readonly terms: string[],
    private readonly source: ByteSource,
    films: number,
  ) {
    const head = int32s(source.read(HEADER, 4 * (films + terms.length + 1)));
    this.lengths = new Float32Array(head.buffer, head.byteOffset, films);
    this.start = head.subarray(films);
    this.pairs = this.start[terms.length]!;
    this.average = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length) || 1;
  }

  static build(films: readonly Film[]): StoryIndex {
    const byTerm = new Map<string, { films: number[]; counts: number[] }>();
    const lengths: number[] = [];
    const counts = new Map<string, number>();
    films.forEach((film, i) => {
      counts.clear();
      lengths.push(storyTerms(film, counts));
      for (const [term, n] of counts) {
        let p = byTerm.get(term);
        if (!p) byTerm.set(term, (p = { films: [], counts: [] }));
        p.films.push(i);
        p.counts.push(n);
      }
    });
    // Code-unit order, the order the binary search below compares in (not localeCompare).
    const terms = [...byTerm.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    let pairs = 0;
    for (const t of terms) pairs += byTerm.get(t)!.films.length;
    const all = new Int32Array(HEADER / 4 + lengths.length + terms.length + 1 + 2 * pairs);
    all.set([STORY_MAGIC, lengths.length, terms.length, pairs]);
    const floats = new Float32Array(all.buffer);
    floats.set(lengths, HEADER / 4);
    const start = HEADER / 4 + lengths.length;
    const filmsAt = start + terms.length + 1;
    const countsAt = filmsAt + pairs;
    let at = 0;
    terms.forEach((t, i) => {
      const p = byTerm.get(t)!;
      all[start + i] = at;
      all.set(p.films, filmsAt + at);
      floats.set(p.counts, countsAt + at);
      at += p.films.length;
    });
    all[start + terms.length] = at;
    return new StoryIndex(terms, inMemory(new Uint8Array(all.buffer)), lengths.length);
  }

  /**
   * An index written with toFiles(): its vocabulary as JSON, its bytes from a source; undefined
   * when they are not such, or do not belong together.
   */
  static open({ vocabulary, source }: StoryParts): StoryIndex | undefined {
    try {
      if (source.size < HEADER) return undefined;
      const [magic, films, terms, pairs] = int32s(source.read(0, HEADER));
      const data = JSON.parse(vocabulary) as { terms?: unknown };
      if (magic !== STORY_MAGIC || !Array.isArray(data.terms) || data.terms.length !== terms) return undefined;
      if (source.size !== HEADER + 4 * (films! + terms + 1 + 2 * pairs!)) return undefined;
      const index = new StoryIndex(data.terms as string[], source, films!);
      return index.pairs === pairs ? index : undefined;
    } catch {
      return undefined;
    }
  }

  /** The vocabulary as JSON (pure ASCII) and the postings as bytes, for the build or a cache to write. */
  toFiles(): { vocabulary: string; bytes: Uint8Array } {
    // \u escapes keep the text ASCII: written and read back as a one-byte string.
    const vocabulary = JSON.stringify({ terms: this.terms }).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return { vocabulary, bytes: this.source.read(0, this.source.size) };
  }

  /** How many films it indexes. */
  get size(): number {
    return this.lengths.length;
  }

  /** A term's postings, read from the source. */
  private posting(t: number): Posting {
    const from = this.start[t]!;
    const n = this.start[t + 1]! - from;
    const filmsAt = HEADER + 4 * (this.lengths.length + this.terms.length + 1);
    return {
      films: int32s(this.source.read(filmsAt + 4 * from, 4 * n)),
      counts: float32s(this.source.read(filmsAt + 4 * (this.pairs + from), 4 * n)),
    };
  }

  /** The ids of the terms equal to a stem, then those it begins (for stems of four letters or more). */
  private expand(stemmed: string): number[] {
    const { terms } = this;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (terms[mid]! < stemmed) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let t = lo; t < terms.length && terms[t]!.startsWith(stemmed); t++) {
      if (terms[t] === stemmed || stemmed.length >= 4) out.push(t);
    }
    return out;
  }

  /** Films whose story meets the query, best first; at most `limit`. */
  search(query: string, limit = 50): StoryHit[] {
    const stems = [...new Set(words(query).map(stem).filter((s): s is string => s !== null))].slice(0, 30);
    if (stems.length === 0) return [];
    const n = this.lengths.length;
    // Per-film accumulators, typed arrays: a common word can touch most of a large catalog.
    const score = new Float64Array(n);
    const met = new Int32Array(n);
    const touched: number[] = [];
    const expanded = stems.map((s) => this.expand(s));
    const postings = new Map<number, Posting>();
    expanded.forEach((ids, q) => {
      for (const t of ids) {
        let p = postings.get(t);
        if (!p) postings.set(t, (p = this.posting(t)));
        const { films, counts } = p;
        const idf = Math.log(1 + (n - films.length + 0.5) / (films.length + 0.5));
        const weight = this.terms[t] === stems[q] ? 1 : PREFIX_WEIGHT;
        for (let i = 0; i < films.length; i++) {
          const film = films[i]!;
          const tf = counts[i]!;
          if (met[film] === 0) touched.push(film);
          score[film]! += (weight * idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.lengths[film]!) / this.average));
          // Each query word counts once for coverage, however many of the film's words it met.
          met[film]! |= 1 << q;
        }
      }
    });
    if (touched.length === 0) return [];
    let top = 0;
    for (const f of touched) top = Math.max(top, score[f]!);
    const relevance = (f: number) => {
      let words = 0;
      for (let bits = met[f]!; bits !== 0; bits &= bits - 1) words++;
      return (words / stems.length) * (0.5 + 0.5 * (score[f]! / top));
    };
    const ranked = touched.map((film) => ({ film, relevance: relevance(film) }));
    ranked.sort((a, b) => b.relevance - a.relevance || a.film - b.film);
    // Which of the film's own stems matched: worked out for the few films returned only.
    return ranked.slice(0, limit).map(({ film, relevance }) => ({
      film,
      relevance,
      terms: expanded.flat().filter((t) => includes(postings.get(t)!.films, film)).map((t) => this.terms[t]!),
    }));
  }
}

/** Is the value in this sorted array? */
function includes(sorted: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] === value) return true;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
