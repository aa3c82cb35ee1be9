// Renders lists of films: an aligned table for terminals, TSV for pipes, JSON for scripts.
import type { FilmSummary, Lang } from '../core/types.js';
import { names } from '../core/bilingual.js';
import { plainStyle, type Style } from './style.js';
import { cell, pad, truncate, width } from './text.js';

/**
 * SPEC §4 piped form: id, year, title, russianTitle, directors, runtimeMinutes; colour only if
 * forced. Both titles, and directors in English whatever the locale, so a script's output does not
 * change with the language of the machine it runs on.
 */
export function filmsTsv(films: readonly FilmSummary[], style: Style = plainStyle): string {
  return films
    .map((f) => [f.id, f.year, f.title, f.russianTitle, names(f.directors, 'en'), f.runtimeMinutes].map(cell).map((c, i) => (i === 2 ? style.title(c) : c)).join('\t') + '\n')
    .join('');
}

// eslint-disable-next-line no-control-regex
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON with every character a terminal could act on escaped: JSON.stringify escapes C0 controls
 * but leaves C1 controls, the line separators and bidirectional overrides raw. Still the same data.
 */
export function safeJson(value: unknown, indent?: number): string {
  const text = JSON.stringify(value, null, indent);
  // search(), not test(): a global pattern's test() would carry lastIndex over to the next call.
  return text.search(JSON_UNSAFE) >= 0 ? text.replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : text;
}

/** JSON for a person at a terminal: indented. */
export function prettyJson(value: unknown): string {
  return `${safeJson(value, 2)}\n`;
}

/** One value as compact JSON, UTF-8: a record of jsonLines. */
export const jsonRecord = (value: unknown): Buffer => Buffer.from(safeJson(value));

/**
 * JSON for scripts: one array, a record per line, so `grep` and `head -n` still work on it. Built
 * from bytes: the bundled catalog's films come as their records in the build's copy, never parsed.
 */
export function jsonLines(records: readonly Uint8Array[]): Buffer {
  if (records.length === 0) return Buffer.from('[]\n');
  const parts: Uint8Array[] = [Buffer.from('[\n')];
  records.forEach((r, i) => parts.push(...(i > 0 ? [Buffer.from(',\n'), r] : [r])));
  parts.push(Buffer.from('\n]\n'));
  return Buffer.concat(parts);
}

export interface TableOptions {
  columns: number;
  russianFirst?: boolean;
  lang?: Lang;
  /** A line under a film's row (search: why a story hit matched), already in the reader's language. */
  notes?: readonly (string | undefined)[];
  /** Column headings: year, title, the other title, directors, runtime, id. */
  headings?: readonly string[];
}

/**
 * An aligned table that fits the terminal width, under a row of headings. The id is never cut or
 * dropped (it is what `show` and `watched` take); the second title, then the directors make room
 * first, then the runtime, then the title shrinks. Where even that does not fit, each film is its
 * title and year, then its id on a line of its own.
 */
export function filmsTable(films: readonly FilmSummary[], style: Style, opts: TableOptions): string {
  const rows = films.map((f) => {
    const titles = [cell(f.title), cell(f.russianTitle)];
    if (opts.russianFirst) titles.reverse();
    return [String(f.year), titles[0]!, titles[1]!, cell(names(f.directors, opts.lang ?? 'en')), f.runtimeMinutes === null ? '–' : `${f.runtimeMinutes}′`, cell(f.id)];
  });
  const all = opts.headings ? [[...opts.headings], ...rows] : rows;
  const widths = [0, 0, 0, 0, 0, 0];
  for (const r of all) r.forEach((c, i) => (widths[i] = Math.max(widths[i]!, width(c))));
  const gap = 2;
  const show = [true, true, true, true, true, true];
  const visibleTotal = () => widths.reduce((a, w, i) => a + (show[i] ? w + gap : 0), -gap);
  for (const drop of [2, 3, 4]) if (visibleTotal() > opts.columns) show[drop] = false;
  while (visibleTotal() > opts.columns && widths[1]! > 8) widths[1]!--;
  if (visibleTotal() > opts.columns) {
    return rows.map((r) => `${style.title(truncate(r[1]!, Math.max(1, opts.columns - 7)))} ${style.dim(r[0]!)}\n  ${style.dim(r[5]!)}\n`).join('');
  }
  const paint = [style.dim, style.title, style.accent, (t: string) => t, style.dim, style.dim];
  const line = (r: string[], colour: (i: number) => (t: string) => string) =>
    r
      .map((c, i) => (show[i] ? colour(i)(pad(truncate(c, widths[i]!), i === r.length - 1 ? 0 : widths[i]!)) : null))
      .filter((c) => c !== null)
      .join(' '.repeat(gap))
      .trimEnd() + '\n';
  const head = opts.headings ? line([...opts.headings], () => style.bold) : '';
  // A story hit's note goes on a line of its own under its row.
  const note = (i: number) => {
    const text = opts.notes?.[i];
    return text === undefined ? '' : `${style.dim(`${' '.repeat(4 + gap)}${truncate(cell(text), Math.max(8, opts.columns - 4 - gap))}`)}\n`;
  };
  return head + rows.map((r, i) => line(r, (c) => paint[c]!) + note(i)).join('');
}
