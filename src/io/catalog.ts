// Reads a catalog file from disk: the one module that touches data/films.json or --catalog.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Catalog } from '../core/types.js';
import { DataError } from '../core/errors.js';
import { formatProblem, validateCatalog, type Problem } from '../core/validate.js';
import { fingerprint } from '../core/fingerprint.js';

/** Set by the build to the fingerprint of data/films.json when the build validated it. */
declare const VALIDATED_CATALOG: string | null | undefined;

/** The catalog shipped with the package; dist/cli.cjs sits one folder below the package root. */
export function bundledCatalogPath(): string {
  return resolve(__dirname, '..', 'data', 'films.json');
}

export function catalogPath(option: string | undefined, env: NodeJS.ProcessEnv): string {
  return resolve(option ?? (env.SOVIET_LOVE_CATALOG || bundledCatalogPath()));
}

export type CatalogRead = { ok: true; catalog: Catalog } | { ok: false; problems: Problem[] };

/** Reads and validates; unreadable or non-JSON files throw, schema problems are returned. */
export function readCatalog(path: string, trustBuild = false): CatalogRead {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String(code ?? err);
    throw new DataError(`Cannot read the catalog ${path}: ${why}.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new DataError(`The catalog ${path} is not valid JSON: ${(err as Error).message}.`);
  }
  // The bundled catalog, unchanged since the build validated it, needs no second check at every start.
  if (trustBuild && typeof VALIDATED_CATALOG === 'string' && fingerprint(text) === VALIDATED_CATALOG) {
    return { ok: true, catalog: data as Catalog };
  }
  return validateCatalog(data);
}

/** Reads a catalog the commands can trust, or throws a data error naming the file and the first problem. */
export function loadCatalog(path: string): Catalog {
  const result = readCatalog(path, true);
  if (result.ok) return result.catalog;
  const [first] = result.problems;
  const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more problems)` : '';
  throw new DataError(`The catalog ${path} is invalid: ${formatProblem(first!)}${more}.`, [
    `Run "soviet-love catalog check ${path}" to see every problem.`,
  ]);
}
