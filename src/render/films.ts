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

/** JSON for a person at a terminal: indented. */
export function prettyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** One value as compact JSON, UTF-8: a record of jsonLines. */
export const jsonRecord = (value: unknown): Buffer => Buffer.from(JSON.stringify(value));

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
}

/** An aligned table that fits the terminal width: flexible columns shrink, titles first. */
export function filmsTable(films: readonly FilmSummary[], style: Style, opts: TableOptions): string {
  const rows = films.map((f) => {
    const titles = [cell(f.title), cell(f.russianTitle)];
    if (opts.russianFirst) titles.reverse();
    return [String(f.year), titles[0]!, titles[1]!, cell(names(f.directors, opts.lang ?? 'en')), f.runtimeMinutes === null ? '–' : `${f.runtimeMinutes}′`, cell(f.id)];
  });
  const widths = [4, 0, 0, 0, 4, 0];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i]!, width(c))));
  const gap = 2;
  // Narrow terminals drop the id, then the second title; then the widest flexible column shrinks until rows fit.
  const flexible = [1, 2, 3, 5];
  const show = [true, true, true, true, true, true];
  if (opts.columns < 100) show[5] = false;
  if (opts.columns < 70) show[2] = false;
  const visibleTotal = () => widths.reduce((a, w, i) => a + (show[i] ? w + gap : 0), -gap);
  while (visibleTotal() > opts.columns) {
    const widest = flexible.filter((i) => show[i]).sort((a, b) => widths[b]! - widths[a]!)[0];
    if (widest === undefined || widths[widest]! <= 8) break;
    widths[widest]!--;
  }
  const paint = [style.dim, style.title, style.accent, (t: string) => t, style.dim, style.dim];
  return rows
    .map((r) =>
      r
        .map((c, i) => (show[i] ? paint[i]!(pad(truncate(c, widths[i]!), i === r.length - 1 ? 0 : widths[i]!)) : null))
        .filter((c) => c !== null)
        .join(' '.repeat(gap))
        .trimEnd(),
    )
    .map((line, i) => {
      const note = opts.notes?.[i];
      return note === undefined ? `${line}\n` : `${line}\n${style.dim(`${' '.repeat(4 + gap)}${truncate(cell(note), Math.max(8, opts.columns - 4 - gap))}`)}\n`;
    })
    .join('');
}
