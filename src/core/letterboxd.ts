// Letterboxd's export as data: its CSV tables in, catalog matches and what to add to the diary out.
import type { FilmSummary, Viewing } from './types.js';
import type { SearchIndex } from './search/search-index.js';
import type { Saved } from './watchlist.js';
import { DataError } from './errors.js';
import { isValidDate } from './diary.js';
import { isRating } from './rating.js';
import { searchKey } from './search/normalize.js';

export const KINDS = ['diary', 'watched', 'ratings', 'watchlist'] as const;
export type LetterboxdKind = (typeof KINDS)[number];

/** The columns each file must have (Letterboxd's own names); others, such as Tags, are ignored. */
const REQUIRED: Record<LetterboxdKind, string[]> = {
  diary: ['Name', 'Year', 'Watched Date'],
  watched: ['Date', 'Name', 'Year'],
  ratings: ['Date', 'Name', 'Year', 'Rating'],
  watchlist: ['Date', 'Name', 'Year'],
};

/** One row of any of the four files, read. */
export interface LetterboxdRow {
  kind: LetterboxdKind;
  name: string;
  year: number | null;
  /** Watched Date in diary.csv, else Date (when it was logged, rated or saved). */
  date: string;
  rating: number | null;
  rewatch: boolean;
}

/** Which of the four files this is: by its name, else by its columns; null when it is none of them. */
export function kindOf(fileName: string, header: readonly string[]): LetterboxdKind | null {
  const base = /([^/\\]*?)(?:\s*\(\d+\))?\.csv$/i.exec(fileName)?.[1]?.toLowerCase();
  const named = KINDS.find((k) => k === base);
  const has = (c: string) => header.includes(c);
  if (named) return REQUIRED[named].every(has) ? named : null;
  if (REQUIRED.diary.every(has)) return 'diary';
  if (REQUIRED.ratings.every(has)) return 'ratings';
  if (REQUIRED.watched.every(has)) return 'watched';
  return null;
}

/** A table (header first) as rows; rows whose date or rating cannot be read are counted, not guessed. */
export function readTable(file: string, table: readonly (readonly string[])[]): { rows: LetterboxdRow[]; unreadable: number } {
  const header = (table[0] ?? []).map((c) => c.trim());
  const kind = kindOf(file, header);
  if (!kind) throw new DataError((m) => m.lists.notLetterboxd(file));
  const col = (name: string) => header.indexOf(name);
  const [name, year, date, watched, rating, rewatch] = ['Name', 'Year', 'Date', 'Watched Date', 'Rating', 'Rewatch'].map(col) as number[] as [number, number, number, number, number, number];
  const rows: LetterboxdRow[] = [];
  let unreadable = 0;
  for (const cells of table.slice(1)) {
    const get = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
    const day = kind === 'diary' ? get(watched) || get(date) : get(date);
    const stars = get(rating) === '' ? null : Number(get(rating));
    if (get(name) === '' || !isValidDate(day) || (stars !== null && !isRating(stars))) {
      unreadable++;
      continue;
    }
    const y = get(year);
    rows.push({ kind, name: get(name), year: /^\d{4}$/.test(y) ? Number(y) : null, date: day, rating: stars, rewatch: /^(yes|true)$/i.test(get(rewatch)) });
  }
  return { rows, unreadable };
}

/** "Love & Pigeons" and "Love and Pigeons" are one title. */
const titleKey = (text: string) => searchKey(text.replace(/&/g, ' and '));

/** Every title of a film as a key: title, Russian, original, transliteration and the alternatives. */
function titleKeys(film: FilmSummary): string[] {
  return [film.title, film.russianTitle, film.originalTitle, film.transliteration, ...film.altTitles].map(titleKey).filter((k) => k !== '');
}

/** Letterboxd gives TMDb's release year, which can differ from ours (or from the year it was made) by one. */
export function yearFits(film: FilmSummary, year: number): boolean {
  return Math.abs(film.year - year) <= 1 || (film.productionYear !== null && Math.abs(film.productionYear - year) <= 1);
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

/** How alike two keys are, 0–1: one minus the edit distance over the longer length. */
export function similarity(a: string, b: string): number {
  return a === b ? 1 : 1 - distance(a, b) / Math.max(a.length, b.length);
}

/**
 * Strict on purpose: a wrong film in someone's diary is worse than a film left out. "Three Poplars
 * on Plyushchikha" for "…in Plyushchikha" passes; "Circus" for "Cirque" does not.
 */
export const STRICT = 0.85;

export type Match<F> = { film: F; ambiguous: false } | { film: null; ambiguous: boolean };

/**
 * Matches a Letterboxd name and year to one catalog film: an exact title (any of them, folded)
 * first, then the fuzzy search, kept only when a title is nearly the same. None, or more than one
 * film, is no match: never a guess.
 */
export function matchFilm<F extends FilmSummary>(index: SearchIndex<F>, name: string, year: number | null): Match<F> {
  if (year === null) return { film: null, ambiguous: false };
  const keys = [...new Set([searchKey(name), titleKey(name)])].filter((k) => k !== '');
  if (keys.length === 0) return { film: null, ambiguous: false };
  const exact = [...new Set(keys.flatMap((k) => index.filmsTitled(k)))].filter((f) => yearFits(f, year));
  if (exact.length === 1) return { film: exact[0]!, ambiguous: false };
  if (exact.length > 1) return { film: null, ambiguous: true };
  const key = titleKey(name);
  const close = [...new Set(index.search(name).map((h) => h.film))].filter((f) => yearFits(f, year) && titleKeys(f).some((k) => similarity(key, k) >= STRICT));
  return close.length === 1 ? { film: close[0]!, ambiguous: false } : { film: null, ambiguous: close.length > 1 };
}

export interface NewViewing<F> {
  film: F;
  watchedOn: string;
  rating: number | null;
  rewatch: boolean;
}

export interface NewSaved<F> {
  film: F;
  addedOn: string;
}

export interface ImportPlan<F> {
  /** Distinct catalog films the file names. */
  films: F[];
  viewings: NewViewing<F>[];
  saved: NewSaved<F>[];
  /** Rows whose viewing or watchlist entry the diary already has. */
  already: number;
  /** Distinct other films (by name and year), of which `ambiguous` matched more than one film. */
  skipped: number;
  ambiguous: number;
  /** Rows without a name, a real date, or a rating on Letterboxd's scale. */
  unreadable: number;
}

const ORDER: Record<LetterboxdKind, number> = { diary: 0, watched: 1, ratings: 2, watchlist: 3 };

/**
 * What an import adds. A viewing is the same when film and date match, so importing a file twice
 * adds nothing the second time. watched.csv adds a viewing only for a film the diary lacks;
 * ratings.csv fills the rating of an imported viewing that has none.
 */
export function planImport<F extends FilmSummary>(index: SearchIndex<F>, rows: readonly LetterboxdRow[], diary: { viewings: readonly Viewing[]; watchlist: readonly Saved[] }): ImportPlan<F> {
  const plan: ImportPlan<F> = { films: [], viewings: [], saved: [], already: 0, skipped: 0, ambiguous: 0, unreadable: 0 };
  const had = new Set(diary.viewings.map((v) => `${v.id} ${v.watchedOn}`));
  const hadFilm = new Set(diary.viewings.map((v) => v.id));
  const hadSaved = new Set(diary.watchlist.map((s) => s.id));
  const found = new Set<F>();
  const others = new Map<string, boolean>();
  const matches = new Map<string, Match<F>>();
  const planned = (film: F) => plan.viewings.filter((v) => v.film === film);
  for (const row of [...rows].sort((a, b) => ORDER[a.kind] - ORDER[b.kind])) {
    const at = `${row.name}\u0000${row.year}`;
    let match = matches.get(at);
    if (!match) matches.set(at, (match = matchFilm(index, row.name, row.year)));
    if (match.film === null) {
      others.set(at, match.ambiguous);
      continue;
    }
    const film = match.film;
    found.add(film);
    if (row.kind === 'watchlist') {
      if (hadSaved.has(film.id)) plan.already++;
      else if (!plan.saved.some((s) => s.film === film)) plan.saved.push({ film, addedOn: row.date });
    } else if (row.kind === 'diary') {
      if (had.has(`${film.id} ${row.date}`)) plan.already++;
      else if (!planned(film).some((v) => v.watchedOn === row.date)) plan.viewings.push({ film, watchedOn: row.date, rating: row.rating, rewatch: row.rewatch });
    } else if (row.kind === 'watched') {
      if (hadFilm.has(film.id)) plan.already++;
      else if (planned(film).length === 0) plan.viewings.push({ film, watchedOn: row.date, rating: null, rewatch: false });
    } else {
      const unrated = planned(film).filter((v) => v.rating === null).sort((a, b) => (a.watchedOn < b.watchedOn ? 1 : -1))[0];
      if (unrated) unrated.rating = row.rating;
      else if (planned(film).length > 0) continue;
      else if (hadFilm.has(film.id)) plan.already++;
      else plan.viewings.push({ film, watchedOn: row.date, rating: row.rating, rewatch: false });
    }
  }
  plan.films = [...found];
  plan.skipped = others.size;
  plan.ambiguous = [...others.values()].filter(Boolean).length;
  plan.viewings.sort((a, b) => (a.watchedOn < b.watchedOn ? -1 : a.watchedOn > b.watchedOn ? 1 : 0));
  return plan;
}
