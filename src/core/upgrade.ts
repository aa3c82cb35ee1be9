// Turns a schema 1 catalog (English texts, names as strings) into schema 2: every text bilingual with
// the Russian unknown (null), no keywords, ids or watch entries yet. Nothing is invented.
import type { Bilingual, Catalog, Film } from './types.js';

type Record1 = Record<string, unknown>;

const english = (value: unknown): Bilingual => ({ en: String(value), ru: null });
const englishOrNull = (value: unknown): Bilingual | null => (value === null || value === undefined ? null : english(value));
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** One schema 1 film in schema 2, its fields in the schema's order. */
export function upgradeFilm(old: Record1): Film {
  return {
    id: old.id,
    title: old.title,
    originalTitle: old.originalTitle,
    russianTitle: old.russianTitle,
    transliteration: old.transliteration,
    altTitles: old.altTitles,
    year: old.year,
    productionYear: null,
    directors: list(old.directors).map(english),
    cast: list(old.cast).map(english),
    runtimeMinutes: old.runtimeMinutes,
    format: old.format,
    parts: old.parts,
    studio: englishOrNull(old.studio),
    republic: old.republic,
    language: old.language,
    genres: old.genres,
    moods: old.moods,
    basedOn: englishOrNull(old.basedOn),
    composer: englishOrNull(old.composer),
    synopsis: english(old.synopsis),
    love: english(old.love),
    keywords: { en: [], ru: [] },
    facts: list(old.facts).map((f) => ({ text: english((f as Record1).text), source: (f as Record1).source })),
    ids: { imdb: null, wikidata: null, kinopoisk: null },
    links: old.links,
    watch: [],
  } as Film;
}

/** The whole catalog; the caller validates the result like any other catalog. */
export function upgradeCatalog(old: Record1): Catalog {
  return { schemaVersion: 2, films: list(old.films).map((f) => upgradeFilm(f as Record1)) };
}
