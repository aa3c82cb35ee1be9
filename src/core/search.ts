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
const MIN_RELEVANCE = 0.35;

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

  constructor(readonly films: readonly Film[]) {
    films.forEach((film, i) => {
      const seen = new Set<string>();
      const add = (text: string, weight: number) => {
        const key = searchKey(text);
        if (key === '' || seen.has(key)) return;
        seen.add(key);
        this.entries.push({ film: i, text, key, weight });
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
    const keys = [...new Set([searchKey(query), searchKey(swapKeyboardLayout(query))])].filter((k) => k !== '');
    const best = new Map<Film, SearchHit>();
    for (const key of keys) {
      for (const hit of this.searchKey(key)) {
        const prev = best.get(hit.film);
        if (!prev || prev.relevance < hit.relevance) best.set(hit.film, hit);
      }
    }
    return [...best.values()]
      .sort((a, b) => b.relevance - a.relevance || a.film.year - b.film.year)
      .slice(0, limit);
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
      const containment = shared / grams.length;
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
      threshold: 0.45,
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
