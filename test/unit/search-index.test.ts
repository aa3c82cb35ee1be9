// The build's index snapshot must search exactly like an index built from scratch.
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/core/search/search-index.js';
import { postingsFromBytes, postingsToBytes } from '../../src/core/search/index-bytes.js';
import { FILMS } from '../helpers/catalog.js';

// Broad queries too ("love", "mark"): many candidates tie, and ties must fall the same way.
const QUERIES = ['irony of fate', 'ktnzn ;ehfdkb', 'menshov alentova', 'gurchenko', 'ofice romanse', 'zzzz', 'moskva slezam ne verit', 'love', 'mark', 'lyubov', 'ka'];
const answers = (index: SearchIndex, q: string) => index.search(q).map((h) => [h.film.id, h.relevance]);

describe('index snapshots', () => {
  it('restore, with postings as bytes, to an index that answers every query the same way', () => {
    const built = new SearchIndex(FILMS);
    const { entries, postings } = built.snapshot();
    const bytes = postingsToBytes(postings!);
    // The build writes JSON keys and the postings' bytes; a Buffer from a file may sit at any offset.
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    const restored = new SearchIndex(FILMS, { entries: JSON.parse(JSON.stringify(entries)), postings: postingsFromBytes(shifted) });
    for (const q of QUERIES) expect(answers(restored, q), q).toEqual(answers(built, q));
    expect(restored.snapshot()).toEqual(built.snapshot());
  });

  it('answer the same whether the first lookup scans the keys or the postings are used', () => {
    const withPostings = new SearchIndex(FILMS, new SearchIndex(FILMS).snapshot());
    for (const q of QUERIES) {
      // A fresh index scans on its first lookup; one restored from keys alone (the large-catalog cache) too.
      expect(answers(new SearchIndex(FILMS), q), q).toEqual(answers(withPostings, q));
      expect(answers(new SearchIndex(FILMS, new SearchIndex(FILMS).snapshot(true)), q), q).toEqual(answers(withPostings, q));
    }
  });

  it('refuses bytes that are not postings, or of the other byte order', () => {
    const bytes = postingsToBytes(new SearchIndex(FILMS).snapshot().postings!);
    expect(postingsFromBytes(bytes.subarray(0, 10))).toBeUndefined();
    expect(postingsFromBytes(bytes.subarray(0, bytes.length - 4))).toBeUndefined();
    const swapped = new Uint8Array(bytes);
    for (let i = 0; i < swapped.length; i += 4) swapped.subarray(i, i + 4).reverse();
    expect(postingsFromBytes(swapped)).toBeUndefined();
    // A snapshot whose postings belong to another catalog is ignored, not trusted.
    const other = new SearchIndex(FILMS.slice(0, 10)).snapshot();
    const index = new SearchIndex(FILMS, { entries: new SearchIndex(FILMS).snapshot(true).entries, postings: other.postings });
    expect(answers(index, 'gurchenko')).toEqual(answers(new SearchIndex(FILMS), 'gurchenko'));
  });
});
