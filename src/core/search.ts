// The one fuzzy search: trigram prefilter over precomputed keys, Fuse.js scoring of the candidates.
import Fuse from 'fuse.js';
import type { Film } from './types.js';
import { searchKey, swapKeyboardLayout } from './normalize.js';

export interface SearchHit {
  film: Film;
  /** 0–1, higher is better. */
  relevance: number;
  /** The text that matched best, as written in the catalog. */
  matched: string;
}

interface Entry {
  film: number;
  text: string;
  key: string;
  weight: number;
}

/** Titles outrank people: a query that is both a title word and a surname should find the title first. */
const WEIGHTS = { title: 1, director: 0.75, cast: 0.65 } as const;
const MAX_CANDIDATES = 120;
const MIN_RELEVANCE = 0.42;

function trigrams(key: string): string[] {
  const padded = ` ${key} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return [...out];
}

export function titlesOf(film: Film): string[] {
  return [film.title, film.russianTitle, film.originalTitle, film.transliteration, ...film.altTitles];
}

export class SearchIndex {
  private readonly entries: Entry[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly entryTrigrams: number[] = [];
  private readonly filmEntries: Entry[][] = [];

  constructor(readonly films: readonly Film[]) {
    films.forEach((film, i) => {
      const seen = new Set<string>();
      const add = (text: string, weight: number) => {
        const key = searchKey(text);
        if (key === '' || seen.has(key)) return;
        seen.add(key);
        const entry = { film: i, text, key, weight };
        this.entries.push(entry);
        (this.filmEntries[i] ??= []).push(entry);
      };
      for (const t of titlesOf(film)) add(t, WEIGHTS.title);
      for (const d of film.directors) add(d, WEIGHTS.director);
      for (const c of film.cast) add(c, WEIGHTS.cast);
    });
    this.entries.forEach((entry, e) => {
      const grams = trigrams(entry.key);
      this.entryTrigrams.push(grams.length);
      for (const g of grams) {
        const list = this.postings.get(g);
        if (list) list.push(e);
        else this.postings.set(g, [e]);
      }
    });
  }

  /** Ranked matches for a query, best first; the wrong-keyboard-layout reading is tried too. */
  search(query: string, limit = Infinity): SearchHit[] {
    // A key far shorter than what was typed ("qqqqzzzz" folds to "qz") is noise, not a query.
    const typed = query.replace(/\s+/g, '').length;
    const keys = [...new Set([searchKey(query), searchKey(swapKeyboardLayout(query))])].filter((k) => k !== '' && k.length >= Math.min(3, typed));
    const best = new Map<Film, SearchHit>();
    for (const key of keys) {
      for (const hit of this.searchKey(key)) {
        const prev = best.get(hit.film);
        if (!prev || prev.relevance < hit.relevance) best.set(hit.film, hit);
      }
    }
    for (const key of keys) this.addWordCoverage(key, best);
    return [...best.values()]
      .sort((a, b) => b.relevance - a.relevance || a.film.year - b.film.year)
      .slice(0, limit);
  }

  /**
   * A query of several words may name things in different fields ("menshov alentova", a director
   * and an actress): score each film by how well each word matches any of its words.
   */
  private addWordCoverage(key: string, best: Map<Film, SearchHit>): void {
    const words = key.split(' ').filter((w) => w.length >= 3);
    if (words.length < 2) return;
    const films = new Set<number>();
    for (const w of words) for (const { entry } of this.candidates(w).slice(0, 40)) films.add(entry.film);
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
      if (relevance >= MIN_RELEVANCE && (!prev || prev.relevance < relevance)) best.set(film, { film, relevance, matched: entries[0]?.text ?? film.title });
    }
  }

  private candidates(key: string): { entry: Entry; dice: number }[] {
    const grams = trigrams(key);
    const counts = new Map<number, number>();
    for (const g of grams) {
      for (const e of this.postings.get(g) ?? []) counts.set(e, (counts.get(e) ?? 0) + 1);
    }
    const scored: { entry: Entry; dice: number }[] = [];
    for (const [e, shared] of counts) {
      const dice = (2 * shared) / (grams.length + this.entryTrigrams[e]!);
      // A query inside a longer title shares all its own trigrams; score that as containment too.
      // Dividing by the key's length, not its distinct trigrams, keeps "iaiaia" from counting thrice.
      const containment = shared / Math.max(grams.length, key.length);
      scored.push({ entry: this.entries[e]!, dice: Math.max(dice, containment * 0.9) });
    }
    scored.sort((a, b) => b.dice - a.dice);
    return scored.slice(0, MAX_CANDIDATES);
  }

  private searchKey(key: string): SearchHit[] {
    const candidates = this.candidates(key);
    if (candidates.length === 0) return [];
    const fuse = new Fuse(candidates, {
      keys: ['entry.key'],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.34,
      minMatchCharLength: Math.min(2, key.length),
    });
    const fuseScores = new Map<Entry, number>();
    for (const r of fuse.search(key)) fuseScores.set(r.item.entry, 1 - (r.score ?? 1));
    const hits: SearchHit[] = [];
    for (const { entry, dice } of candidates) {
      const fuzzy = fuseScores.get(entry) ?? 0;
      // Whole-key and word-start matches are what a person means by "the one I typed".
      const exact = entry.key === key ? 0.25 : ` ${entry.key}`.includes(` ${key}`) ? 0.1 : 0;
      const closeness = 0.85 + 0.15 * Math.min(1, key.length / entry.key.length);
      const relevance = Math.min(1, (Math.max(fuzzy * closeness, dice) + exact) * entry.weight);
      if (relevance >= MIN_RELEVANCE) hits.push({ film: this.films[entry.film]!, relevance, matched: entry.text });
    }
    return hits;
  }
}

/** 1 for the same word, 0.9 for a prefix, then by edit distance; 0 when they are not alike. */
function wordSimilarity(w: string, x: string): number {
  if (w === x) return 1;
  if (w.length >= 4 && x.startsWith(w)) return 0.9;
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
