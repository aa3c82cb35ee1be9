// Validates a parsed catalog against the schema of SPEC §3 and lists every problem found.
import type { Catalog, Film } from './types.js';
import { MESSAGES, type Messages, type Text } from '../i18n.js';
import { transliterate } from './translit.js';
import { echo } from './normalize.js';
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
  message: Text;
}

export type ValidationResult = { ok: true; catalog: Catalog } | { ok: false; problems: Problem[] };

const FILM_KEYS = [
  'id', 'title', 'originalTitle', 'russianTitle', 'transliteration', 'altTitles', 'year', 'directors',
  'cast', 'runtimeMinutes', 'format', 'parts', 'studio', 'republic', 'language', 'genres', 'moods',
  'basedOn', 'composer', 'synopsis', 'love', 'facts', 'links',
] as const;

const KNOWN_KEYS: ReadonlySet<string> = new Set(FILM_KEYS);

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LINK_PREFIX = { wikipedia: 'https://en.wikipedia.org/wiki/', wikipediaRu: 'https://ru.wikipedia.org/wiki/' } as const;

type Check = (value: unknown) => Text | null;

const text: Check = (v) => (typeof v === 'string' && v.trim() !== '' ? null : (m) => m.validation.nonEmpty);
const textOrNull: Check = (v) => (v === null ? null : text(v));
const integerIn = (min: number, max: number): Check => (v) =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? null : (m) => m.validation.wholeNumber(min, max);
const oneOf = (allowed: readonly string[]): Check => (v) =>
  typeof v === 'string' && allowed.includes(v) ? null : (m) => m.validation.oneOf(allowed);
// Index loops, not for...of, map or Set in the checks below: they run once per film in a fresh
// process, where V8's interpreter allocates for each step of an iterator (`catalog check` used to
// allocate half a megabyte here, enough to set off a garbage collection).
const listOf = (item: Check, min: number, max = Infinity): Check => (v) => {
  if (!Array.isArray(v)) return (m) => m.validation.list;
  if (v.length < min || v.length > max) {
    return (m) => (max === Infinity ? m.validation.atLeastItems(min) : m.validation.itemsBetween(min, max));
  }
  for (let i = 0; i < v.length; i++) {
    const bad = item(v[i]);
    if (bad) return (m) => m.validation.itemThat(bad(m));
  }
  for (let i = 1; i < v.length; i++) {
    for (let j = 0; j < i; j++) if (v[i] === v[j]) return (m) => m.validation.repeatedItem;
  }
  return null;
};
// Plain character ranges rather than Unicode property escapes, which cost start-up time to build.
const httpsUrl: Check = (v) => (typeof v === 'string' && /^https:\/\/[^\s/]+\.[^\s/]+\/\S*$/.test(v) ? null : (m) => m.validation.https);
const CYRILLIC = /[\u0400-\u052f\u2de0-\u2dff\ua640-\ua69f\u1c80-\u1c8f]/;
const PRINTABLE_LATIN = /^[\x20-\x7e\u2026\u00ab\u00bb\u2014\u2013]+$/;

const runtime = integerIn(1, 2000);
const republic = oneOf(REPUBLICS);

const FIELD_CHECKS: Record<(typeof FILM_KEYS)[number], Check> = {
  id: (v) => (typeof v === 'string' && ID_PATTERN.test(v) ? null : (m) => m.validation.slug),
  title: text,
  originalTitle: text,
  russianTitle: (v) => (typeof v === 'string' && CYRILLIC.test(v) ? null : (m) => m.validation.cyrillic),
  transliteration: (v) => (typeof v === 'string' && PRINTABLE_LATIN.test(v) ? null : (m) => m.validation.latin),
  altTitles: listOf(text, 0),
  year: integerIn(FIRST_YEAR, LAST_YEAR),
  directors: listOf(text, 1),
  cast: listOf(text, 2, 4),
  runtimeMinutes: (v) => (v === null ? null : runtime(v)),
  format: oneOf(FORMATS),
  parts: integerIn(1, 100),
  studio: textOrNull,
  republic: (v) => (v === null ? null : republic(v)),
  language: oneOf(LANGUAGES),
  genres: listOf(oneOf(GENRES), 1),
  moods: listOf(oneOf(MOODS), 1),
  basedOn: textOrNull,
  composer: textOrNull,
  synopsis: text,
  love: (v) => (typeof v === 'string' && v.trim() !== '' && !v.includes('\n') ? null : (m) => m.validation.oneLine),
  facts: (v) => {
    if (!Array.isArray(v) || v.length === 0) return (m) => m.validation.oneFact;
    for (let i = 0; i < v.length; i++) {
      const fact: unknown = v[i];
      if (typeof fact !== 'object' || fact === null) return (m) => m.validation.factShape(i);
      const f = fact as Record<string, unknown>;
      const bad = text(f.text);
      if (bad) return (m) => `[${i}].text ${bad(m)}`;
      if (httpsUrl(f.source)) return (m) => `[${i}].source ${m.validation.https}`;
    }
    return null;
  },
  links: (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return (m) => m.validation.object;
    for (const key in v) {
      const url = (v as Record<string, unknown>)[key];
      const prefix = LINK_PREFIX[key as keyof typeof LINK_PREFIX];
      if (!prefix) return (m) => m.validation.unknownLinkKey(key);
      if (typeof url !== 'string' || !url.startsWith(prefix) || url.length === prefix.length) return (m) => m.validation.linkPrefix(key, prefix);
    }
    return null;
  },
};

/**
 * Every string anywhere in a film, whatever the field or its shape (plain text, a list, an object
 * of languages): one with a control character is a problem named by its path, e.g.
 * "facts[0].text". Nothing from the catalog may steer a terminal or split a TSV record.
 */
// Every C0 and C1 control (tabs and newlines too: they split TSV records), DEL, the line separators and the bidi controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function controlProblems(value: unknown, path: string, out: [string, Text][]): void {
  if (typeof value === 'string') {
    const found = CONTROL.exec(value);
    if (found) {
      const cp = `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      out.push([path, (m) => m.validation.control(cp)]);
    }
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) controlProblems(value[i], `${path}[${i}]`, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const key in value) controlProblems((value as Record<string, unknown>)[key], `${path}.${key}`, out);
  }
}

/** Checks that need more than one field of a film. */
function crossFieldProblems(film: Film): [string, Text][] {
  const out: [string, Text][] = [];
  const expected = transliterate(film.russianTitle);
  if (film.transliteration !== expected) out.push(['transliteration', (m) => m.validation.transliteration(expected, film.russianTitle)]);
  for (const [a, b] of CONFLICTING_MOODS) {
    if (film.moods.includes(a) && film.moods.includes(b)) out.push(['moods', (m) => m.validation.conflict(a, b)]);
  }
  if (film.language === 'ru' && film.originalTitle !== film.russianTitle) {
    out.push(['originalTitle', (m) => m.validation.originalRussian]);
  }
  return out;
}

function validateFilm(raw: unknown, index: number): { label: string; problems: Problem[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const label = `films[${index}]`;
    return { label, problems: [{ film: label, field: '', message: (m) => m.validation.object }] };
  }
  const record = raw as Record<string, unknown>;
  const label = typeof record.id === 'string' && record.id !== '' ? record.id : `films[${index}]`;
  const problems: Problem[] = [];
  for (let k = 0; k < FILM_KEYS.length; k++) {
    const key = FILM_KEYS[k]!;
    if (!(key in record)) problems.push({ film: label, field: key, message: (m) => m.validation.missing });
    else {
      const message = FIELD_CHECKS[key](record[key]);
      if (message) problems.push({ film: label, field: key, message });
    }
  }
  for (const key in record) {
    if (!KNOWN_KEYS.has(key)) problems.push({ film: label, field: key, message: (m) => m.validation.unknownField });
    const found: [string, Text][] = [];
    controlProblems(record[key], key, found);
    for (let i = 0; i < found.length; i++) problems.push({ film: label, field: found[i]![0], message: found[i]![1] });
  }
  if (problems.length === 0) {
    for (const [field, message] of crossFieldProblems(record as unknown as Film)) problems.push({ film: label, field, message });
  }
  return { label, problems };
}

/** Validates parsed JSON as a catalog: every rule of SPEC §3, plus uniqueness across films. */
export function validateCatalog(data: unknown): ValidationResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problems: [{ film: '', field: '', message: (m) => m.validation.fileShape }] };
  }
  const root = data as Record<string, unknown>;
  const problems: Problem[] = [];
  if (root.schemaVersion !== 1) problems.push({ film: '', field: 'schemaVersion', message: (m) => m.validation.schemaVersion });
  if (!Array.isArray(root.films)) {
    problems.push({ film: '', field: 'films', message: (m) => m.validation.filmList });
    return { ok: false, problems };
  }
  const ids = new Map<string, number>();
  const titleYears = new Map<string, string>();
  root.films.forEach((raw, index) => {
    const { label, problems: own } = validateFilm(raw, index);
    problems.push(...own);
    const record = raw as Partial<Film> | null;
    if (typeof record?.id === 'string') {
      const first = ids.get(record.id);
      if (first !== undefined) problems.push({ film: label, field: 'id', message: (m) => m.validation.repeatedId(first) });
      else ids.set(record.id, index);
    }
    if (typeof record?.russianTitle === 'string' && typeof record.year === 'number') {
      const key = `${record.russianTitle.toLowerCase().replace(/ё/g, 'е')}|${record.year}`;
      const other = titleYears.get(key);
      if (other !== undefined) problems.push({ film: label, field: 'russianTitle', message: (m) => m.validation.repeatedTitle(other) });
      else titleYears.set(key, label);
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, catalog: data as Catalog };
}

export function formatProblem(p: Problem, m: Messages = MESSAGES.en): string {
  // A hostile catalog's id may be megabytes long: names are echoed cut short.
  const where = [echo(p.film), echo(p.field)].filter(Boolean).join(': ');
  const message = p.message(m);
  return where ? `${where} ${message}` : message;
}
