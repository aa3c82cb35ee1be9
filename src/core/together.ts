// Two people, one film: both sets of answers and the films in; an offer of three with reasons, then the strikes.
import type { FilmSummary } from './types.js';
import type { Text } from '../i18n.js';
import { MOOD_LABELS, type Mood } from './vocab.js';

/** The time question's answers, as in `tonight`: no limit, a limit in minutes, or a long evening. */
export type TimeAnswer = 'any' | '90' | '120' | '150' | 'long';

export interface Person {
  /** What they asked to be called, already made safe; null when they skipped the question. */
  name: string | null;
  /** Any of these will do for them; empty means any mood. */
  moods: Mood[];
  time: TimeAnswer;
}

/** The era, asked once for both: release (or production) years, either bound open. */
export interface Era {
  from?: number;
  to?: number;
}

/** A long evening asks for a film longer than 2½ h, as in `tonight`. */
export const LONG_FILM_MIN = 151;
const LIMITS: Record<TimeAnswer, number> = { any: Infinity, '90': 90, '120': 120, '150': 150, long: Infinity };

/**
 * The time both have: the shorter limit wins. A long evening is a wish for a long film, kept only
 * when the other person has no limit either (who has less time decides).
 */
export function sharedTime(a: TimeAnswer, b: TimeAnswer): { min: number; max: number } {
  const max = Math.min(LIMITS[a], LIMITS[b]);
  const long = (a === 'long' || b === 'long') && max === Infinity;
  return { min: long ? LONG_FILM_MIN : 0, max };
}

/** What an offered film keeps of the answers, or gives up; rendered by describe(). */
export type Point =
  | { kind: 'moods'; matched: { mood: Mood; by: (0 | 1)[] }[] }
  | { kind: 'notMood'; has: Mood[]; wanted: Mood[] }
  | { kind: 'under'; max: number }
  | { kind: 'over'; runtime: number; max: number }
  | { kind: 'long'; min: number }
  | { kind: 'short'; runtime: number; min: number }
  | { kind: 'unknownRuntime' }
  | { kind: 'era'; era: Era }
  | { kind: 'notEra'; year: number; era: Era };

export interface Offered<F extends FilmSummary> {
  film: F;
  /** True when it fits both people's answers; false for a compromise. */
  fitsBoth: boolean;
  keeps: Point[];
  gives: Point[];
}

/** How far a film is from the answers: what it gives up, and a cost that orders compromises. */
function judge(film: FilmSummary, people: readonly [Person, Person], era: Era): { keeps: Point[]; gives: Point[]; cost: number; bothMoods: boolean } {
  const keeps: Point[] = [];
  const gives: Point[] = [];
  let cost = 0;
  // Moods: the film fits when it has a mood either person named (SPEC §9); a person who said
  // "any" names none and so narrows nothing.
  const wanted = [...new Set(people.flatMap((p) => p.moods))];
  const matched = film.moods
    .map((mood) => ({ mood, by: ([0, 1] as const).filter((i) => people[i].moods.includes(mood)) }))
    .filter((x) => x.by.length > 0);
  const named = people.filter((p) => p.moods.length > 0).length;
  const bothMoods = named === 0 || ([0, 1] as const).every((i) => people[i].moods.length === 0 || matched.some((x) => x.by.includes(i)));
  if (wanted.length > 0) {
    if (matched.length > 0) keeps.push({ kind: 'moods', matched });
    else {
      gives.push({ kind: 'notMood', has: [...film.moods], wanted });
      cost += 2;
    }
  }
  const { min, max } = sharedTime(people[0].time, people[1].time);
  const runtime = film.runtimeMinutes;
  if (min > 0 || max < Infinity) {
    if (runtime === null) {
      gives.push({ kind: 'unknownRuntime' });
      cost += 2;
    } else if (runtime > max) {
      gives.push({ kind: 'over', runtime, max });
      cost += 1 + (runtime - max) / 30;
    } else if (runtime < min) {
      gives.push({ kind: 'short', runtime, min });
      cost += 1 + (min - runtime) / 30;
    } else keeps.push(max < Infinity ? { kind: 'under', max } : { kind: 'long', min });
  }
  if (era.from !== undefined || era.to !== undefined) {
    const lo = era.from ?? -Infinity;
    const hi = era.to ?? Infinity;
    const years = [film.year, film.productionYear].filter((y): y is number => y !== null);
    if (years.some((y) => y >= lo && y <= hi)) keeps.push({ kind: 'era', era });
    else {
      gives.push({ kind: 'notEra', year: film.year, era });
      cost += 1 + Math.min(...years.map((y) => (y < lo ? lo - y : y - hi))) / 10;
    }
  }
  return { keeps, gives, cost, bothMoods };
}

/**
 * The films to offer two people who share one diary: those neither has marked watched, which on
 * one machine means those not in its diary; every film when they ask for watched ones too.
 */
export function leaveOutWatched<F extends { id: string }>(films: readonly F[], watched: ReadonlySet<string>, includeWatched: boolean): F[] {
  return includeWatched ? [...films] : films.filter((f) => !watched.has(f.id));
}

/** A copy in random order: the order ties are broken in, so a seed gives the same offer. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Up to `size` films for two: those that fit both answers first (films with a mood of each
 * person before films with a mood of one), then, when fewer fit, the closest compromises: fewest
 * things given up, then least far off. The films given are the pool already (filters from the
 * command line applied, and the diary's films left out unless asked).
 */
export function offer<F extends FilmSummary>(films: readonly F[], people: readonly [Person, Person], era: Era, random: () => number, size = 3): Offered<F>[] {
  const judged = shuffled(films, random).map((film) => ({ film, ...judge(film, people, era) }));
  const fit = judged.filter((j) => j.gives.length === 0);
  const closest = judged.filter((j) => j.gives.length > 0).sort((a, b) => a.gives.length - b.gives.length || a.cost - b.cost);
  const ordered = [...fit.filter((j) => j.bothMoods), ...fit.filter((j) => !j.bothMoods), ...closest];
  return ordered.slice(0, size).map(({ film, keeps, gives }) => ({ film, fitsBoth: gives.length === 0, keeps, gives }));
}

/** How many films fit both, for the counts beside the era question. */
export function countFitting(films: readonly FilmSummary[], people: readonly [Person, Person], era: Era): number {
  return films.filter((f) => judge(f, people, era).gives.length === 0).length;
}

/** The offer after one strike: the struck film is gone, the order of the rest kept. */
export function strike<F extends FilmSummary>(left: readonly Offered<F>[], id: string): Offered<F>[] {
  return left.filter((o) => o.film.id !== id);
}

/**
 * Who strikes next, 0 or 1, given how many films are left of an offer of `offered`: the second
 * person first (the keyboard is with them after their answers), then the first.
 */
export function striker(offered: number, left: number): 0 | 1 {
  return (offered - left) % 2 === 0 ? 1 : 0;
}

/** A person as the messages name them: their name, else "Person 1" / "Person 2". */
export const who =
  (people: readonly [Person, Person], i: 0 | 1): Text =>
  (m) =>
    people[i].name ?? m.together.person(i + 1);

/** One point in the interface language. */
function point(p: Point, people: readonly [Person, Person]): Text {
  return (m) => {
    const t = m.together;
    const mood = (x: Mood) => MOOD_LABELS[x][m.lang];
    switch (p.kind) {
      case 'moods':
        return p.matched.map((x) => (x.by.length === 2 ? t.bothMood(mood(x.mood)) : t.whoseMood(mood(x.mood), who(people, x.by[0]!)(m)))).join(', ');
      case 'notMood':
        return t.notMood(p.has.map(mood).join(', '), t.or(p.wanted.map(mood)));
      case 'under':
        return t.under(t.hours(p.max));
      case 'over':
        return t.over(t.runtime(p.runtime), t.hours(p.max));
      case 'long':
        return t.longer(t.hours(p.min - 1));
      case 'short':
        return t.short(t.runtime(p.runtime), t.hours(p.min - 1));
      case 'unknownRuntime':
        return t.unknownRuntime;
      case 'era':
        return t.era(p.era);
      case 'notEra':
        return t.notEra(p.year, p.era);
    }
  };
}

/** Why an offered film is there: "light (Anna), under 2 h", or what a compromise keeps "but" gives up. */
export function describe(o: Offered<FilmSummary>, people: readonly [Person, Person]): Text {
  return (m) => {
    const keeps = o.keeps.map((p) => point(p, people)(m));
    const gives = o.gives.map((p) => point(p, people)(m));
    if (o.fitsBoth) return keeps.length > 0 ? keeps.join(', ') : m.together.anything;
    return keeps.length > 0 ? m.together.but(keeps.join(', '), gives.join('; ')) : gives.join('; ');
  };
}
