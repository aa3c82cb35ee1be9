// Keeps the folded search keys of a large catalog file between runs, with their trigram postings,
// and its story index, so each search need not fold ~20,000 titles again. A cache entry is tied to
// the file's path, size and modification time.
import { fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { columnsFromBytes, columnsToBytes, type IndexSnapshot, type SearchIndex } from '../core/search.js';
import type { ByteSource, StoryParts } from '../core/story.js';
import { userDir } from './places.js';

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
  try {
    const st = statSync(catalog);
    return join(cacheDir(env), `${kind}-${hash(`${FORMAT}|${version}|${catalog}|${st.size}|${st.mtimeMs}`)}.${ext}`);
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
    const cached = JSON.parse(readFileSync(file, 'latin1')) as CachedKeys;
    if (cached.films !== films || !Array.isArray(cached.keys) || !Array.isArray(cached.weights)) return undefined;
    return columnsFromBytes(readFileSync(bin), cached.keys, cached.weights);
  } catch {
    return undefined;
  }
}

/** Best effort: a cache that cannot be written only means the next search folds the keys again. */
export function writeKeyCache(catalog: string, env: NodeJS.ProcessEnv, version: string, films: number, index: SearchIndex): void {
  const file = cacheFile(catalog, env, version);
  const bin = cacheFile(catalog, env, version, 'keys', 'bin');
  if (!file || !bin) return;
  try {
    mkdirSync(cacheDir(env), { recursive: true });
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
 */
function fileSource(file: string): ByteSource | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  return {
    size: fstatSync(fd).size,
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

/** A large catalog's story index (story.ts reads it), kept like the keys; undefined when there is none. */
export function readStoryCache(catalog: string, env: NodeJS.ProcessEnv, version: string): StoryParts | undefined {
  const file = cacheFile(catalog, env, version, 'story');
  const bin = cacheFile(catalog, env, version, 'story', 'bin');
  try {
    const vocabulary = file === undefined ? undefined : readFileSync(file, 'latin1');
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
    mkdirSync(cacheDir(env), { recursive: true });
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
