// The filters shared by list, search, pick, tonight and timeline, as named predicates.
import type { FilterSpec, FilmSummary } from './types.js';
import type { Messages, Text } from '../i18n.js';
import { UsageError } from './errors.js';
import { parseWhole, readValue } from './values.js';
import { FIRST_YEAR, GENRE_LABELS, GENRES, LAST_YEAR, MOOD_LABELS, MOODS, type Genre, type Mood } from './vocab.js';
import { names } from './bilingual.js';
import { nameMatches } from './search/similarity.js';
import { echo } from './search/normalize.js';

export interface Predicate {
  /** Says what the filter asks for, e.g. "from the 1970s"; reads after "no film …". */
  label: Text;
  /** Why a film satisfies it, for --explain. */
  reason: (film: FilmSummary) => Text;
  test: (film: FilmSummary) => boolean;
}

export function emptyFilters(): FilterSpec {
  return { genres: [], excludeGenres: [], moods: [], directors: [], unwatched: false };
}

/** "1970s", "1970" and "70s" all mean 1970–1979. */
export function parseDecade(value: string): { from: number; to: number } {
  const m = /^(\d{2}|\d{4})s?$/.exec(readValue(value).toLowerCase());
  let start = m ? Number(m[1]) : NaN;
  if (m && m[1]!.length === 2) start += 1900;
  if (!m || start % 10 !== 0 || start + 9 < FIRST_YEAR || start > LAST_YEAR) {
    throw new UsageError((m) => m.errors.badDecade(value));
  }
  return { from: start, to: start + 9 };
}

export const parseYear = (flag: string, value: string): number => parseWhole(flag, value, 1900, 2100);

export const parseMinutes = (flag: string, value: string): number => parseWhole(flag, value, 1, 2000);

function parseChoice<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  const v = readValue(value).toLowerCase() as T;
  if (!allowed.includes(v)) throw new UsageError((m) => m.errors.badChoice(flag, allowed, value));
  return v;
}

export const parseGenre = (flag: string, value: string): Genre => parseChoice(flag, value, GENRES);
export const parseMood = (value: string): Mood => parseChoice('--mood', value, MOODS);

/** "a, b or c" in the message language. */
const or = (m: Messages, words: readonly string[]) => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ${m.filters.or} ${words.at(-1)}`);

/** Turns a filter spec into predicates; watched ids are needed only for --unwatched. */
export function predicates(spec: FilterSpec, watched: ReadonlySet<string> = new Set()): Predicate[] {
  const out: Predicate[] = [];
  const { from, to } = spec;
  if (from !== undefined || to !== undefined) {
    const lo = from ?? FIRST_YEAR;
    const hi = to ?? LAST_YEAR;
    const label: Text = (m) =>
      lo % 10 === 0 && hi === lo + 9 ? m.filters.decade(lo) : from === undefined ? m.filters.until(hi) : to === undefined ? m.filters.since(lo) : m.filters.between(lo, hi);
    // Either year counts: the release, or the year it was made (SPEC §3).
    const within = (y: number | null) => y !== null && y >= lo && y <= hi;
    out.push({ label, reason: (f) => (m) => m.filters.yearIs(within(f.year) ? f.year : f.productionYear!, label(m)), test: (f) => within(f.year) || within(f.productionYear) });
  }
  if (spec.genres.length > 0) {
    out.push({
      label: (m) => m.filters.genre(or(m, spec.genres.map((g) => GENRE_LABELS[g][m.lang]))),
      reason: (f) => (m) => m.filters.genreIs(f.genres.filter((g) => spec.genres.includes(g)).map((g) => GENRE_LABELS[g][m.lang]).join(', ')),
      test: (f) => f.genres.some((g) => spec.genres.includes(g)),
    });
  }
  if (spec.excludeGenres.length > 0) {
    out.push({
      label: (m) => m.filters.notGenre(or(m, spec.excludeGenres.map((g) => GENRE_LABELS[g][m.lang]))),
      reason: () => (m) => m.filters.notIs(or(m, spec.excludeGenres.map((g) => GENRE_LABELS[g][m.lang]))),
      test: (f) => !f.genres.some((g) => spec.excludeGenres.includes(g)),
    });
  }
  if (spec.moods.length > 0) {
    out.push({
      label: (m) => m.filters.mood(or(m, spec.moods.map((x) => MOOD_LABELS[x][m.lang]))),
      reason: (f) => (m) => m.filters.moodIs(f.moods.filter((x) => spec.moods.includes(x)).map((x) => MOOD_LABELS[x][m.lang]).join(', ')),
      test: (f) => f.moods.some((x) => spec.moods.includes(x)),
    });
  }
  if (spec.directors.length > 0) {
    // Either spelling matches: "ryazanov", "Рязанов".
    const directs = (f: FilmSummary) => f.directors.filter((d) => spec.directors.some((q) => nameMatches(q, d.en) || (d.ru !== null && nameMatches(q, d.ru))));
    out.push({
      // Typed names are echoed cut short, like every value a message repeats.
      label: (m) => m.filters.director(or(m, spec.directors.map(echo))),
      reason: (f) => (m) => m.filters.directorIs(names(directs(f), m.lang)),
      test: (f) => directs(f).length > 0,
    });
  }
  if (spec.minRuntime !== undefined) {
    const min = spec.minRuntime;
    out.push({
      label: (m) => m.filters.atLeast(min),
      reason: (f) => (m) => m.filters.longEnough(f.runtimeMinutes ?? 0, min),
      test: (f) => f.runtimeMinutes !== null && f.runtimeMinutes >= min,
    });
  }
  if (spec.maxRuntime !== undefined) {
    const max = spec.maxRuntime;
    out.push({
      label: (m) => m.filters.atMost(max),
      reason: (f) => (m) => m.filters.fits(f.runtimeMinutes ?? 0, max),
      test: (f) => f.runtimeMinutes !== null && f.runtimeMinutes <= max,
    });
  }
  if (spec.unwatched) {
    out.push({ label: (m) => m.filters.unwatched, reason: () => (m) => m.filters.notInDiary, test: (f) => !watched.has(f.id) });
  }
  return out;
}

export function applyFilters<F extends FilmSummary>(films: readonly F[], preds: readonly Predicate[]): F[] {
  return films.filter((f) => preds.every((p) => p.test(f)));
}

/**
 * Names what emptied the list: the shortest run of filters, in the order given, that leaves nothing.
 * "no film from the 1920s and at most 25 minutes long"
 */
export function whyEmpty(films: readonly FilmSummary[], preds: readonly Predicate[]): Text {
  if (films.length === 0) return (m) => m.filters.catalogEmpty;
  let left = films;
  const used: Predicate[] = [];
  for (const p of preds) {
    used.push(p);
    left = left.filter(p.test);
    if (left.length === 0) break;
  }
  return (m) => {
    const labels = used.map((p) => p.label(m));
    const last = labels.pop() ?? '';
    return m.filters.noFilm(labels.length > 0 ? `${labels.join(', ')} ${m.filters.and} ${last}` : last);
  };
}
