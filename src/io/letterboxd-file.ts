// Reads what Letterboxd's "export your data" gives — its ZIP, or one of its CSV files — as tables,
// refusing anything else (a FIFO, a directory, a huge file, a ZIP bomb) before reading it.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { DataError } from '../core/errors.js';
import { KINDS } from '../core/letterboxd.js';
import type { Text } from '../i18n.js';
import { explainErrno } from './errno.js';

/** One CSV file, parsed: its name (for messages and telling the four apart) and its rows, header first. */
export interface Table {
  name: string;
  rows: string[][];
}

/**
 * Letterboxd's whole export is a few MB even for a heavy user; these limits leave a wide margin
 * and keep a hostile file from costing more than a moment and a bounded amount of memory.
 */
export const LIMITS = {
  fileBytes: 64 * 1024 * 1024,
  entries: 10_000,
  entryBytes: 32 * 1024 * 1024,
  totalBytes: 64 * 1024 * 1024,
  /** CSV text compresses about 5:1; a far higher ratio on a large entry is a bomb. */
  ratio: 100,
  ratioFrom: 1024 * 1024,
} as const;

const bad = (text: Text) => new DataError(text);

/** The file's bytes, once it is known to be a regular file of a sane size (a FIFO is never read). */
function readBytes(path: string): Buffer {
  let fd: number;
  try {
    // Non-blocking, so opening a FIFO with no writer returns at once instead of hanging.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const why = explainErrno(err);
    throw bad((m) => m.lists.unreadable(path, why(m)));
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw bad((m) => m.lists.unreadable(path, m.errors.why.isDirectory));
    if (!st.isFile()) throw bad((m) => m.lists.notRegular(path));
    if (st.size > LIMITS.fileBytes) throw bad((m) => m.lists.tooBig(path, st.size, LIMITS.fileBytes));
    const buf = Buffer.alloc(st.size);
    let got = 0;
    while (got < st.size) {
      const n = readSync(fd, buf, got, st.size - got, got);
      if (n === 0) break;
      got += n;
    }
    return buf.subarray(0, got);
  } catch (err) {
    if (err instanceof DataError) throw err;
    const why = explainErrno(err);
    throw bad((m) => m.lists.unreadable(path, why(m)));
  } finally {
    closeSync(fd);
  }
}

/** UTF-8 text, or a data error: a binary file is not a CSV. */
function text(bytes: Uint8Array, name: string): string {
  try {
    const t = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (t.includes('\u0000')) throw new Error('binary');
    return t;
  } catch {
    throw bad((m) => m.lists.notCsv(name));
  }
}

/** RFC 4180 CSV by csv-parse: quoted fields with commas, quotes and newlines inside titles. */
function parseCsv(source: string, name: string): string[][] {
  // Loaded only on the import path; it stays out of the bundle (scripts/build.mjs).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parse } = require('csv-parse/sync') as typeof import('csv-parse/sync');
  try {
    return parse(source, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw bad((m) => m.lists.badCsv(name, line ?? null));
  }
}

/** The entry path of one of the four files: at the top of the ZIP (or in one folder above them). */
function wanted(fileName: string): boolean {
  const parts = fileName.split('/');
  const file = parts.at(-1)!.toLowerCase();
  return parts.length <= 2 && KINDS.some((k) => file === `${k}.csv`) && !['deleted', 'orphaned', 'likes', 'lists'].includes(parts[0]!.toLowerCase());
}

/** The four CSV files of a Letterboxd ZIP, read with yauzl, every size checked before and while inflating. */
async function readZip(bytes: Buffer, path: string): Promise<Table[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const yauzl = require('yauzl') as typeof import('yauzl');
  const notZip = () => bad((m) => m.lists.badZip(path));
  const bomb = () => bad((m) => m.lists.zipBomb(path));
  let zip: import('yauzl').ZipFile;
  try {
    // validateEntrySizes: an entry that inflates past its declared size is an error, not more memory.
    zip = await yauzl.fromBufferPromise(bytes, { validateEntrySizes: true, strictFileNames: false });
  } catch {
    throw notZip();
  }
  if (zip.entryCount > LIMITS.entries) throw bomb();
  const tables: Table[] = [];
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (!wanted(entry.fileName)) continue;
      if (entry.isEncrypted() || !entry.canDecodeFileData()) throw notZip();
      const size = entry.uncompressedSize;
      total += size;
      const ratio = size / Math.max(1, entry.compressedSize);
      if (size > LIMITS.entryBytes || total > LIMITS.totalBytes || (size > LIMITS.ratioFrom && ratio > LIMITS.ratio)) throw bomb();
      const chunks: Buffer[] = [];
      let got = 0;
      for await (const chunk of await zip.openReadStreamPromise(entry)) {
        got += (chunk as Buffer).length;
        if (got > size) throw bomb();
        chunks.push(chunk as Buffer);
      }
      const name = basename(entry.fileName);
      tables.push({ name, rows: parseCsv(text(Buffer.concat(chunks), name), name) });
    }
  } catch (err) {
    if (err instanceof DataError) throw err;
    // yauzl's "too many bytes in the stream" is an entry lying about its size.
    throw /too many bytes|exceeds|size/i.test((err as Error).message) ? bomb() : notZip();
  } finally {
    zip.close();
  }
  if (tables.length === 0) throw bad((m) => m.lists.noLetterboxdFiles(path));
  return tables;
}

const ZIP_MAGIC = [Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.from('PK\u0005\u0006', 'latin1')];

/** The tables of a Letterboxd export: the ZIP's four files, or one CSV file. */
export async function readLetterboxd(path: string): Promise<Table[]> {
  const bytes = readBytes(path);
  if (ZIP_MAGIC.some((magic) => bytes.subarray(0, 4).equals(magic))) return readZip(bytes, path);
  if (bytes.subarray(0, 2).toString('latin1') === 'PK') throw bad((m) => m.lists.badZip(path));
  return [{ name: path, rows: parseCsv(text(bytes, path), path) }];
}
