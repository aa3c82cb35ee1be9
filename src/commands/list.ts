// `list`: the catalog, filtered and sorted, as a table, TSV or JSON.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import type { FilmSummary } from '../core/types.js';
import { applyFilters, predicates, whyEmpty } from '../core/filters.js';
import { NotFoundError, UsageError } from '../core/errors.js';
import { sortFilms, type SortKey } from '../core/sort.js';
import { addFilterOptions, parseLimit, readFilters, type FilterOptions } from './filters.js';
import { writeFilms } from './output.js';
import { examples } from './help.js';

interface ListOptions extends FilterOptions {
  sort: string;
  reverse?: boolean;
  limit?: string;
  json?: boolean;
}

const SORTS: SortKey[] = ['year', 'title', 'runtime'];

export function register(program: Command, ctx: () => Context): void {
  const cmd = program
    .command('list')
    .description('list the catalog, sorted by year')
    .option('--sort <key>', `sort by ${SORTS.join(', ')}`, 'year')
    .option('--reverse', 'reverse the order')
    .option('--limit <n>', 'show at most n films')
    .option('--json', 'print JSON (an array of films)');
  addFilterOptions(cmd);
  examples(cmd, [
    ['soviet-love list', 'every film, oldest first'],
    ['soviet-love list --decade 70s --genre comedy', 'comedies of the 1970s'],
    ['soviet-love list --director ryazanov --sort runtime', 'Ryazanov films, shortest first'],
    ['soviet-love list --max-runtime 100 --mood light --json', 'short light films as JSON'],
  ]);
  cmd.action((opts: ListOptions) => runList(ctx(), opts));
}

export function runList(ctx: Context, opts: ListOptions): void {
  const sort = opts.sort.toLowerCase() as SortKey;
  if (!SORTS.includes(sort)) throw new UsageError((m) => m.errors.badChoice('--sort', SORTS, opts.sort));
  const limit = parseLimit(opts.limit);
  const spec = readFilters(opts);
  const preds = predicates(spec, spec.unwatched ? ctx.watchedIds() : undefined);
  const films = ctx.summaries();
  let result: FilmSummary[] = sortFilms(applyFilters(films, preds), sort, ctx.lang);
  if (opts.reverse) result.reverse();
  if (limit !== undefined) result = result.slice(0, limit);
  writeFilms(ctx, result, opts.json === true);
  if (result.length === 0) {
    const why = whyEmpty(films, preds);
    throw new NotFoundError((m) => m.errors.noFit(why(m)));
  }
}
