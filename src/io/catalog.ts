// Reads a catalog file from disk: the one module that touches data/films.json or --catalog.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Catalog, Film, FilmMoods, FilmSummary } from '../core/types.js';
import { postingsFromBytes } from '../core/search/index-bytes.js';
import type { IndexSnapshot } from '../core/search/key-index.js';
import { inMemory, type StoryParts } from '../core/search/story-index.js';
import { DataError } from '../core/errors.js';
import { explainErrno } from './errno.js';
import { MAX_CATALOG_BYTES, readRegular } from './open.js';
import { formatProblem, validateCatalog, type Problem } from '../core/validate.js';

/** The catalog shipped with the package; dist/cli.cjs sits one folder below the package root. */
export function bundledCatalogPath(): string {
  return resolve(__dirname, '..', 'data', 'films.json');
}

let buildIsFresh: boolean | undefined;

/**
 * A file of the build's validated copies of the bundled catalog, when the build is at least as new
 * as the source: dist/films.json (a JSON array, one whole film per line, UTF-8), and the
 * summaries and search keys (pure ASCII).
 */
function validatedCopy(name: string): Buffer | undefined;
function validatedCopy(name: string, encoding: 'utf8'): string | undefined;
function validatedCopy(name: string, encoding?: 'utf8'): Buffer | string | undefined {
  try {
    // The build writes all its copies at once; an edited data/films.json is read from source instead.
    buildIsFresh ??= statSync(resolve(__dirname, 'films.json')).mtimeMs >= statSync(bundledCatalogPath()).mtimeMs;
    return buildIsFresh ? readFileSync(resolve(__dirname, name), encoding) : undefined;
  } catch {
    return undefined;
  }
}

/** The build's whole films as bytes, and where each film's line (its compact JSON) starts and ends. */
interface Records {
  bytes: Buffer;
  spans: number[];
}

let records: Records | null | undefined;

function buildRecords(): Records | undefined {
  if (records === undefined) {
    const bytes = validatedCopy('films.json');
    records = null;
    if (bytes) {
      // Line 0 is "[", then a film per line, each but the last ending in ","; then "]".
      const spans: number[] = [];
      for (let start = bytes.indexOf(10) + 1; start > 0 && bytes[start] !== 0x5d; ) {
        const end = bytes.indexOf(10, start);
        if (end < 0) break;
        spans.push(start, bytes[end - 1] === 0x2c ? end - 1 : end);
        start = end + 1;
      }
      records = { bytes, spans };
    }
  }
  return records ?? undefined;
}

/** --catalog, else $SOVIET_LOVE_CATALOG (an empty value is ignored), else the bundled catalog. */
export function catalogPath(option: string | undefined, env: NodeJS.ProcessEnv): string {
  return resolve(option ?? (env.SOVIET_LOVE_CATALOG || bundledCatalogPath()));
}

export type CatalogRead = { ok: true; catalog: Catalog; trusted?: boolean } | { ok: false; problems: Problem[] };

export interface LoadedCatalog {
  catalog: Catalog;
  /** The build's search index of this very catalog, when there is one. */
  indexSnapshot(): IndexSnapshot | undefined;
  /** The build's story index of this very catalog, when there is one. */
  storyIndex(): StoryParts | undefined;
}

/** Reads and validates; unreadable or non-JSON files throw, schema problems are returned. */
export function readCatalog(path: string, trustBuild = false): CatalogRead {
  // The build validated the bundled catalog; its copy needs no second check at every start.
  const trusted = trustBuild && path === bundledCatalogPath() ? buildRecords() : undefined;
  if (trusted !== undefined) return { ok: true, catalog: { schemaVersion: 2, films: JSON.parse(trusted.bytes.toString('utf8')) as Film[] }, trusted: true };
  return validateCatalog(readCatalogJson(path));
}

/** A catalog file's parsed JSON, unvalidated; unreadable or non-JSON files throw a data error. */
export function readCatalogJson(path: string): unknown {
  let text: string;
  try {
    // A device, FIFO or a file over MAX_CATALOG_BYTES is refused: it could block or never end.
    text = readRegular(path, MAX_CATALOG_BYTES);
  } catch (err) {
    const why = explainErrno(err);
    throw new DataError((m) => m.errors.catalogUnreadable(path, why(m)));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    // One line: the parser quotes the file, raw newlines and all.
    const detail = (err as Error).message.replace(/\s+/g, ' ');
    throw new DataError((m) => m.errors.catalogNotJson(path, detail));
  }
  return data;
}

/** Reads a catalog the commands can trust, or throws a data error naming the file and the first problem. */
export function loadCatalog(path: string): LoadedCatalog {
  const result = readCatalog(path, true);
  if (result.ok) {
    const fromBuild = result.trusted === true;
    return { catalog: result.catalog, indexSnapshot: () => (fromBuild ? buildIndexSnapshot() : undefined), storyIndex: () => (fromBuild ? buildStoryIndex() : undefined) };
  }
  const [first] = result.problems;
  const more = result.problems.length - 1;
  throw new DataError((m) => m.errors.catalogInvalid(path, formatProblem(first!, m), more), [(m) => m.errors.catalogCheckHint(path)]);
}

/**
 * Just the summaries of the bundled catalog, from the build's copy of them; undefined for any
 * other catalog, whose summaries are its films.
 */
export interface LoadedSummaries {
  films: FilmSummary[];
  indexSnapshot(): IndexSnapshot | undefined;
  storyIndex(): StoryParts | undefined;
  /** The whole film at this position, read alone: a card need not parse the whole catalog. */
  film(position: number): Film | undefined;
  /** The film at this position as compact JSON, UTF-8, straight from the build's copy. */
  record(position: number): Buffer | undefined;
}

export function loadSummaries(path: string): LoadedSummaries | undefined {
  const text = path === bundledCatalogPath() ? validatedCopy('films-summary.json', 'utf8') : undefined;
  if (text === undefined) return undefined;
  const record = (position: number) => lineAlone(position) ?? wholeRecord(position);
  const film = (position: number) => {
    const bytes = record(position);
    try {
      return bytes && (JSON.parse(bytes.toString('utf8')) as Film);
    } catch {
      return undefined;
    }
  };
  return { films: (JSON.parse(text) as { films: FilmSummary[] }).films, indexSnapshot: buildIndexSnapshot, storyIndex: buildStoryIndex, film, record };
}

function wholeRecord(position: number): Buffer | undefined {
  const own = buildRecords();
  const [start, end] = [own?.spans[2 * position], own?.spans[2 * position + 1]];
  return own && start !== undefined && end !== undefined ? own.bytes.subarray(start, end) : undefined;
}

let lineSpans: Int32Array | null | undefined;
let linesRead = 0;

/**
 * One film's line of the build's copy, read alone through the spans the build wrote beside it: a
 * card touches a few KB, not the whole catalog. After a few, the whole file is cheaper, and used.
 */
function lineAlone(position: number): Buffer | undefined {
  if (records !== undefined || ++linesRead > FEW_LINES) return undefined;
  if (lineSpans === undefined) {
    const bytes = validatedCopy('films-spans.bin');
    // A copy when the bytes do not start on a 4-byte boundary (an Int32Array needs one).
    const aligned = bytes && (bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes));
    lineSpans = aligned && aligned.byteLength % 4 === 0 ? new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4) : null;
  }
  const [start, end] = [lineSpans?.[2 * position], lineSpans?.[2 * position + 1]];
  if (start === undefined || end === undefined || !(end > start)) return undefined;
  try {
    const fd = openSync(resolve(__dirname, 'films.json'), 'r');
    try {
      const out = Buffer.allocUnsafe(end - start);
      return readSync(fd, out, 0, out.length, start) === out.length ? out : undefined;
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

const FEW_LINES = 10;

/**
 * How many films the build's validated copy of the bundled catalog holds, from its line spans (a
 * few hundred bytes): `catalog check` says the count without parsing the whole catalog again.
 * Undefined for any other file, or when the build is older than the catalog.
 */
export function bundledFilmCount(path: string): number | undefined {
  if (path !== bundledCatalogPath()) return undefined;
  const bytes = validatedCopy('films-spans.bin');
  return bytes && bytes.byteLength % 8 === 0 ? bytes.byteLength / 8 : undefined;
}

/**
 * Each film's id and moods, from the build's copy of the bundled catalog (a few KB, where the
 * summaries are ~90): enough to draw tonight's first question before the summaries are read.
 * Undefined for any other catalog.
 */
export function loadMoods(path: string): FilmMoods[] | undefined {
  const text = path === bundledCatalogPath() ? validatedCopy('films-moods.json', 'utf8') : undefined;
  if (text === undefined) return undefined;
  try {
    return (JSON.parse(text) as [string, FilmMoods['moods']][]).map(([id, moods]) => ({ id, moods }));
  } catch {
    return undefined;
  }
}

/** The search index the build made of its validated copy; written beside it in the same step. */
function buildIndexSnapshot(): IndexSnapshot | undefined {
  try {
    const { entries } = JSON.parse(readFileSync(resolve(__dirname, 'search-index.json'), 'utf8')) as IndexSnapshot;
    // The trigram index, as bytes; without it the first lookup scans the keys, which also works.
    let postings;
    try {
      postings = postingsFromBytes(readFileSync(resolve(__dirname, 'search-index.bin')));
    } catch {
      postings = undefined;
    }
    return { entries, postings };
  } catch {
    return undefined;
  }
}

/** The story index the build made of its validated copy: its stems (JSON, pure ASCII) and its postings (bytes). */
function buildStoryIndex(): StoryParts | undefined {
  const vocabulary = validatedCopy('story-index.json', 'utf8');
  const bytes = vocabulary === undefined ? undefined : validatedCopy('story-index.bin');
  return bytes && { vocabulary: vocabulary!, source: inMemory(bytes) };
}
