// Generated over the whole catalog: every film is found by its English, Russian and transliterated
// title, and a clear title query never needs the story index.
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/core/search/search-index.js';
import { resolveFilm } from '../../src/core/resolve.js';
import { FILMS } from '../helpers/catalog.js';

const index = new SearchIndex(FILMS);

/** Films sharing a title with another: found among the first hits, and told apart by the year. */
const shared = (title: string) => FILMS.filter((f) => [f.title, f.russianTitle, f.transliteration, ...f.altTitles].some((t) => t.toLowerCase() === title.toLowerCase())).length > 1;

describe('every film by each of its titles', () => {
  for (const film of FILMS) {
    for (const [kind, title] of [['English', film.title], ['Russian', film.russianTitle], ['transliterated', film.transliteration]] as const) {
      it(`${film.id}: ${kind} "${title}"`, () => {
        const hits = index.search(title).map((h) => h.film.id);
        if (shared(title)) {
          expect(hits.slice(0, 3)).toContain(film.id);
          expect(resolveFilm(index, `${title} ${film.year}`).id).toBe(film.id);
        } else {
          expect(hits[0]).toBe(film.id);
          expect(resolveFilm(index, title).id).toBe(film.id);
        }
      });
    }
  }
});
