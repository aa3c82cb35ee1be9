// Domain types shared by every layer, declared once, and the one list that splits a film from its summary.
import type { Format, Genre, Language, Mood, Republic } from './vocab.js';

export interface Fact {
  text: string;
  source: string;
}

/** The fields a summary leaves out: the long texts, and what only a card shows. */
export const LONG_TEXTS = ['basedOn', 'composer', 'synopsis', 'love', 'facts', 'links'] as const satisfies readonly (keyof Film)[];

/**
 * What list, pick, search, the diary and the timeline need of a film: all but the long texts. The
 * build writes the bundled catalog's summaries apart, about a third of the whole, so those
 * commands start without reading the rest.
 */
export type FilmSummary = Omit<Film, (typeof LONG_TEXTS)[number]>;

/** A film with everything §3 holds. */
export interface Film {
  id: string;
  title: string;
  originalTitle: string;
  russianTitle: string;
  transliteration: string;
  altTitles: string[];
  year: number;
  directors: string[];
  cast: string[];
  runtimeMinutes: number | null;
  format: Format;
  parts: number;
  studio: string | null;
  republic: Republic | null;
  language: Language;
  genres: Genre[];
  moods: Mood[];
  basedOn: string | null;
  composer: string | null;
  synopsis: string;
  love: string;
  facts: Fact[];
  links: { wikipedia?: string; wikipediaRu?: string };
}

export interface Catalog {
  schemaVersion: 1;
  films: Film[];
}

/** One viewing in the diary. */
export interface Viewing {
  id: string;
  watchedOn: string; // YYYY-MM-DD
  rating: number | null;
}

/** The filters shared by list, search, pick, tonight and timeline; empty arrays mean "any". */
export interface FilterSpec {
  from?: number;
  to?: number;
  genres: Genre[];
  excludeGenres: Genre[];
  moods: Mood[];
  directors: string[];
  minRuntime?: number;
  maxRuntime?: number;
  unwatched: boolean;
}
