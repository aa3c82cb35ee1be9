// The filters shared by list, search, pick, tonight and timeline, as named predicates.
import type { FilterSpec, Film } from './types.js';
import { UsageError } from './errors.js';
import { FIRST_YEAR, GENRES, LAST_YEAR, MOODS, type Genre, type Mood } from './vocab.js';
import { nameMatches } from './search.js';

export interface Predicate {
  /** Says what the filter asks for, e.g. "from the 1970s"; reads after "a film …". */
  label: string;
  /** Why a film satisfies it, for --explain. */
  reason: (film: Film) => string;
  test: (film: Film) => boolean;
}

export function emptyFilters(): FilterSpec {
  return { genres: [], excludeGenres: [], moods: [], directors: [], unwatched: false };
}

/** "1970s", "1970" and "70s" all mean 1970–1979. */
export function parseDecade(value: string): { from: number; to: number } {
  const m = /^(\d{2}|\d{4})s?$/.exec(value.trim().toLowerCase());
  let start = m ? Number(m[1]) : NaN;
  if (m && m[1]!.length === 2) start += 1900;
  if (!m || start % 10 !== 0 || start + 9 < FIRST_YEAR || start > LAST_YEAR) {
    throw new UsageError(`--decade must be a decade from the 1920s to the 1990s (1970s, 1970 or 70s), not "${value}".`);
  }
  return { from: start, to: start + 9 };
}

export function parseYear(flag: string, value: string): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value.trim()) || year < 1900 || year > 2100) {
    throw new UsageError(`${flag} must be a year such as 1975, not "${value}".`);
  }
  return year;
}

export function parseMinutes(flag: string, value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n <= 0 || n > 2000) {
    throw new UsageError(`${flag} must be a number of minutes such as 120, not "${value}".`);
  }
  return n;
}

function parseChoice<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  const v = value.trim().toLowerCase() as T;
  if (!allowed.includes(v)) throw new UsageError(`${flag} must be one of: ${allowed.join(', ')} (not "${value}").`);
  return v;
}

export const parseGenre = (flag: string, value: string): Genre => parseChoice(flag, value, GENRES);
export const parseMood = (value: string): Mood => parseChoice('--mood', value, MOODS);

const or = (words: string[]) => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`);

/** Turns a filter spec into predicates; watched ids are needed only for --unwatched. */
export function predicates(spec: FilterSpec, watched: ReadonlySet<string> = new Set()): Predicate[] {
  const out: Predicate[] = [];
  const { from, to } = spec;
  if (from !== undefined || to !== undefined) {
    const lo = from ?? FIRST_YEAR;
    const hi = to ?? LAST_YEAR;
    const label = lo % 10 === 0 && hi === lo + 9 ? `from the ${lo}s` : from === undefined ? `made by ${hi}` : to === undefined ? `made from ${lo} on` : `made ${lo}–${hi}`;
    out.push({ label, reason: (f) => `${f.year} is ${label.replace(/^made /, '')}`, test: (f) => f.year >= lo && f.year <= hi });
  }
  if (spec.genres.length > 0) {
    out.push({
      label: `of genre ${or(spec.genres)}`,
      reason: (f) => `genre: ${f.genres.filter((g) => spec.genres.includes(g)).join(', ')}`,
      test: (f) => f.genres.some((g) => spec.genres.includes(g)),
    });
  }
  if (spec.excludeGenres.length > 0) {
    out.push({
      label: `that is not ${or(spec.excludeGenres)}`,
      reason: () => `not ${or(spec.excludeGenres)}`,
      test: (f) => !f.genres.some((g) => spec.excludeGenres.includes(g)),
    });
  }
  if (spec.moods.length > 0) {
    out.push({
      label: `in a ${or(spec.moods)} mood`,
      reason: (f) => `mood: ${f.moods.filter((m) => spec.moods.includes(m)).join(', ')}`,
      test: (f) => f.moods.some((m) => spec.moods.includes(m)),
    });
  }
  if (spec.directors.length > 0) {
    out.push({
      label: `directed by ${or(spec.directors)}`,
      reason: (f) => `directed by ${f.directors.filter((d) => spec.directors.some((q) => nameMatches(q, d))).join(', ')}`,
      test: (f) => f.directors.some((d) => spec.directors.some((q) => nameMatches(q, d))),
    });
  }
  if (spec.minRuntime !== undefined) {
    const min = spec.minRuntime;
    out.push({ label: `at least ${min} minutes long`, reason: (f) => `${f.runtimeMinutes} min ≥ ${min}`, test: (f) => f.runtimeMinutes !== null && f.runtimeMinutes >= min });
  }
  if (spec.maxRuntime !== undefined) {
    const max = spec.maxRuntime;
    out.push({
      label: `at most ${max} minutes long`,
      reason: (f) => `${f.runtimeMinutes} min fits in ${max}`,
      test: (f) => f.runtimeMinutes !== null && f.runtimeMinutes <= max,
    });
  }
  if (spec.unwatched) {
    out.push({ label: 'you have not watched', reason: () => 'not in your diary', test: (f) => !watched.has(f.id) });
  }
  return out;
}

export function applyFilters(films: readonly Film[], preds: readonly Predicate[]): Film[] {
  return films.filter((f) => preds.every((p) => p.test(f)));
}

/**
 * Names what emptied the list: the shortest run of filters, in the order given, that leaves nothing.
 * "no film from the 1920s is at most 25 minutes long"
 */
export function whyEmpty(films: readonly Film[], preds: readonly Predicate[]): string {
  if (films.length === 0) return 'the catalog is empty';
  let left = films;
  const used: Predicate[] = [];
  for (const p of preds) {
    used.push(p);
    left = left.filter(p.test);
    if (left.length === 0) break;
  }
  if (used.length === 0) return 'no film fits';
  const last = used.at(-1)!;
  const rest = used.slice(0, -1).map((p) => p.label);
  return `no film ${[...rest, last.label].join(', ')}`.replace(/, ([^,]*)$/, ' and $1');
}
