// `catalog check` validates a catalog file and lists every problem; `catalog upgrade` writes a schema 1 file in schema 2.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { DataError } from '../core/errors.js';
import { formatProblem, validateCatalog } from '../core/validate.js';
import { upgradeCatalog } from '../core/upgrade.js';
import { bundledFilmCount, readCatalog, readCatalogJson } from '../io/catalog.js';
import { writeFileSafely } from '../io/files.js';
import { MESSAGES } from '../i18n.js';
import { resolve } from 'node:path';
import { examples } from './help.js';
import { cell } from '../render/text.js';
import { writeJsonObject } from './output.js';

interface UpgradeOptions {
  output: string;
  force?: boolean;
}

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
  const upgrade = catalog
    .command('upgrade')
    .description('write a schema 1 catalog in schema 2 (bilingual); the Russian texts are left null')
    .argument('<file>', 'the schema 1 catalog file')
    .option('--output <file>', 'a file to write, or - for standard output', '-')
    .option('--force', 'replace the output file if it exists');
  examples(upgrade, [
    ['soviet-love catalog upgrade old.json --output films.json', 'write the schema 2 form to a new file'],
    ['soviet-love catalog upgrade old.json > films.json', 'the same, on standard output'],
  ]);
  upgrade.action((file: string, opts: UpgradeOptions) => runUpgrade(ctx(), file, opts));
}

export function runCheck(ctx: Context, file: string | undefined, json = false): void {
  const path = file ? resolve(file) : ctx.catalogFile;
  const m = MESSAGES[ctx.lang];
  // The bundled catalog was validated by the build, byte for byte, when the build is newer than it:
  // its copy is trusted as every other command trusts it, and its count is read from the build's
  // line spans. Any other file is read and checked now.
  const count = bundledFilmCount(path);
  if (count !== undefined) {
    if (json) writeJsonObject(ctx, { file: path, valid: true, films: count, problems: [] });
    else ctx.stdout.write(`${m.catalogOk(cell(path), count)}\n`);
    return;
  }
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

export function runUpgrade(ctx: Context, file: string, opts: UpgradeOptions): void {
  const path = resolve(file);
  const m = MESSAGES[ctx.lang];
  const data = readCatalogJson(path);
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== 1) throw new DataError((t) => (version === 2 ? t.upgrade.already(path) : t.upgrade.notSchemaOne(path)));
  const upgraded = upgradeCatalog(data as Record<string, unknown>);
  // The old file's own problems (a bad year, a wrong transliteration) carry over; say so rather than write them.
  const result = validateCatalog(upgraded);
  if (!result.ok) {
    for (const p of result.problems) ctx.stdout.write(`${cell(formatProblem(p, m))}\n`);
    throw new DataError((t) => t.catalogBad(path, result.problems.length));
  }
  const text = `${JSON.stringify(upgraded, null, 2)}\n`;
  if (opts.output === '-') {
    ctx.stdout.write(text);
    return;
  }
  const out = resolve(opts.output);
  writeFileSafely(out, text, opts.force === true);
  ctx.stderr.write(`${m.upgrade.written(upgraded.films.length, out)}\n`);
}
