// Domain types shared by every layer, declared once, and the one list that splits a film from its summary.
import type { Format, Genre, Language, Mood, Republic } from './vocab.js';

export type Lang = 'en' | 'ru';

/**
 * Everything a person reads about a film, in both languages. In a user's catalog `ru` may be null
 * (the English is shown instead); in the bundled catalog it never is.
 */
export interface Bilingual {
  en: string;
  ru: string | null;
}

/** A person: English Wikipedia's spelling and Russian Wikipedia's. */
export type Person = Bilingual;

export interface Fact {
  text: Bilingual;
  source: string;
}

/** Identifiers as a public page shows them; used to match films exactly in exports and imports. */
export interface FilmIds {
  imdb: string | null;
  wikidata: string | null;
  kinopoisk: number | null;
}

/** An official, legal place to watch a film, as a page confirms it. */
export interface WatchEntry {
  url: string;
  provider: string;
  subtitles: string[];
}

/** The fields a summary leaves out: the long texts, and what only a card shows. */
export const LONG_TEXTS = ['basedOn', 'composer', 'synopsis', 'love', 'keywords', 'facts', 'links', 'watch'] as const satisfies readonly (keyof Film)[];

/**
 * What list, pick, search, the diary and the timeline need of a film: all but the long texts. The
 * build writes the bundled catalog's summaries apart, about a third of the whole, so those
 * commands start without reading the rest.
 */
export type FilmSummary = Omit<Film, (typeof LONG_TEXTS)[number]>;

/** A film as tonight's first question sees it: which it is, and its moods. */
export type FilmMoods = Pick<FilmSummary, 'id' | 'moods'>;

/** A film with everything SPEC §3 (schema 2) holds. */
export interface Film {
  id: string;
  title: string;
  originalTitle: string;
  russianTitle: string;
  transliteration: string;
  altTitles: string[];
  year: number;
  productionYear: number | null;
  directors: Person[];
  cast: Person[];
  runtimeMinutes: number | null;
  format: Format;
  parts: number;
  studio: Bilingual | null;
  republic: Republic | null;
  language: Language;
  genres: Genre[];
  moods: Mood[];
  basedOn: Bilingual | null;
  composer: Bilingual | null;
  synopsis: Bilingual;
  love: Bilingual;
  keywords: { en: string[]; ru: string[] };
  facts: Fact[];
  ids: FilmIds;
  links: { wikipedia?: string; wikipediaRu?: string };
  watch: WatchEntry[];
  /**
   * How many of the named viewer polls and published lists of data/research/candidates.md (read
   * 2026-12-01) name the film; null or absent when not counted. Search ranks equal title matches by it.
   */
  popularity?: number | null;
}

export interface Catalog {
  $schema?: string;
  schemaVersion: 2;
  films: Film[];
}

/** One viewing in the diary. */
export interface Viewing {
  id: string;
  watchedOn: string; // YYYY-MM-DD
  /** 0.5 to 5 in half stars (Letterboxd's scale); older entries hold whole stars. */
  rating: number | null;
  /** Set when an import marked it a rewatch of a viewing before the diary began. */
  rewatch?: true;
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
