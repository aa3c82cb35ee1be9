// Opens the user's files safely: regular files only, size-capped, directories made one level at a time.
import { closeSync, constants, fstatSync, mkdirSync, openSync, readFileSync, readSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** The largest catalog read (documented in the README); a bigger file is refused, not read. */
export const MAX_CATALOG_BYTES = 256 * 1024 * 1024;
/** The largest diary or cache file read: hundreds of thousands of viewings. */
export const MAX_DIARY_BYTES = 64 * 1024 * 1024;

// O_NONBLOCK: opening a FIFO must never wait for a writer or a reader. Windows has no such flag.
const NONBLOCK = constants.O_NONBLOCK ?? 0;

/** An error with an errno-style code, so explainErrno() words it like the system's own. */
export function refusal(code: 'ENOTREG' | 'EFBIG' | 'EISDIR', limit?: number): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code, limit });
}

/** Refuses what is not a regular file: a device or FIFO could block or never end. */
function checkRegular(fd: number, maxBytes: number): void {
  const st = fstatSync(fd);
  if (st.isDirectory()) throw refusal('EISDIR');
  if (!st.isFile()) throw refusal('ENOTREG');
  if (st.size > maxBytes) throw refusal('EFBIG', maxBytes);
}

/** The text of a regular file of at most maxBytes; anything else throws an errno-style error. */
export function readRegular(path: string, maxBytes: number, encoding: 'utf8' | 'latin1' = 'utf8'): string {
  const fd = openSync(path, constants.O_RDONLY | NONBLOCK);
  try {
    checkRegular(fd, maxBytes);
    return readFileSync(fd, encoding);
  } finally {
    closeSync(fd);
  }
}

/** The same for bytes: a regular file of at most maxBytes, read whole. */
export function readRegularBytes(path: string, maxBytes: number): Buffer {
  const fd = openSync(path, constants.O_RDONLY | NONBLOCK);
  try {
    checkRegular(fd, maxBytes);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A descriptor for appending to a regular file (made if missing); the caller closes it. */
export function openAppend(path: string): number {
  // Read and write: endsMidLine() reads the last byte before the entry is appended.
  const fd = openSync(path, constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | NONBLOCK, 0o644);
  try {
    checkRegular(fd, Infinity);
    return fd;
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

/** Does the open file end mid-line (a torn write)? */
export function endsMidLine(fd: number): boolean {
  const size = fstatSync(fd).size;
  if (size === 0) return false;
  const last = Buffer.alloc(1);
  readSync(fd, last, 0, 1, size - 1);
  return last[0] !== 0x0a;
}

/**
 * Makes a directory and its missing parents one level at a time: node's recursive mkdir spins
 * for minutes under /proc, where every level answers ENOENT.
 */
export function makeDirs(dir: string, depth = 0): void {
  try {
    mkdirSync(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      if (statSync(dir).isDirectory()) return;
      throw err;
    }
    const parent = dirname(dir);
    if (code !== 'ENOENT' || parent === dir || depth > 100) throw err;
    makeDirs(parent, depth + 1);
    mkdirSync(dir);
  }
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Writes all of the text, waiting when a non-blocking pipe is full. The string is written as it is
 * (no Buffer copy) unless the pipe takes only part of it. Errors are thrown as the system gives them.
 */
export function writeFully(fd: number, text: string | Uint8Array): void {
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
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') pause(2);
      else throw err;
    }
  }
}

/** Writes into a device, FIFO or socket as it is (never replacing it); a FIFO no one reads fails at once. */
export function writeThrough(path: string, text: string): void {
  const fd = openSync(path, constants.O_WRONLY | NONBLOCK);
  try {
    writeFully(fd, text);
  } finally {
    closeSync(fd);
  }
}
