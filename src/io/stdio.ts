// Standard output and error: written straight to the file descriptor unless it is a terminal,
// through node's stream only on a terminal. Building process.stdout for a pipe loads the net and
// stream modules, several milliseconds of every piped run. Every string written passes through
// terminalSafe() here, the one place that keeps control sequences from the terminal.
import { fstatSync, writeSync } from 'node:fs';
import { ClosedPipeError, DataError } from '../core/errors.js';
import { terminalSafe } from '../core/search/normalize.js';
import { explainErrno } from './errno.js';
import { writeFully } from './open.js';

/** Standard output cannot be written (a full disk, a closed terminal): exit 3, in one line. */
export class OutputError extends DataError {
  constructor(cause: unknown) {
    const why = explainErrno(cause);
    super((m) => m.errors.outputFailed(why(m)));
  }
}

export interface RawStream {
  readonly isTTY: boolean;
  readonly colorDepth: number | undefined;
  readonly columns: number | undefined;
  readonly rows?: number | undefined;
  /** Bytes are JSON from jsonRecord() (control characters escaped); strings are made terminal-safe. */
  write(text: string | Uint8Array, keepStyles?: boolean): void;
}

/** Anything but a terminal: a pipe, file or socket, or a device such as /dev/null or /dev/full. */
function isRaw(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    if (st.isFIFO() || st.isFile() || st.isSocket()) return true;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return st.isCharacterDevice() && !(require('node:tty') as typeof import('node:tty')).isatty(fd);
  } catch {
    return false;
  }
}

/**
 * Writes all of the text. A reader that left ends the run quietly; any other failure of standard
 * output (a full disk) is a data error, exit 3; standard error that cannot be written is given up.
 */
function writeAll(fd: 1 | 2, text: string | Uint8Array): void {
  try {
    writeFully(fd, text);
  } catch (err) {
    if (fd === 2) return;
    if ((err as NodeJS.ErrnoException).code === 'EPIPE') throw new ClosedPipeError();
    throw new OutputError(err);
  }
}

const opened = new Map<number, RawStream>();

/** Standard output (1) or error (2), made once: every writer of a run shares it. */
export function stdStream(fd: 1 | 2, env: NodeJS.ProcessEnv = process.env): RawStream {
  let stream = opened.get(fd);
  if (!stream) opened.set(fd, (stream = openStream(fd, env)));
  return stream;
}

function openStream(fd: 1 | 2, env: NodeJS.ProcessEnv): RawStream {
  // Only standard output carries CSV, whose lines end in CRLF; messages never need a carriage return.
  const safe = (text: string | Uint8Array, keepStyles = false) => (typeof text === 'string' ? terminalSafe(text, keepStyles, fd === 1) : text);
  if (isRaw(fd)) return { isTTY: false, colorDepth: undefined, columns: undefined, write: (text, keep) => writeAll(fd, safe(text, keep)) };
  const stream = fd === 1 ? process.stdout : process.stderr;
  // A reader that closes the pipe (`soviet-love list | head -1`) is a normal way to stop; a
  // terminal that fails is reported in one line. These come after main() returned, so they exit here.
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    try {
      writeSync(2, `soviet-love: ${new OutputError(err).message}\n`);
    } catch {
      /* nowhere left to say it */
    }
    process.exit(3);
  });
  const isTTY = stream.isTTY === true;
  return {
    isTTY,
    colorDepth: isTTY ? stream.getColorDepth(env) : undefined,
    get columns() {
      return stream.columns;
    },
    get rows() {
      return stream.rows;
    },
    write: (text, keep) => void stream.write(safe(text, keep)),
  };
}
