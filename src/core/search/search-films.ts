// The one search: title and person hits first, the story's when those are not clear, ranked together.
import type { FilmSummary } from '../types.js';
import type { SearchHit } from './scoring.js';
import type { SearchIndex } from './search-index.js';
import type { StoryIndex } from './story-index.js';

/** A title or name matched this well is what the query meant: the story is not consulted. */
const CLEAR = 0.75;
/** Where story relevance starts: a story hit that met every word of the query outranks a weak title match. */
const STORY_FLOOR = 0.3;

/** The catalog's popularity signal (data/films.schema.json); unknown ranks last. */
const popularity = (film: FilmSummary) => film.popularity ?? -1;

/**
 * The one search, used by `search` and the type-ahead prompt: titles and people (search-index.ts),
 * then, when none of them is a clear match, the story (story-index.ts), loaded only then. Title
 * matches of the same kind (titleTier) are ranked by popularity: "moscow" finds the best-known
 * Moscow film.
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
    .sort((a, b) => tier(b) - tier(a) || (tier(a) > 0 ? popularity(b.film) - popularity(a.film) : 0) || b.relevance - a.relevance || popularity(b.film) - popularity(a.film) || a.film.year - b.film.year);
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
