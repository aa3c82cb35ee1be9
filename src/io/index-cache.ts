// Keeps the folded search keys of a large catalog file between runs, so each search need not
// fold ~20,000 titles again. A cache entry is tied to the file's path, size and modification time.
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexSnapshot } from '../core/search.js';
import { userDir } from './places.js';

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
  try {
    const st = statSync(catalog);
    return join(cacheDir(env), `${kind}-${hash(`${FORMAT}|${version}|${catalog}|${st.size}|${st.mtimeMs}`)}.json`);
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
    const cached = JSON.parse(readFileSync(file, 'utf8')) as CachedKeys;
    if (cached.films !== films || !Array.isArray(cached.entries)) return undefined;
    return { entries: cached.entries.map(([film, key, weight]) => ({ film, key, weight })) };
  } catch {
    return undefined;
  }
}

/** Best effort: a cache that cannot be written only means the next search folds the keys again. */
export function writeKeyCache(catalog: string, env: NodeJS.ProcessEnv, version: string, films: number, snapshot: IndexSnapshot): void {
  const file = cacheFile(catalog, env, version);
  if (!file) return;
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(cacheDir(env), { recursive: true });
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
    return file === undefined ? undefined : readFileSync(file, 'latin1');
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
    mkdirSync(cacheDir(env), { recursive: true });
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
