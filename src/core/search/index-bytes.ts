// The search index's byte form: postings, and entry columns with them, as the build and the key cache write them.
import type { EntryColumns } from './entries.js';
import type { Postings } from './trigrams.js';

/** Marks the byte form of postings; read back on a machine of the other byte order, it does not match. */
const POSTINGS_MAGIC = 0x534c5031;

/** Postings as bytes (32-bit integers in this machine's order), for the build to write beside the keys. */
export function postingsToBytes(p: Postings): Uint8Array {
  const parts = [Int32Array.of(POSTINGS_MAGIC, p.counts.length, p.ids.length, p.entries.length), p.counts, p.ids, p.start, p.entries];
  const all = new Int32Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return new Uint8Array(all.buffer);
}

/** Postings read back from bytes (views, not copies), or undefined when the bytes are not such. */
export function postingsFromBytes(bytes: Uint8Array): Postings | undefined {
  if (bytes.byteLength < 16 || bytes.byteLength % 4 !== 0) return undefined;
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const all = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
  const [magic, entries, ids, postings] = [all[0]!, all[1]!, all[2]!, all[3]!];
  if (magic !== POSTINGS_MAGIC || all.length !== 4 + entries + ids + ids + 1 + postings) return undefined;
  let at = 4;
  const take = (n: number) => all.subarray(at, (at += n));
  return { counts: take(entries), ids: take(ids), start: take(ids + 1), entries: take(postings) };
}

/** Marks the byte form of entry columns, as postingsToBytes does its own. */
const COLUMNS_MAGIC = 0x534c4331;

/**
 * Entry columns and their postings as bytes: a header (magic, entries), each entry's film, key and
 * weight positions (int32), then the postings as postingsToBytes writes them. The keys and weights
 * themselves are kept beside them as JSON.
 */
export function columnsToBytes({ film, key, weight }: EntryColumns, postings: Postings): Uint8Array {
  const n = film.length;
  const head = new Int32Array(2 + 3 * n);
  head.set([COLUMNS_MAGIC, n]);
  head.set(film, 2);
  head.set(key, 2 + n);
  head.set(weight, 2 + 2 * n);
  const tail = postingsToBytes(postings);
  const all = new Uint8Array(head.byteLength + tail.byteLength);
  all.set(new Uint8Array(head.buffer));
  all.set(tail, head.byteLength);
  return all;
}

/** Columns and postings read back from bytes and their JSON keys and weights, or undefined when they do not fit. */
export function columnsFromBytes(bytes: Uint8Array, keys: string[], weights: number[]): { entries: EntryColumns; postings: Postings } | undefined {
  if (bytes.byteLength < 8 || bytes.byteLength % 4 !== 0) return undefined;
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const all = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
  const n = all[1]!;
  if (all[0] !== COLUMNS_MAGIC || !(n >= 0) || all.length < 2 + 3 * n) return undefined;
  const film = all.subarray(2, 2 + n);
  const key = all.subarray(2 + n, 2 + 2 * n);
  const weighs = all.subarray(2 + 2 * n, 2 + 3 * n);
  for (let e = 0; e < n; e++) if (!(key[e]! >= 0 && key[e]! < keys.length && weighs[e]! >= 0 && weighs[e]! < weights.length && film[e]! >= 0)) return undefined;
  const weight = Uint8Array.from(weighs);
  const postings = postingsFromBytes(aligned.subarray(4 * (2 + 3 * n)));
  return postings && postings.counts.length === n ? { entries: { keys, weights, film, key, weight }, postings } : undefined;
}
