// The build's index snapshot must search exactly like an index built from scratch.
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/core/search.js';
import { FILMS } from '../helpers/catalog.js';

describe('index snapshots', () => {
  it('restore to an index that answers every query the same way', () => {
    const built = new SearchIndex(FILMS);
    const restored = new SearchIndex(FILMS, JSON.parse(JSON.stringify(built.snapshot())));
    for (const q of ['irony of fate', 'ktnzn ;ehfdkb', 'menshov alentova', 'gurchenko', 'ofice romanse', 'zzzz']) {
      expect(restored.search(q).map((h) => [h.film.id, h.relevance]), q).toEqual(built.search(q).map((h) => [h.film.id, h.relevance]));
    }
    expect(restored.snapshot()).toEqual(built.snapshot());
  });
});
