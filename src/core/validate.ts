// Validates a parsed catalog against the schema of SPEC §3 and lists every problem found.
import type { Catalog, Film } from './types.js';
import { transliterate } from './translit.js';
import {
  CONFLICTING_MOODS,
  FIRST_YEAR,
  FORMATS,
  GENRES,
  LANGUAGES,
  LAST_YEAR,
  MOODS,
  REPUBLICS,
} from './vocab.js';

export interface Problem {
  /** The film's id, or "films[3]" when it has none; empty for file-level problems. */
  film: string;
  field: string;
  message: string;
}

export type ValidationResult = { ok: true; catalog: Catalog } | { ok: false; problems: Problem[] };

const FILM_KEYS = [
  'id', 'title', 'originalTitle', 'russianTitle', 'transliteration', 'altTitles', 'year', 'directors',
  'cast', 'runtimeMinutes', 'format', 'parts', 'studio', 'republic', 'language', 'genres', 'moods',
  'basedOn', 'composer', 'synopsis', 'love', 'facts', 'links',
] as const;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LINK_PREFIX = { wikipedia: 'https://en.wikipedia.org/wiki/', wikipediaRu: 'https://ru.wikipedia.org/wiki/' } as const;

type Check = (value: unknown) => string | null;

const text: Check = (v) => (typeof v === 'string' && v.trim() !== '' ? null : 'must be a non-empty string');
const textOrNull: Check = (v) => (v === null ? null : text(v));
const integerIn = (min: number, max: number): Check => (v) =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? null : `must be a whole number from ${min} to ${max}`;
const oneOf = (allowed: readonly string[]): Check => (v) =>
  typeof v === 'string' && allowed.includes(v) ? null : `must be one of: ${allowed.join(', ')}`;
const listOf = (item: Check, min: number, max = Infinity): Check => (v) => {
  if (!Array.isArray(v)) return 'must be a list';
  if (v.length < min || v.length > max) {
    return max === Infinity ? `must have at least ${min} item(s)` : `must have ${min} to ${max} items`;
  }
  const bad = v.map(item).find((m) => m !== null);
  if (bad) return `has an item that ${bad}`;
  return new Set(v).size === v.length ? null : 'has a repeated item';
};
const httpsUrl: Check = (v) => (typeof v === 'string' && /^https:\/\/[^\s/]+\.[^\s/]+\/\S*$/u.test(v) ? null : 'must be an https address');

const FIELD_CHECKS: Record<(typeof FILM_KEYS)[number], Check> = {
  id: (v) => (typeof v === 'string' && ID_PATTERN.test(v) ? null : 'must be a kebab-case ASCII slug'),
  title: text,
  originalTitle: text,
  russianTitle: (v) => (typeof v === 'string' && /\p{Script=Cyrillic}/u.test(v) ? null : 'must be a title in Cyrillic'),
  transliteration: (v) => (typeof v === 'string' && /^[\x20-\x7e…«»—–]+$/u.test(v) ? null : 'must be in Latin letters'),
  altTitles: listOf(text, 0),
  year: integerIn(FIRST_YEAR, LAST_YEAR),
  directors: listOf(text, 1),
  cast: listOf(text, 2, 4),
  runtimeMinutes: (v) => (v === null ? null : integerIn(1, 2000)(v)),
  format: oneOf(FORMATS),
  parts: integerIn(1, 100),
  studio: textOrNull,
  republic: (v) => (v === null ? null : oneOf(REPUBLICS)(v)),
  language: oneOf(LANGUAGES),
  genres: listOf(oneOf(GENRES), 1),
  moods: listOf(oneOf(MOODS), 1),
  basedOn: textOrNull,
  composer: textOrNull,
  synopsis: text,
  love: (v) => (typeof v === 'string' && v.trim() !== '' && !v.includes('\n') ? null : 'must be one non-empty line'),
  facts: (v) => {
    if (!Array.isArray(v) || v.length === 0) return 'must have at least one fact';
    for (const [i, fact] of v.entries()) {
      if (typeof fact !== 'object' || fact === null) return `[${i}] must be an object with text and source`;
      const f = fact as Record<string, unknown>;
      if (text(f.text)) return `[${i}].text ${text(f.text)}`;
      if (httpsUrl(f.source)) return `[${i}].source must be an https address`;
    }
    return null;
  },
  links: (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'must be an object';
    for (const [key, url] of Object.entries(v)) {
      const prefix = LINK_PREFIX[key as keyof typeof LINK_PREFIX];
      if (!prefix) return `has an unknown key "${key}" (allowed: wikipedia, wikipediaRu)`;
      if (typeof url !== 'string' || !url.startsWith(prefix) || url.length === prefix.length) return `.${key} must start with ${prefix}`;
    }
    return null;
  },
};

/** Checks that need more than one field of a film. */
function crossFieldProblems(film: Film): [string, string][] {
  const out: [string, string][] = [];
  const expected = transliterate(film.russianTitle);
  if (film.transliteration !== expected) out.push(['transliteration', `should be "${expected}" for "${film.russianTitle}"`]);
  for (const [a, b] of CONFLICTING_MOODS) {
    if (film.moods.includes(a) && film.moods.includes(b)) out.push(['moods', `cannot be both ${a} and ${b}`]);
  }
  if (film.language === 'ru' && film.originalTitle !== film.russianTitle) {
    out.push(['originalTitle', 'must equal russianTitle for a Russian-language film']);
  }
  return out;
}

function validateFilm(raw: unknown, index: number): { label: string; problems: Problem[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const label = `films[${index}]`;
    return { label, problems: [{ film: label, field: '', message: 'must be an object' }] };
  }
  const record = raw as Record<string, unknown>;
  const label = typeof record.id === 'string' && record.id !== '' ? record.id : `films[${index}]`;
  const problems: Problem[] = [];
  for (const key of FILM_KEYS) {
    if (!(key in record)) problems.push({ film: label, field: key, message: 'is missing' });
    else {
      const message = FIELD_CHECKS[key](record[key]);
      if (message) problems.push({ film: label, field: key, message });
    }
  }
  for (const key of Object.keys(record)) {
    if (!(FILM_KEYS as readonly string[]).includes(key)) problems.push({ film: label, field: key, message: 'is not a catalog field' });
  }
  if (problems.length === 0) {
    for (const [field, message] of crossFieldProblems(record as unknown as Film)) problems.push({ film: label, field, message });
  }
  return { label, problems };
}

/** Validates parsed JSON as a catalog: every rule of SPEC §3, plus uniqueness across films. */
export function validateCatalog(data: unknown): ValidationResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problems: [{ film: '', field: '', message: 'the file must hold an object { "schemaVersion": 1, "films": [...] }' }] };
  }
  const root = data as Record<string, unknown>;
  const problems: Problem[] = [];
  if (root.schemaVersion !== 1) problems.push({ film: '', field: 'schemaVersion', message: 'must be 1' });
  if (!Array.isArray(root.films)) {
    problems.push({ film: '', field: 'films', message: 'must be a list of films' });
    return { ok: false, problems };
  }
  const ids = new Map<string, number>();
  const titleYears = new Map<string, string>();
  root.films.forEach((raw, index) => {
    const { label, problems: own } = validateFilm(raw, index);
    problems.push(...own);
    const record = raw as Partial<Film> | null;
    if (typeof record?.id === 'string') {
      if (ids.has(record.id)) problems.push({ film: label, field: 'id', message: `repeats the id of films[${ids.get(record.id)}]` });
      else ids.set(record.id, index);
    }
    if (typeof record?.russianTitle === 'string' && typeof record.year === 'number') {
      const key = `${record.russianTitle.toLowerCase().replace(/ё/g, 'е')}|${record.year}`;
      const other = titleYears.get(key);
      if (other !== undefined) problems.push({ film: label, field: 'russianTitle', message: `repeats the Russian title and year of ${other}` });
      else titleYears.set(key, label);
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, catalog: data as Catalog };
}

export function formatProblem(p: Problem): string {
  const where = [p.film, p.field].filter(Boolean).join(': ');
  return where ? `${where} ${p.message}` : p.message;
}
