// Writes export files: never half-written, an existing file replaced only when asked (and then at its
// real path, through any link), and a device, FIFO or socket written through, never replaced.
import { chmodSync, fstatSync, linkSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DataError, UsageError } from '../core/errors.js';
import { explainErrno } from './errno.js';
import { writeThrough } from './open.js';

/** Where an export went: a file, or standard output or error named by path (/dev/stdout). */
export type Written = 'file' | 'stdout' | 'stderr';

const statOrNull = (get: () => Stats): Stats | null => {
  try {
    return get();
  } catch {
    return null;
  }
};

const same = (a: Stats | null, b: Stats | null) => a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;

/**
 * Writes the text to path. Our own standard output or error, by any name (/dev/stdout, /proc/self/fd/1),
 * is left to the caller to write; a directory is a usage error; an existing file needs `force`.
 */
export function writeFileSafely(path: string, text: string, force: boolean): Written {
  const target = statOrNull(() => statSync(path));
  if (same(target, statOrNull(() => fstatSync(1)))) return 'stdout';
  if (same(target, statOrNull(() => fstatSync(2)))) return 'stderr';
  try {
    if (target?.isDirectory()) throw new UsageError((m) => m.errors.outputIsDirectory(path));
    if (target && !target.isFile()) writeThrough(path, text);
    else replaceOrCreate(path, text, force, target);
    return 'file';
  } catch (err) {
    if (err instanceof UsageError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError((m) => m.errors.outputExists(path));
    const why = explainErrno(err);
    throw new DataError((m) => m.errors.outputUnwritable(path, why(m)));
  }
}

/**
 * Writes a temporary file beside the real target, then moves it into place in one step: renamed
 * over an existing file (through any link to it, keeping its permissions) when forced, else linked,
 * which fails if anything appeared at the path meanwhile.
 */
function replaceOrCreate(path: string, text: string, force: boolean, existing: Stats | null): void {
  const real = existing && force ? realpathSync(path) : path;
  const tmp = join(dirname(real), `.${basename(real)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text, { encoding: 'utf8', flag: 'wx' });
    if (existing) chmodSync(tmp, existing.mode & 0o7777);
    if (force) renameSync(tmp, real);
    else {
      linkSync(tmp, real);
      unlinkSync(tmp);
    }
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to tidy */
    }
    throw err;
  }
}
