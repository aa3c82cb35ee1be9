// The bundled catalog and small fixtures built from it, for unit tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, Film } from '../../src/core/types.js';
import { ROOT } from './run.js';

export const CATALOG: Catalog = JSON.parse(readFileSync(join(ROOT, 'data', 'films.json'), 'utf8'));
export const FILMS: Film[] = CATALOG.films;

export function film(id: string): Film {
  const f = FILMS.find((x) => x.id === id);
  if (!f) throw new Error(`no film ${id} in the catalog`);
  return f;
}

/** A deep copy of a real film with some fields changed. */
export function variant(id: string, changes: Partial<Film>): Film {
  return { ...structuredClone(film(id)), ...changes };
}
