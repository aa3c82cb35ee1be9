// Writes export files without ever replacing an existing one unless asked, and never half-written.
import { linkSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DataError, UsageError } from '../core/errors.js';
import { explainErrno } from './errno.js';

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
    if (isDirectory(path)) throw new UsageError((m) => m.errors.outputIsDirectory(path));
    if (code === 'EEXIST') throw new UsageError((m) => m.errors.outputExists(path));
    const why = explainErrno(err);
    throw new DataError((m) => m.errors.outputUnwritable(path, why(m)));
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
