// How well a folded query meets a film's keys: Fuse.js scores of whole keys, and word-by-word coverage across fields.
// The basic build: we use plain fuzzy matching, not Fuse's extended query syntax.
import type FuseClass from 'fuse.js/basic';
import type { FilmSummary } from '../types.js';
import { isTitle } from './entries.js';
import type { KeyIndex } from './key-index.js';
import { wordSimilarity } from './similarity.js';

export interface SearchHit<F extends FilmSummary = FilmSummary> {
  film: F;
  /** 0–1, higher is better. */
  relevance: number;
  /** What matched: one of the film's titles, one of its people, or (story-index.ts) its story. */
  matchedOn: 'title' | 'person' | 'story';
  /** For a story match, the stems that matched (story-words.ts turns them back into the film's words). */
  terms?: string[];
}

export const MIN_RELEVANCE = 0.42;
/** How many candidates of each word word-by-word scoring looks at. */
const WORD_CANDIDATES = 25;

let FuseModule: typeof FuseClass | undefined;
/** Fuse.js is required on first scoring, not imported: list, pick and the diary never load it. */
function fuse(): typeof FuseClass {
  // Its CommonJS build exports the class itself.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (FuseModule ??= require('fuse.js/basic') as typeof FuseClass);
}

/** The hits of one folded key: its trigram candidates, scored by Fuse.js and by how whole the match is. */
export function keyHits<F extends FilmSummary>(keys: KeyIndex, films: readonly F[], key: string): SearchHit<F>[] {
  const candidates = keys.candidates(key);
  if (candidates.length === 0) return [];
  const Fuse = fuse();
  // Plain strings, not objects with a key path: the same scores, built with less work. Fuse's
  // own order is not needed, since candidates are ranked below with the trigram score too.
  const scorer = new Fuse(
    candidates.map((c) => keys.keyOf(c.at)),
    { includeScore: true, ignoreLocation: true, threshold: 0.34, minMatchCharLength: Math.min(2, key.length), shouldSort: false },
  );
  const fuseScores = new Float64Array(candidates.length);
  for (const r of scorer.search(key)) fuseScores[r.refIndex] = 1 - (r.score ?? 1);
  const hits: SearchHit<F>[] = [];
  candidates.forEach(({ at, dice }, c) => {
    const fuzzy = fuseScores[c]!;
    const entryKey = keys.keyOf(at);
    const weight = keys.weightOf(at);
    // Whole-key and word-start matches are what a person means by "the one I typed".
    const exact = entryKey === key ? 0.25 : ` ${entryKey}`.includes(` ${key}`) ? 0.1 : 0;
    const closeness = 0.85 + 0.15 * Math.min(1, key.length / entryKey.length);
    const relevance = Math.min(1, (Math.max(fuzzy * closeness, dice) + exact) * weight);
    if (relevance >= MIN_RELEVANCE) hits.push({ film: films[keys.columns.film[at]!]!, relevance, matchedOn: isTitle(weight) ? 'title' : 'person' });
  });
  return hits;
}

/**
 * A query of several words may name things in different fields ("menshov alentova", a director
 * and an actress): score each film by how well each word matches any of its words.
 */
export function addWordCoverage<F extends FilmSummary>(keys: KeyIndex, films: readonly F[], key: string, best: Map<F, SearchHit<F>>): void {
  const words = key.split(' ').filter((w) => w.length >= 3);
  if (words.length < 2) return;
  const met = new Set<number>();
  for (const w of words) for (const { at } of keys.candidates(w, WORD_CANDIDATES)) met.add(keys.columns.film[at]!);
  const { filmStart, entryOrder } = keys;
  // Titles and names repeat across films (a cast, a common word): each query word is compared
  // with each distinct key once, not once per film that has it.
  const similar = words.map(() => new Map<number, number>());
  for (const i of met) {
    let total = 0;
    // A title match only when every word was best met in a title.
    let byTitle = true;
    for (let q = 0; q < words.length; q++) {
      const w = words[q]!;
      const known = similar[q]!;
      let bestWord = 0;
      let weight = 0;
      for (let p = filmStart[i]!; p < filmStart[i + 1]!; p++) {
        const e = entryOrder[p]!;
        const id = keys.columns.key[e]!;
        let s = known.get(id);
        if (s === undefined) {
          s = 0;
          for (const x of keys.wordsOf(e)) s = Math.max(s, wordSimilarity(w, x));
          known.set(id, s);
        }
        // The best of an entry's words, times the entry's weight: the same as weighing each word.
        const score = s * keys.weightOf(e);
        if (score > bestWord) {
          bestWord = score;
          weight = keys.weightOf(e);
        }
      }
      total += bestWord;
      if (!isTitle(weight)) byTitle = false;
    }
    const relevance = (total / words.length) * 0.95;
    const film = films[i]!;
    const prev = best.get(film);
    if (relevance >= MIN_RELEVANCE && (!prev || prev.relevance < relevance)) best.set(film, { film, relevance, matchedOn: byTitle ? 'title' : 'person' });
  }
}
