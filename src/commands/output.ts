// Writes results in the form the destination wants: table in a terminal, TSV when piped, JSON on request.
import type { Context } from '../context.js';
import type { FilmSummary } from '../core/types.js';
import { filmsJson, filmsTable, filmsTsv } from '../render/films.js';

/** JSON carries whole films; the table and TSV need only the summaries. */
export function writeFilms(ctx: Context, films: readonly FilmSummary[], json: boolean): void {
  if (json) ctx.stdout.write(filmsJson(ctx.full(films)));
  else if (films.length === 0) return;
  else if (ctx.stdout.isTTY) ctx.stdout.write(filmsTable(films, ctx.stdout.style, { columns: ctx.stdout.columns, russianFirst: ctx.lang === 'ru' }));
  else ctx.stdout.write(filmsTsv(films, ctx.stdout.style));
}
