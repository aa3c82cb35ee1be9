// Turns diary rows into export files: Letterboxd's import CSV, a plain CSV, or JSON.
import type { Viewing } from './types.js';

export const EXPORT_FORMATS = ['letterboxd', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRow extends Omit<Viewing, 'rewatch'> {
  imdb: string | null;
  title: string;
  russianTitle: string | null;
  year: number | null;
  directors: string[];
  rewatch: boolean;
}

/** RFC 4180 quoting; a leading = + - @ is prefixed so spreadsheets do not run it as a formula. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: string[], rows: (string | number | boolean | null)[][]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * Letterboxd's documented import columns (https://letterboxd.com/about/importing-data/):
 * Title, Year, imdbID (so Letterboxd matches the film exactly; empty where the catalog has none),
 * Directors (what it matches on without one), WatchedDate (YYYY-MM-DD), Rating (0.5–5 in half
 * stars), Rewatch (true/false). Each viewing is one diary entry; a second viewing is a Rewatch.
 */
export function toLetterboxd(rows: readonly ExportRow[]): string {
  return csv(
    ['Title', 'Year', 'imdbID', 'Directors', 'WatchedDate', 'Rating', 'Rewatch'],
    rows.map((r) => [r.title, r.year, r.imdb, r.directors.join(', '), r.watchedOn, r.rating, r.rewatch]),
  );
}

/** A film on the watchlist, for export. */
export interface WatchlistRow {
  id: string;
  title: string;
  russianTitle: string | null;
  year: number | null;
  imdb: string | null;
  directors: string[];
  addedOn: string;
}

/** Letterboxd's watchlist import takes the same columns, without the viewing's. */
export function watchlistToLetterboxd(rows: readonly WatchlistRow[]): string {
  return csv(['Title', 'Year', 'imdbID', 'Directors'], rows.map((r) => [r.title, r.year, r.imdb, r.directors.join(', ')]));
}

export function watchlistToCsv(rows: readonly WatchlistRow[]): string {
  return csv(['addedOn', 'id', 'title', 'russianTitle', 'year', 'imdbID'], rows.map((r) => [r.addedOn, r.id, r.title, r.russianTitle, r.year, r.imdb]));
}

/** The watchlist JSON export's records: { id, title, year, addedOn }. */
export function watchlistJsonRows(rows: readonly WatchlistRow[]): object[] {
  return rows.map(({ id, title, year, addedOn }) => ({ id, title, year, addedOn }));
}

export function watchlistToJson(rows: readonly WatchlistRow[]): string {
  return `${JSON.stringify(watchlistJsonRows(rows), null, 2)}\n`;
}

export const WATCHLIST_EXPORTERS: Record<ExportFormat, (rows: readonly WatchlistRow[]) => string> = {
  letterboxd: watchlistToLetterboxd,
  csv: watchlistToCsv,
  json: watchlistToJson,
};

export function toCsv(rows: readonly ExportRow[]): string {
  return csv(
    ['watchedOn', 'id', 'title', 'russianTitle', 'year', 'rating', 'rewatch'],
    rows.map((r) => [r.watchedOn, r.id, r.title, r.russianTitle, r.year, r.rating, r.rewatch]),
  );
}

/** The JSON export's records: { id, title, year, watchedOn, rating, rewatch }. */
export function jsonRows(rows: readonly ExportRow[]): object[] {
  return rows.map(({ id, title, year, watchedOn, rating, rewatch }) => ({ id, title, year, watchedOn, rating, rewatch }));
}

export function toJson(rows: readonly ExportRow[]): string {
  return `${JSON.stringify(jsonRows(rows), null, 2)}\n`;
}

export const EXPORTERS: Record<ExportFormat, (rows: readonly ExportRow[]) => string> = {
  letterboxd: toLetterboxd,
  csv: toCsv,
  json: toJson,
};
