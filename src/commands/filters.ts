// The filter flags shared by list, search, pick, tonight and timeline: declared and read in one place.
import type { Command } from 'commander';
import type { FilterSpec } from '../core/types.js';
import { emptyFilters, parseDecade, parseGenre, parseMinutes, parseMood, parseYear } from '../core/filters.js';
import { UsageError } from '../core/errors.js';
import { parseWhole } from '../core/values.js';
import { GENRES, MOODS } from '../core/vocab.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('--decade <decade>', 'films of one decade: 1970s, 1970 or 70s')
    .option('--from <year>', 'films released in or after this year')
    .option('--to <year>', 'films released in or before this year')
    .option('--genre <genre>', `a genre, repeatable for "either" (${GENRES.join(', ')})`, collect)
    .option('--exclude-genre <genre>', 'leave out a genre, repeatable', collect)
    .option('--mood <mood>', `a mood, repeatable for "either" (${MOODS.join(', ')})`, collect)
    .option('--director <name>', 'a director, in Latin or Cyrillic letters, spelling forgiven; repeatable', collect)
    .option('--min-runtime <minutes>', 'at least this long (films of unknown length are left out)')
    .option('--max-runtime <minutes>', 'at most this long (films of unknown length are left out)')
    .option('--unwatched', 'only films not in your diary');
}

export interface FilterOptions {
  decade?: string;
  from?: string;
  to?: string;
  genre?: string[];
  excludeGenre?: string[];
  mood?: string[];
  director?: string[];
  minRuntime?: string;
  maxRuntime?: string;
  unwatched?: boolean;
}

export function readFilters(opts: FilterOptions): FilterSpec {
  const spec = emptyFilters();
  if (opts.decade !== undefined) Object.assign(spec, parseDecade(opts.decade));
  if (opts.from !== undefined) spec.from = Math.max(spec.from ?? -Infinity, parseYear('--from', opts.from));
  if (opts.to !== undefined) spec.to = Math.min(spec.to ?? Infinity, parseYear('--to', opts.to));
  if (spec.from !== undefined && spec.to !== undefined && spec.from > spec.to) {
    const { from, to } = spec;
    throw new UsageError((m) => m.errors.emptyYears(from, to));
  }
  spec.genres = (opts.genre ?? []).map((g) => parseGenre('--genre', g));
  spec.excludeGenres = (opts.excludeGenre ?? []).map((g) => parseGenre('--exclude-genre', g));
  spec.moods = (opts.mood ?? []).map(parseMood);
  // A blank --director is refused before this (cli.ts), never silently dropped.
  spec.directors = (opts.director ?? []).map((d) => d.trim());
  if (opts.minRuntime !== undefined) spec.minRuntime = parseMinutes('--min-runtime', opts.minRuntime);
  if (opts.maxRuntime !== undefined) spec.maxRuntime = parseMinutes('--max-runtime', opts.maxRuntime);
  spec.unwatched = opts.unwatched === true;
  return spec;
}

/** The most --limit or --count takes: far more films than any catalog holds. */
export const MAX_COUNT = 1_000_000;

export function parseLimit(value: string | undefined, flag = '--limit'): number | undefined {
  return value === undefined ? undefined : parseWhole(flag, value, 1, MAX_COUNT);
}
