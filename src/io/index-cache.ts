// Keeps the folded search keys of a large catalog file between runs, so each search need not
// fold ~20,000 titles again. A cache entry is tied to the file's path, size and modification time.
import { renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexSnapshot } from '../core/search.js';
import { userDir } from './places.js';
import { makeDirs, MAX_DIARY_BYTES, readRegular } from './open.js';

/** Below this many films, folding the keys is quicker than reading them back. */
export const CACHE_MIN_FILMS = 1000;
const FORMAT = 3;

const cacheDir = (env: NodeJS.ProcessEnv) => userDir('cache', env);

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** Where this catalog's keys (or its story index) live, or undefined when the file cannot be identified. */
function cacheFile(catalog: string, env: NodeJS.ProcessEnv, version: string, kind = 'keys'): string | undefined {
  const dir = cacheDir(env);
  if (dir === undefined) return undefined;
  try {
    const st = statSync(catalog);
    return join(dir, `${kind}-${hash(`${FORMAT}|${version}|${catalog}|${st.size}|${st.mtimeMs}`)}.json`);
  } catch {
    return undefined;
  }
}

/** On disk each entry is a [film, key, weight] triple: a third smaller than objects, for catalogs of 1,000+ films. */
interface CachedKeys {
  films: number;
  entries: [number, string, number][];
}

export function readKeyCache(catalog: string, env: NodeJS.ProcessEnv, version: string, films: number): IndexSnapshot | undefined {
  const file = cacheFile(catalog, env, version);
  if (!file) return undefined;
  try {
    const cached = JSON.parse(readRegular(file, MAX_DIARY_BYTES)) as unknown;
    return isCachedKeys(cached, films) ? { entries: cached.entries.map(([film, key, weight]) => ({ film, key, weight })) } : undefined;
  } catch {
    return undefined;
  }
}

/** Folded keys hold only a-z, 0-9 and single spaces (src/core/normalize.ts). */
const KEY = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/**
 * Does the file hold keys for this many films, every entry well formed and every film keyed? A cache
 * someone edited or damaged fails here, and is folded again and rewritten.
 */
function isCachedKeys(value: unknown, films: number): value is CachedKeys {
  if (typeof value !== 'object' || value === null) return false;
  const { films: count, entries } = value as Partial<CachedKeys>;
  if (count !== films || !Array.isArray(entries)) return false;
  const keyed = new Uint8Array(films);
  for (let i = 0; i < entries.length; i++) {
    const e: unknown = entries[i];
    if (!Array.isArray(e) || e.length !== 3) return false;
    const [film, key, weight] = e as unknown[];
    if (!Number.isInteger(film) || (film as number) < 0 || (film as number) >= films) return false;
    if (typeof key !== 'string' || !KEY.test(key) || typeof weight !== 'number' || !(weight > 0 && weight <= 1)) return false;
    keyed[film as number] = 1;
  }
  return keyed.every((k) => k === 1);
}

/** Best effort: a cache that cannot be written only means the next search folds the keys again. */
export function writeKeyCache(catalog: string, env: NodeJS.ProcessEnv, version: string, films: number, snapshot: IndexSnapshot): void {
  const file = cacheFile(catalog, env, version);
  if (!file) return;
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    makeDirs(cacheDir(env)!);
    const entries = snapshot.entries.map(({ film, key, weight }): [number, string, number] => [film, key, weight]);
    writeFileSync(tmp, JSON.stringify({ films, entries } satisfies CachedKeys));
    renameSync(tmp, file);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to tidy */
    }
  }
}

/** A large catalog's story index as JSON (story.ts reads it), kept like the keys; undefined when there is none. */
export function readStoryCache(catalog: string, env: NodeJS.ProcessEnv, version: string): string | undefined {
  const file = cacheFile(catalog, env, version, 'story');
  try {
    // A regular file of bounded size, like the keys: a FIFO or a huge file there is no cache.
    return file === undefined ? undefined : readRegular(file, MAX_DIARY_BYTES, 'latin1');
  } catch {
    return undefined;
  }
}

/** Best effort, like writeKeyCache. */
export function writeStoryCache(catalog: string, env: NodeJS.ProcessEnv, version: string, json: string): void {
  const file = cacheFile(catalog, env, version, 'story');
  if (!file) return;
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    makeDirs(cacheDir(env)!);
    writeFileSync(tmp, json, 'latin1');
    renameSync(tmp, file);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to tidy */
    }
  }
}
