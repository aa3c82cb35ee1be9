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
import { writeJsonObject } from './output.js';

export function register(program: Command, ctx: () => Context): void {
  const catalog = program.command('catalog').description('work with catalog files');
  const check = catalog
    .command('check')
    .description('validate a catalog file (the bundled one by default); exit 3 when it is invalid')
    .argument('[file]', 'the catalog file to check')
    .option('--json', 'print the result as JSON: { file, valid, films, problems }');
  examples(check, [
    ['soviet-love catalog check', 'check the catalog in use'],
    ['soviet-love catalog check my-films.json', 'check your own file'],
  ]);
  check.action((file: string | undefined, opts: { json?: boolean }) => runCheck(ctx(), file, opts.json === true));
}

export function runCheck(ctx: Context, file: string | undefined, json = false): void {
  const path = file ? resolve(file) : ctx.catalogFile;
  const m = MESSAGES[ctx.lang];
  const result = readCatalog(path);
  if (json) {
    const problems = result.ok ? [] : result.problems.map((p) => ({ film: p.film, field: p.field, message: p.message(m) }));
    writeJsonObject(ctx, { file: path, valid: result.ok, films: result.ok ? result.catalog.films.length : null, problems });
    if (!result.ok) throw new DataError((t) => t.catalogBad(path, problems.length));
    return;
  }
  if (result.ok) {
    ctx.stdout.write(`${m.catalogOk(cell(path), result.catalog.films.length)}\n`);
    return;
  }
  for (const p of result.problems) ctx.stdout.write(`${cell(formatProblem(p, m))}\n`);
  throw new DataError((t) => t.catalogBad(path, result.problems.length));
}
