// Validates a parsed catalog: its shape against data/films.schema.json (compiled at build time), then
// the rules across fields and films of SPEC §3; lists every problem, naming film and field.
import type { Catalog, Film } from './types.js';
import { MESSAGES, type Messages, type Text } from '../i18n.js';
import { transliterate } from './search/translit.js';
import { echo } from './search/normalize.js';
import { validate as checkShape, type ShapeError } from './catalog-shape.generated.js';
import schema from '../../data/films.schema.json' with { type: 'json' };
import { CONFLICTING_MOODS } from './vocab.js';

export interface Problem {
  /** The film's id, or "films[3]" when it has none; empty for file-level problems. */
  film: string;
  field: string;
  message: Text;
}

export type ValidationResult = { ok: true; catalog: Catalog } | { ok: false; problems: Problem[] };

/** What a failed pattern means, by the schema definition it belongs to. */
const PATTERNS: Record<string, Text> = {
  text: (m) => m.validation.nonEmpty,
  slug: (m) => m.validation.slug,
  cyrillicTitle: (m) => m.validation.cyrillic,
  latin: (m) => m.validation.latin,
  https: (m) => m.validation.https,
  wikipediaEn: (m) => m.validation.linkPrefix('https://en.wikipedia.org/wiki/'),
  wikipediaRu: (m) => m.validation.linkPrefix('https://ru.wikipedia.org/wiki/'),
  imdb: (m) => m.validation.imdb,
  wikidata: (m) => m.validation.wikidata,
  languageCode: (m) => m.validation.languageCode,
};

type Schema = { $ref?: string; anyOf?: Schema[]; type?: string | string[]; properties?: Record<string, Schema>; items?: Schema; minimum?: number; maximum?: number; minItems?: number; maxItems?: number };

/** Follows $ref (and the first non-null branch of an anyOf) to a definition, noting the last named one. */
function deref(node: Schema | undefined, named: { def?: string }): Schema | undefined {
  for (let guard = 0; node && guard < 10; guard++) {
    if (node.$ref) {
      named.def = node.$ref.replace('#/$defs/', '');
      node = (schema.$defs as Record<string, Schema>)[named.def];
    } else if (node.anyOf) node = node.anyOf.find((branch) => branch.type !== 'null');
    else break;
  }
  return node;
}

/**
 * The schema of the value at a catalog path (["films", "3", "cast", "1"]), and the definition it is
 * an instance of: Ajv's standalone code reports each definition's errors relative to it, so the
 * bounds and the meaning of a failed pattern are read from the schema here.
 */
function schemaFor(steps: readonly string[]): { node: Schema | undefined; def: string | undefined } {
  const named: { def?: string } = {};
  let node: Schema | undefined = schema as Schema;
  for (const step of steps) {
    node = deref(node, named);
    node = /^\d+$/.test(step) ? node?.items : node?.properties?.[step];
  }
  node = deref(node, named);
  return { node, def: named.def };
}

function shapeMessage(e: ShapeError, steps: readonly string[]): Text {
  const { node: at = {}, def } = schemaFor(steps);
  switch (e.keyword) {
    case 'required':
      return (m) => m.validation.missing;
    case 'additionalProperties':
      return (m) => m.validation.unknownField;
    case 'type':
      return (m) => m.validation.type(String(e.params.type));
    case 'const':
      return (m) => m.validation.schemaVersion;
    case 'enum':
      return (m) => m.validation.oneOf((e.params.allowedValues as unknown[]).filter((v) => v !== null).map(String));
    case 'minimum':
    case 'maximum':
      return (m) => m.validation.wholeNumber(Number(at.minimum), Number(at.maximum));
    case 'minItems':
    case 'maxItems':
      return (m) =>
        at.maxItems === undefined ? m.validation.atLeastItems(Number(at.minItems)) : at.minItems === undefined ? m.validation.atMostItems(Number(at.maxItems)) : m.validation.itemsBetween(Number(at.minItems), Number(at.maxItems));
    case 'uniqueItems':
      return (m) => m.validation.repeatedItem;
    case 'pattern':
      return (def && PATTERNS[def]) || ((m) => m.validation.invalid);
    default:
      return (m) => m.validation.invalid;
  }
}

const stepsOf = (path: string): string[] => path.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));

// Every C0 and C1 control (tabs and newlines too: they split TSV records), DEL, the line separators
// and the bidi controls: the schema's text patterns refuse them; the message names the one found.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** The value at a path of the parsed file, to say which control character a failed pattern met. */
function valueAt(data: unknown, steps: readonly string[]): unknown {
  let node = data;
  for (const step of steps) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[step] : undefined;
  return node;
}

/** "/films/3/cast/1/ru" → film films[3] (or its id), field "cast[1].ru". */
function locate(steps: readonly string[], films: unknown[]): { film: string; field: string } {
  if (steps[0] !== 'films' || steps.length < 2) return { film: '', field: steps.join('.') };
  const index = Number(steps[1]);
  const id = (films[index] as { id?: unknown } | null)?.id;
  const film = typeof id === 'string' && id !== '' && id.length <= 80 ? id : `films[${index}]`;
  let field = '';
  for (const step of steps.slice(2)) field += /^\d+$/.test(step) ? `[${step}]` : field === '' ? step : `.${step}`;
  return { film, field };
}

/**
 * Ajv reports every branch of an anyOf ("a string, or null"); one line per place is enough: the
 * first error at each path and keyword, and for an anyOf the error of its first branch.
 */
function shapeProblems(errors: readonly ShapeError[], data: unknown, films: unknown[]): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const e of errors) {
    if (e.keyword === 'anyOf') continue;
    const key = e.keyword === 'required' || e.keyword === 'additionalProperties'
      ? `${e.instancePath}/${String(e.params.missingProperty ?? e.params.additionalProperty)}`
      : e.instancePath;
    if (seen.has(key)) continue;
    seen.add(key);
    const steps = stepsOf(key);
    const { film, field } = locate(steps, films);
    const value = e.keyword === 'pattern' ? valueAt(data, steps) : undefined;
    const control = typeof value === 'string' ? CONTROL.exec(value) : null;
    if (control) {
      const cp = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      out.push({ film, field, message: (m) => m.validation.control(cp) });
    } else out.push({ film, field, message: shapeMessage(e, stepsOf(e.instancePath)) });
  }
  return out;
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
  if (film.productionYear !== null && film.productionYear >= film.year) {
    out.push(['productionYear', (m) => m.validation.productionYear(film.year)]);
  }
  // The New Year film of tonight and pick (SPEC §5) must be findable by its mood too.
  if (film.id === 'irony-of-fate' && !film.moods.includes('festive')) out.push(['moods', (m) => m.validation.newYearFestive]);
  return out;
}

/** Validates parsed JSON as a catalog: every rule of SPEC §3, plus uniqueness across films. */
export function validateCatalog(data: unknown): ValidationResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problems: [{ film: '', field: '', message: (m) => m.validation.fileShape }] };
  }
  const root = data as Record<string, unknown>;
  if (root.schemaVersion === 1) return { ok: false, problems: [{ film: '', field: 'schemaVersion', message: (m) => m.validation.schemaOne }] };
  const films = Array.isArray(root.films) ? root.films : [];
  if (!checkShape(data)) return { ok: false, problems: shapeProblems(checkShape.errors ?? [], data, films) };
  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  const titleYears = new Map<string, string>();
  // Index loops: this runs once per film in a fresh process, where iterators allocate.
  for (let index = 0; index < films.length; index++) {
    const film = films[index] as Film;
    for (const [field, message] of crossFieldProblems(film)) problems.push({ film: film.id, field, message });
    const first = ids.get(film.id);
    if (first !== undefined) problems.push({ film: film.id, field: 'id', message: (m) => m.validation.repeatedId(first) });
    else ids.set(film.id, index);
    const key = `${film.russianTitle.toLowerCase().replace(/ё/g, 'е')}|${film.year}`;
    const other = titleYears.get(key);
    if (other !== undefined) problems.push({ film: film.id, field: 'russianTitle', message: (m) => m.validation.repeatedTitle(other) });
    else titleYears.set(key, film.id);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, catalog: data as Catalog };
}

export function formatProblem(p: Problem, m: Messages = MESSAGES.en): string {
  // A hostile catalog's id may be megabytes long: names are echoed cut short.
  const where = [echo(p.film), echo(p.field)].filter(Boolean).join(': ');
  const message = p.message(m);
  return where ? `${where} ${message}` : message;
}
