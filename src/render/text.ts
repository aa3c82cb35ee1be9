// Small text helpers for renderers: safe cells, widths, truncation and wrapping.
import { stripControl } from '../core/search/normalize.js';

const NARROW_ONLY = /^[\u0000-\u02ff\u0370-\u052f\u1e00-\u1fff\u2000-\u2bff]*$/;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Display width, counting combining marks as zero and wide (CJK) characters as two. */
export function width(text: string): number {
  // Latin, Cyrillic, Greek and punctuation (nearly every catalog text): one column per character.
  if (NARROW_ONLY.test(text)) return text.length;
  let w = 0;
  for (const ch of text) {
    if (/\p{M}/u.test(ch)) continue;
    w += WIDE.test(ch) ? 2 : 1;
  }
  return w;
}

export function truncate(text: string, max: number): string {
  if (width(text) <= max) return text;
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = width(ch);
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

export function pad(text: string, size: number): string {
  return text + ' '.repeat(Math.max(0, size - width(text)));
}

/** Makes catalog or user text safe for one terminal line or one TSV cell. */
export function cell(text: string | number | null | undefined): string {
  return text === null || text === undefined ? '' : stripControl(String(text));
}

/** Splits a word wider than the line into pieces that fit: the one case where a word is broken. */
function pieces(word: string, room: number): string[] {
  if (width(word) <= room) return [word];
  const out: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece !== '' && width(piece + ch) > room) {
      out.push(piece);
      piece = '';
    }
    piece += ch;
  }
  return piece === '' ? out : [...out, piece];
}

/** Wraps plain (unstyled, already safe) prose to a width, keeping words whole where they fit. */
export function wrap(text: string, max: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  const room = Math.max(1, max - width(indent));
  for (const word of text.split(/\s+/).filter(Boolean).flatMap((w) => pieces(w, room))) {
    if (line !== '' && width(line) + 1 + width(word) > max - width(indent)) {
      lines.push(indent + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(indent + line);
  return lines;
}
