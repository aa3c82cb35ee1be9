// Turns what a user typed into one film: by id, by any title, else a clearly-best fuzzy match.
import type { FilmSummary } from './types.js';
import { NotFoundError } from './errors.js';
import type { SearchIndex } from './search/search-index.js';
import { MAX_QUERY, searchKey } from './search/normalize.js';
import type { Text } from '../i18n.js';

const CLEAR_RELEVANCE = 0.6;
const CLEAR_MARGIN = 0.1;

/** A film as a suggestion line: its title in the reader's language. */
function describeFilm(film: FilmSummary): Text {
  return (m) => `  ${m.lang === 'ru' ? film.russianTitle : film.title} (${film.year}) [${film.id}]`;
}

/** "Did you mean:" and up to three films, as hint lines; none when nothing is close. */
export function didYouMean(hits: readonly { film: FilmSummary }[]): (string | Text)[] {
  if (hits.length === 0) return [];
  return [(m) => m.didYouMean, ...hits.slice(0, 3).map((h) => describeFilm(h.film))];
}

/** Resolves a film reference; throws NotFoundError with "did you mean" lines when it is not clear. */
export function resolveFilm<F extends FilmSummary>(index: SearchIndex<F>, query: string): F {
  const films = index.films;
  // Only the first MAX_QUERY characters are read: no title is longer, and matching costs by length.
  const trimmed = query.trim().slice(0, MAX_QUERY);
  const byId = films.find((f) => f.id === trimmed.toLowerCase());
  if (byId) return byId;

  // "anna karenina 1967" narrows a title shared by several films.
  const yearMatch = /^(.*\S)\s+\(?(\d{4})\)?$/.exec(trimmed);
  const attempts: [string, number | null][] = [[trimmed, null]];
  if (yearMatch) attempts.unshift([yearMatch[1]!, Number(yearMatch[2])]);

  for (const [text, year] of attempts) {
    const key = searchKey(text);
    if (key === '') continue;
    const exact = index.filmsTitled(key).filter((f) => year === null || f.year === year || f.productionYear === year);
    if (exact.length === 1) return exact[0]!;
    if (exact.length > 1) {
      throw new NotFoundError((m) => m.errors.ambiguous(trimmed, exact.length), didYouMean(exact.map((film) => ({ film }))));
    }
    const hits = index.search(text).filter((h) => year === null || h.film.year === year || h.film.productionYear === year);
    const [first, second] = hits;
    if (first && first.relevance >= CLEAR_RELEVANCE && (!second || first.relevance - second.relevance >= CLEAR_MARGIN)) {
      // "circus cinderella" clearly matches Cinderella, but its other word names another film:
      // a query that names two films acts on neither.
      const rest = index.unexplainedWords(first.film, text);
      const other = rest === '' ? undefined : index.search(rest).find((h) => h.film !== first.film && h.relevance >= CLEAR_RELEVANCE);
      if (!other) return first.film;
      throw new NotFoundError((m) => m.errors.twoFilms(trimmed), didYouMean([first, other]));
    }
    if (year === null || text === trimmed) {
      throw new NotFoundError((m) => m.noMatch(trimmed), didYouMean(hits));
    }
  }
  throw new NotFoundError((m) => m.noMatch(trimmed));
}
