// `catalog check`: validates a catalog file and lists every problem.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { DataError } from '../core/errors.js';
import { formatProblem } from '../core/validate.js';
import { readCatalog } from '../io/catalog.js';
import { MESSAGES } from '../i18n.js';
import { resolve } from 'node:path';
import { examples } from './help.js';
import { cell } from '../render/text.js';

export function register(program: Command, ctx: () => Context): void {
  const catalog = program.command('catalog').description('work with catalog files');
  const check = catalog
    .command('check')
    .description('validate a catalog file (the bundled one by default); exit 3 when it is invalid')
    .argument('[file]', 'the catalog file to check');
  examples(check, [
    ['soviet-love catalog check', 'check the catalog in use'],
    ['soviet-love catalog check my-films.json', 'check your own file'],
  ]);
  check.action((file: string | undefined) => runCheck(ctx(), file));
}

export function runCheck(ctx: Context, file: string | undefined): void {
  const path = file ? resolve(file) : ctx.catalogFile;
  const m = MESSAGES[ctx.lang];
  const result = readCatalog(path);
  if (result.ok) {
    ctx.stdout.write(`${m.catalogOk(cell(path), result.catalog.films.length)}\n`);
    return;
  }
  for (const p of result.problems) ctx.stdout.write(`${cell(formatProblem(p, m))}\n`);
  throw new DataError((t) => t.catalogBad(path, result.problems.length));
}
