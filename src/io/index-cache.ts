// Keeps the folded search keys of a large catalog file between runs, with their trigram postings,
// and its story index, so each search need not fold ~20,000 titles again. A cache entry is tied to
// the file's path, size and modification time. What it reads back is checked: a cache someone
// edited or damaged is ignored, and rebuilt by the next search.
import { closeSync, fstatSync, openSync, readSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { columnsFromBytes, columnsToBytes } from '../core/search/index-bytes.js';
import type { IndexSnapshot } from '../core/search/key-index.js';
import type { SearchIndex } from '../core/search/search-index.js';
import type { ByteSource, StoryParts } from '../core/search/story-index.js';
import { userDir } from './places.js';
import { makeDirs, MAX_DIARY_BYTES, readRegular, readRegularBytes } from './open.js';

/** Below this many films, folding the keys is quicker than reading them back. */
export const CACHE_MIN_FILMS = 1000;
const FORMAT = 4;

const cacheDir = (env: NodeJS.ProcessEnv) => userDir('cache', env);

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** Where this catalog's keys (or its story index) live, or undefined when the file cannot be identified. */
function cacheFile(catalog: string, env: NodeJS.ProcessEnv, version: string, kind = 'keys', ext = 'json'): string | undefined {
  const dir = cacheDir(env);
  if (dir === undefined) return undefined;
  try {
    const st = statSync(catalog);
    return join(dir, `${kind}-${hash(`${FORMAT}|${version}|${catalog}|${st.size}|${st.mtimeMs}`)}.${ext}`);
  } catch {
    return undefined;
  }
}

/**
 * On disk, the distinct keys and weights as JSON (pure ASCII: keys are folded to a-z, 0-9 and
 * spaces), and beside them, as bytes, each entry's film, key and weight positions and the trigram
 * postings: read back as typed arrays, with nothing to fold, index or make an object of.
 */
interface CachedKeys {
  films: number;
  keys: string[];
  weights: number[];
}

export function readKeyCache(catalog: string, env: NodeJS.ProcessEnv, version: string, films: number): IndexSnapshot | undefined {
  const file = cacheFile(catalog, env, version);
  const bin = cacheFile(catalog, env, version, 'keys', 'bin');
  if (!file || !bin) return undefined;
  try {
    // Regular files of bounded size only: a FIFO or a huge file there is no cache.
    const cached = JSON.parse(readRegular(file, MAX_DIARY_BYTES, 'latin1')) as unknown;
    if (!isCachedKeys(cached, films)) return undefined;
    const columns = columnsFromBytes(readRegularBytes(bin, MAX_DIARY_BYTES), cached.keys, cached.weights);
    return columns && keysEveryFilm(columns, films) ? columns : undefined;
  } catch {
    return undefined;
  }
}

/** Folded keys hold only a-z, 0-9 and single spaces (src/core/search/normalize.ts). */
const KEY = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/** Is the JSON half of the cache well formed: this many films, folded keys, weights in (0, 1]? */
function isCachedKeys(value: unknown, films: number): value is CachedKeys {
  if (typeof value !== 'object' || value === null) return false;
  const { films: count, keys, weights } = value as Partial<CachedKeys>;
  if (count !== films || !Array.isArray(keys) || !Array.isArray(weights)) return false;
  for (let i = 0; i < keys.length; i++) if (typeof keys[i] !== 'string' || !KEY.test(keys[i]!)) return false;
  for (let i = 0; i < weights.length; i++) if (typeof weights[i] !== 'number' || !(weights[i]! > 0 && weights[i]! <= 1)) return false;
  return true;
}

/**
 * Does the byte half point only at real films, key every one of them, and hold postings that stay
 * within its entries? (columnsFromBytes has checked the key and weight positions.)
 */
function keysEveryFilm({ entries, postings }: IndexSnapshot & { entries: { film: Int32Array } }, films: number): boolean {
  const keyed = new Uint8Array(films);
  const { film } = entries;
  for (let e = 0; e < film.length; e++) {
    if (!(film[e]! < films)) return false;
    keyed[film[e]!] = 1;
  }
  if (!postings) return false;
  const { start, entries: list } = postings;
  for (let i = 0; i < start.length; i++) if (!(start[i]! >= 0 && start[i]! <= list.length && (i === 0 || start[i]! >= start[i - 1]!))) return false;
  for (let i = 0; i < list.length; i++) if (!(list[i]! >= 0 && list[i]! < film.length)) return false;
  return keyed.every((k) => k === 1);
}

/** Best effort: a cache that cannot be written only means the next search folds the keys again. */
export function writeKeyCache(catalog: string, env: NodeJS.ProcessEnv, version: string, films: number, index: SearchIndex): void {
  const file = cacheFile(catalog, env, version);
  const bin = cacheFile(catalog, env, version, 'keys', 'bin');
  if (!file || !bin) return;
  try {
    makeDirs(cacheDir(env)!);
  } catch {
    return;
  }
  const { entries, postings } = index.snapshotColumns();
  // The bytes first, then the keys that refer to them.
  if (writeAtomically(bin, columnsToBytes(entries, postings))) writeAtomically(file, JSON.stringify({ films, keys: entries.keys, weights: entries.weights } satisfies CachedKeys));
}

/**
 * A file read piece by piece: a story search reads its own stems' postings, not the whole index.
 * The file stays open for the rest of the run (the type-ahead prompt searches again and again).
 * Like every file of ours it must be a regular file of bounded size.
 */
function fileSource(file: string): ByteSource | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  const st = fstatSync(fd);
  if (!st.isFile() || st.size > MAX_DIARY_BYTES) {
    closeSync(fd);
    return undefined;
  }
  return {
    size: st.size,
    read(offset, length) {
      const out = new Uint8Array(length);
      for (let done = 0; done < length; ) {
        const n = readSync(fd, out, done, length - done, offset + done);
        if (n === 0) throw new Error(`${file} ends early`);
        done += n;
      }
      return out;
    },
  };
}

/** A large catalog's story index (story-index.ts reads it), kept like the keys; undefined when there is none. */
export function readStoryCache(catalog: string, env: NodeJS.ProcessEnv, version: string): StoryParts | undefined {
  const file = cacheFile(catalog, env, version, 'story');
  const bin = cacheFile(catalog, env, version, 'story', 'bin');
  try {
    const vocabulary = file === undefined ? undefined : readRegular(file, MAX_DIARY_BYTES, 'latin1');
    const source = vocabulary === undefined || bin === undefined ? undefined : fileSource(bin);
    return source && { vocabulary: vocabulary!, source };
  } catch {
    return undefined;
  }
}

/** Best effort, like writeKeyCache: the postings first, then the vocabulary that refers to them. */
export function writeStoryCache(catalog: string, env: NodeJS.ProcessEnv, version: string, story: { vocabulary: string; bytes: Uint8Array }): void {
  const file = cacheFile(catalog, env, version, 'story');
  const bin = cacheFile(catalog, env, version, 'story', 'bin');
  if (!file || !bin) return;
  try {
    makeDirs(cacheDir(env)!);
  } catch {
    return;
  }
  if (writeAtomically(bin, story.bytes)) writeAtomically(file, story.vocabulary);
}

function writeAtomically(file: string, data: string | Uint8Array): boolean {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, data, typeof data === 'string' ? 'latin1' : undefined);
    renameSync(tmp, file);
    return true;
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to tidy */
    }
    return false;
  }
}
