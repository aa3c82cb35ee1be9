// The title and person search: a query read as typed and in the other keyboard layout, scored over the keys and ranked.
import type { FilmSummary } from '../types.js';
import { isTitle, WEIGHTS, type Entry, type EntryColumns } from './entries.js';
import { KeyIndex, type IndexSnapshot } from './key-index.js';
import { MAX_QUERY, searchKey, swapKeyboardLayout } from './normalize.js';
import { addWordCoverage, keyHits, type SearchHit } from './scoring.js';
import { wordSimilarity } from './similarity.js';
import type { Postings } from './trigrams.js';

/** A hit this good means the query was read right; no need to try another reading. */
const STRONG = 0.6;

export class SearchIndex<F extends FilmSummary = FilmSummary> {
  /** The folded keys and their trigram lookup. */
  private readonly keys: KeyIndex;

  constructor(
    readonly films: readonly F[],
    snapshot?: IndexSnapshot,
  ) {
    this.keys = new KeyIndex(films, snapshot);
  }

  /** The index as data; with `keysOnly`, just the folded keys, not the trigram index. */
  snapshot(keysOnly = false): { entries: Entry[]; postings?: Postings } {
    return this.keys.snapshot(keysOnly);
  }

  /** The index as columns with its trigram postings: what a large catalog's cache keeps. */
  snapshotColumns(): { entries: EntryColumns; postings: Postings } {
    return this.keys.snapshotColumns();
  }

  /** Films one of whose titles has exactly this key: "the same title", whatever the spelling. */
  filmsTitled(key: string): F[] {
    const { keys } = this;
    const out = new Set<F>();
    for (let e = 0; e < keys.size; e++) if (isTitle(keys.weightOf(e)) && keys.keyOf(e) === key) out.add(this.films[keys.columns.film[e]!]!);
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
    const { keys } = this;
    let tier = 0;
    for (let p = keys.filmStart[i]!; p < keys.filmStart[i + 1]!; p++) {
      const e = keys.entryOrder[p]!;
      const weight = keys.weightOf(e);
      if (!isTitle(weight)) continue;
      if (keys.keyOf(e) === key) return 3;
      const own = keys.keyOf(e).split(' ');
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
      for (const hit of keyHits(this.keys, this.films, key)) {
        const prev = best.get(hit.film);
        if (!prev || prev.relevance < hit.relevance) best.set(hit.film, hit);
      }
      // Word-by-word scoring is for queries that no single title or name matches well.
      if (!strong()) addWordCoverage(this.keys, this.films, key, best);
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
    const { keys } = this;
    const i = this.films.indexOf(film);
    const own: string[] = [];
    if (i >= 0) for (let p = keys.filmStart[i]!; p < keys.filmStart[i + 1]!; p++) own.push(...keys.wordsOf(keys.entryOrder[p]!));
    const left = (key: string) => key.split(' ').filter((w) => w !== '' && !own.some((x) => wordSimilarity(w, x) > 0 || (w.length >= 4 && x.startsWith(w))));
    const direct = left(searchKey(query));
    if (direct.length === 0) return '';
    const swapped = left(searchKey(swapKeyboardLayout(query)));
    return (swapped.length < direct.length ? swapped : direct).join(' ');
  }
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
