// Reads a catalog file from disk: the one module that touches data/films.json or --catalog.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Catalog, FilmSummary } from '../core/types.js';
import type { IndexSnapshot } from '../core/search.js';
import { DataError } from '../core/errors.js';
import { explainErrno } from './errno.js';
import { formatProblem, validateCatalog, type Problem } from '../core/validate.js';

/** The catalog shipped with the package; dist/cli.cjs sits one folder below the package root. */
export function bundledCatalogPath(): string {
  return resolve(__dirname, '..', 'data', 'films.json');
}

/**
 * The build's validated, compact copy of the bundled catalog (or of its summaries), when it is at
 * least as new as the source.
 */
function validatedCopy(name = 'films.json'): string | undefined {
  const copy = resolve(__dirname, name);
  try {
    if (statSync(copy).mtimeMs < statSync(bundledCatalogPath()).mtimeMs) return undefined;
    // The build writes it as pure ASCII.
    return readFileSync(copy, 'latin1');
  } catch {
    return undefined;
  }
}

export function catalogPath(option: string | undefined, env: NodeJS.ProcessEnv): string {
  return resolve(option ?? (env.SOVIET_LOVE_CATALOG || bundledCatalogPath()));
}

export type CatalogRead = { ok: true; catalog: Catalog; trusted?: boolean } | { ok: false; problems: Problem[] };

export interface LoadedCatalog {
  catalog: Catalog;
  /** The build's search index of this very catalog, when there is one. */
  indexSnapshot(): IndexSnapshot | undefined;
}

/** Reads and validates; unreadable or non-JSON files throw, schema problems are returned. */
export function readCatalog(path: string, trustBuild = false): CatalogRead {
  // The build validated the bundled catalog; its copy needs no second check at every start.
  const trusted = trustBuild && path === bundledCatalogPath() ? validatedCopy() : undefined;
  if (trusted !== undefined) return { ok: true, catalog: JSON.parse(trusted) as Catalog, trusted: true };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const why = explainErrno(err);
    throw new DataError((m) => m.errors.catalogUnreadable(path, why(m)));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const detail = (err as Error).message;
    throw new DataError((m) => m.errors.catalogNotJson(path, detail));
  }
  return validateCatalog(data);
}

/** Reads a catalog the commands can trust, or throws a data error naming the file and the first problem. */
export function loadCatalog(path: string): LoadedCatalog {
  const result = readCatalog(path, true);
  if (result.ok) {
    const fromBuild = result.trusted === true;
    return { catalog: result.catalog, indexSnapshot: () => (fromBuild ? buildIndexSnapshot() : undefined) };
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
}

export function loadSummaries(path: string): LoadedSummaries | undefined {
  const text = path === bundledCatalogPath() ? validatedCopy('films-summary.json') : undefined;
  return text === undefined ? undefined : { films: (JSON.parse(text) as { films: FilmSummary[] }).films, indexSnapshot: buildIndexSnapshot };
}

/** The search index the build made of its validated copy; written beside it in the same step. */
function buildIndexSnapshot(): IndexSnapshot | undefined {
  try {
    return JSON.parse(readFileSync(resolve(__dirname, 'search-index.json'), 'latin1')) as IndexSnapshot;
  } catch {
    return undefined;
  }
}
