// Writes results in the form the destination wants: table in a terminal, TSV when piped, JSON on request.
import type { Context } from '../context.js';
import type { Film } from '../core/types.js';
import { filmsJson, filmsTable, filmsTsv } from '../render/films.js';

export function writeFilms(ctx: Context, films: readonly Film[], json: boolean): void {
  if (json) ctx.stdout.write(filmsJson(films));
  else if (films.length === 0) return;
  else if (ctx.stdout.isTTY) ctx.stdout.write(filmsTable(films, ctx.stdout.style, { columns: ctx.stdout.columns, russianFirst: ctx.lang === 'ru' }));
  else ctx.stdout.write(filmsTsv(films, ctx.stdout.style));
}
