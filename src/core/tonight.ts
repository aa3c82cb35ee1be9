// The tonight questions as data: each answer is a change to the filters, counted against the films.
import type { FilterSpec, FilmMoods, FilmSummary } from './types.js';
import { applyFilters, predicates } from './filters.js';
import { MOODS, type Mood } from './vocab.js';

export type Question = 'mood' | 'time' | 'era';

export interface Choice {
  /** Stable value: "any", a mood, "90", "120", "150", "long", "before-1950", "1960s"… */
  value: string;
  count: number;
  disabled: boolean;
}

const TIME_LIMITS = { '90': 90, '120': 120, '150': 150 } as const;
export const LONG_EVENING_MIN = 151;

/** Applies one answer to a filter spec (a copy); "any" changes nothing. */
export function applyAnswer(spec: FilterSpec, question: Question, value: string): FilterSpec {
  const next: FilterSpec = { ...spec, genres: [...spec.genres], moods: [...spec.moods] };
  if (value === 'any') return next;
  if (question === 'mood') next.moods = [value as Mood];
  if (question === 'time') {
    if (value === 'long') next.minRuntime = LONG_EVENING_MIN;
    else next.maxRuntime = TIME_LIMITS[value as keyof typeof TIME_LIMITS];
  }
  if (question === 'era') {
    if (value === 'before-1950') {
      next.to = 1949;
    } else {
      const start = Number(value.slice(0, 4));
      next.from = start;
      next.to = start + 9;
    }
  }
  return next;
}

/** Filters given on the command line answer their question in advance. */
export function answeredInAdvance(spec: FilterSpec, question: Question): boolean {
  if (question === 'mood') return spec.moods.length > 0;
  if (question === 'time') return spec.minRuntime !== undefined || spec.maxRuntime !== undefined;
  return spec.from !== undefined || spec.to !== undefined;
}

function optionValues(question: Question, films: readonly FilmSummary[]): string[] {
  if (question === 'mood') return [...MOODS];
  if (question === 'time') return ['90', '120', '150', 'long'];
  const last = Math.max(1950, ...films.map((f) => f.year));
  const decades: string[] = ['before-1950'];
  for (let d = 1950; d <= last; d += 10) decades.push(`${d}s`);
  return decades;
}

/** The choices of a question: "any" first, each with how many films it leaves; none-left choices disabled. */
export function choicesFor(question: Question, films: readonly FilmSummary[], spec: FilterSpec): Choice[] {
  return ['any', ...optionValues(question, films)].map((value) => {
    const count = applyFilters(films, predicates(applyAnswer(spec, question, value))).length;
    return { value, count, disabled: count === 0 };
  });
}

/**
 * The mood question's choices when no filter is given: what choicesFor gives for it, counted from
 * the films' moods alone (test/unit/tonight-quick.test.ts compares the two).
 */
export function moodChoices(films: readonly FilmMoods[]): Choice[] {
  return ['any', ...MOODS].map((value) => {
    const count = value === 'any' ? films.length : films.filter((f) => f.moods.includes(value as Mood)).length;
    return { value, count, disabled: count === 0 };
  });
}
