// Standard output and error: written straight to the file descriptor when it is a pipe or a file,
// through node's stream only on a terminal. Building process.stdout for a pipe loads the net and
// stream modules, several milliseconds of every piped run.
import { fstatSync, writeSync } from 'node:fs';
import { ClosedPipeError } from '../core/errors.js';

export interface RawStream {
  readonly isTTY: boolean;
  readonly colorDepth: number | undefined;
  readonly columns: number | undefined;
  readonly rows?: number | undefined;
  write(text: string | Uint8Array): void;
}

function isPipeOrFile(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    return st.isFIFO() || st.isFile() || st.isSocket();
  } catch {
    return false;
  }
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Writes all of the text, waiting when a non-blocking pipe is full; a reader that left ends the run
 * quietly. The string is written as it is (no Buffer copy) unless the pipe takes only part of it.
 */
function writeAll(fd: number, text: string | Uint8Array): void {
  let bytes = typeof text === 'string' ? undefined : text;
  let done = 0;
  for (;;) {
    try {
      if (bytes === undefined) {
        const whole = text as string;
        done = writeSync(fd, whole);
        if (done === Buffer.byteLength(whole)) return;
        bytes = Buffer.from(whole, 'utf8');
      } else done += writeSync(fd, bytes, done);
      if (done >= bytes.length) return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') pause(2);
      else if (code === 'EPIPE') {
        if (fd === 1) throw new ClosedPipeError();
        return;
      } else throw err;
    }
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
  if (isPipeOrFile(fd)) return { isTTY: false, colorDepth: undefined, columns: undefined, write: (text) => writeAll(fd, text) };
  const stream = fd === 1 ? process.stdout : process.stderr;
  // A reader that closes the pipe (`soviet-love list | head -1`) is a normal way to stop.
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
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
    write: (text) => void stream.write(text),
  };
}
