// Writes results in the form the destination wants: table in a terminal, TSV when piped, JSON on request.
import type { Context } from '../context.js';
import type { FilmSummary } from '../core/types.js';
import { MESSAGES } from '../i18n.js';
import { filmsTable, filmsTsv, jsonLines, jsonRecord, prettyJson } from '../render/films.js';

/**
 * A JSON array: indented for a person at a terminal, a record per line when piped. The same JSON
 * either way; `records` gives each item's compact JSON when it has it already.
 */
export function writeJsonArray(ctx: Context, items: () => readonly unknown[], records: () => Uint8Array[] = () => items().map(jsonRecord)): void {
  ctx.stdout.write(ctx.stdout.isTTY ? prettyJson(items()) : jsonLines(records()));
}

const NEWLINE = Buffer.from('\n');

/** One object as JSON: indented in a terminal, on one line when piped. */
export function writeJsonObject(ctx: Context, value: unknown): void {
  ctx.stdout.write(ctx.stdout.isTTY ? prettyJson(value) : Buffer.concat([jsonRecord(value), NEWLINE]));
}

/** One film as JSON: indented in a terminal, its record on one line when piped; `item` and `record` may add fields. */
export function writeJsonFilm(ctx: Context, film: FilmSummary, item: () => unknown = () => ctx.full([film])[0], record: () => Uint8Array = () => ctx.records([film])[0]!): void {
  ctx.stdout.write(ctx.stdout.isTTY ? prettyJson(item()) : Buffer.concat([record(), NEWLINE]));
}

/** The table's headings in the interface language. */
export function headings(ctx: Context): string[] {
  const c = MESSAGES[ctx.lang].columns;
  return [c.year, c.title, c.russianTitle, c.directors, c.runtime, c.id];
}

/** JSON carries whole films; the table and TSV need only the summaries. */
export function writeFilms(ctx: Context, films: readonly FilmSummary[], json: boolean): void {
  if (json) writeJsonArray(ctx, () => ctx.full(films), () => ctx.records(films));
  else if (films.length === 0) return;
  else if (ctx.stdout.isTTY) ctx.stdout.write(filmsTable(films, ctx.stdout.style, { columns: ctx.stdout.columns, russianFirst: ctx.lang === 'ru', lang: ctx.lang, headings: headings(ctx) }));
  else ctx.stdout.write(filmsTsv(films, ctx.stdout.style));
}
