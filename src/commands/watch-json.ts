// Films as JSON with their resolved places to watch (`watchOptions`), for `show --json` and `pick --json`.
import type { Context } from '../context.js';
import type { Film, FilmSummary } from '../core/types.js';
import { watchOptions, type WatchOption } from '../core/watch.js';
import { MESSAGES } from '../i18n.js';
import { jsonRecord } from '../render/films.js';

export type FilmWithWatch = Film & { watchOptions: WatchOption[] };

/** The whole films, each with `watchOptions` after its catalog fields. */
export function withWatch(ctx: Context, films: readonly FilmSummary[]): FilmWithWatch[] {
  const m = MESSAGES[ctx.lang];
  return ctx.full(films).map((f) => ({ ...f, watchOptions: watchOptions(f, m) }));
}

const CLOSE = 0x7d; // "}"

/**
 * The same as compact JSON records: each film's record as it is (the build's copy, never
 * re-serialised) with `,"watchOptions":[…]` put before its closing brace.
 */
export function withWatchRecords(ctx: Context, films: readonly FilmSummary[]): Uint8Array[] {
  const records = ctx.records(films);
  return withWatch(ctx, films).map((film, i) => {
    const record = records[i];
    if (!record || record.length < 2 || record[record.length - 1] !== CLOSE) return jsonRecord(film);
    return Buffer.concat([record.subarray(0, record.length - 1), Buffer.from(`,"watchOptions":${JSON.stringify(film.watchOptions)}}`)]);
  });
}
