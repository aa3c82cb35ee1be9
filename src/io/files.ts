// Writes export files without ever replacing an existing one unless asked, and never half-written.
import { linkSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DataError, UsageError } from '../core/errors.js';

/** Writes to a temporary file beside the target, then moves it into place in one step. */
export function writeFileSafely(path: string, text: string, force: boolean): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text, { encoding: 'utf8', flag: 'wx' });
    if (force) renameSync(tmp, path);
    else {
      // link() fails if the target exists, so a file that appears meanwhile is never replaced.
      linkSync(tmp, path);
      unlinkSync(tmp);
    }
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to tidy */
    }
    const code = (err as NodeJS.ErrnoException).code;
    if (isDirectory(path)) throw new UsageError(`${path} is a directory; give --output a file name.`);
    if (code === 'EEXIST') throw new UsageError(`${path} already exists; add --force to replace it, or choose another --output.`);
    throw new DataError(`Cannot write ${path}: ${explain(code) ?? (err as Error).message}.`);
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** What went wrong, in words rather than an errno code. */
function explain(code: string | undefined): string | undefined {
  if (code === 'ENOENT') return 'its directory does not exist';
  if (code === 'ENOTDIR') return 'a part of the path is not a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOSPC') return 'the disk is full';
  return code;
}
