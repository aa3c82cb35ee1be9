// What the title and person search reads: each film's titles and people folded to keys, as columns.
import type { FilmSummary, Person } from '../types.js';
import { searchKey } from './normalize.js';

/** One searchable text of a film: its folded key, and how much a match on it counts. */
export interface Entry {
  film: number;
  key: string;
  weight: number;
}

/**
 * The same entries as columns: each distinct key and weight once, and per entry three numbers.
 * A large catalog's cache is read back as typed arrays, with no object per entry: at 10,000 films
 * that is 70,000 objects fewer, and the garbage collection they would set off.
 */
export interface EntryColumns {
  keys: string[];
  weights: number[];
  /** Per entry: its film's position, its key's position in keys, its weight's in weights. */
  film: Int32Array;
  key: Int32Array;
  weight: Uint8Array;
}

/**
 * Titles outrank people: a query that is both a title word and a surname should find the title
 * first. An alternative title counts a hair less than a main one, which also marks it as such.
 */
export const WEIGHTS = { title: 1, altTitle: 0.99, director: 0.75, cast: 0.65 } as const;
export const isTitle = (weight: number) => weight >= WEIGHTS.altTitle;

/** The entries folded from the films: titles, then directors and cast in both spellings. */
export function fold(films: readonly FilmSummary[]): EntryColumns {
  const keys: string[] = [];
  const keyIds = new Map<string, number>();
  // Names and titles repeat across films; each distinct text is folded once.
  const folded = new Map<string, string>();
  const film: number[] = [];
  const key: number[] = [];
  const weight: number[] = [];
  const weights: number[] = [WEIGHTS.title, WEIGHTS.altTitle, WEIGHTS.director, WEIGHTS.cast];
  for (let i = 0; i < films.length; i++) {
    const f = films[i]!;
    const own = film.length;
    const add = (text: string, w: number) => {
      let k = folded.get(text);
      if (k === undefined) folded.set(text, (k = searchKey(text)));
      if (k === '') return;
      let id = keyIds.get(k);
      if (id === undefined) {
        keyIds.set(k, (id = keys.length));
        keys.push(k);
      }
      // A film's texts that fold alike count once (the first, the weightiest, kept).
      for (let e = own; e < film.length; e++) if (key[e] === id) return;
      film.push(i);
      key.push(id);
      weight.push(weights.indexOf(w));
    };
    // Both spellings of a name: a Cyrillic query meets the Russian one, not just its transliteration.
    const person = (p: Person, w: number) => {
      add(p.en, w);
      if (p.ru !== null) add(p.ru, w);
    };
    add(f.title, WEIGHTS.title);
    add(f.russianTitle, WEIGHTS.title);
    add(f.originalTitle, WEIGHTS.title);
    // The transliteration folds to the Russian title's key by construction (validation checks it).
    for (const t of f.altTitles) add(t, WEIGHTS.altTitle);
    for (const d of f.directors) person(d, WEIGHTS.director);
    for (const c of f.cast) person(c, WEIGHTS.cast);
  }
  return { keys, weights, film: Int32Array.from(film), key: Int32Array.from(key), weight: Uint8Array.from(weight) };
}

/** Entries as objects (the build's JSON, a test's) in columns. */
export function toColumns(entries: readonly Entry[]): EntryColumns {
  const keys: string[] = [];
  const keyIds = new Map<string, number>();
  const weights: number[] = [];
  const columns = { keys, weights, film: new Int32Array(entries.length), key: new Int32Array(entries.length), weight: new Uint8Array(entries.length) };
  entries.forEach((entry, e) => {
    let id = keyIds.get(entry.key);
    if (id === undefined) {
      keyIds.set(entry.key, (id = keys.length));
      keys.push(entry.key);
    }
    let w = weights.indexOf(entry.weight);
    if (w < 0) w = weights.push(entry.weight) - 1;
    columns.film[e] = entry.film;
    columns.key[e] = id;
    columns.weight[e] = w;
  });
  return columns;
}
