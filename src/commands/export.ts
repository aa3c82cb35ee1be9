// `export`: the diary for other tools — Letterboxd's import CSV, a plain CSV, or JSON.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { UsageError } from '../core/errors.js';
import { rewatchFlags } from '../core/diary.js';
import { EXPORT_FORMATS, EXPORTERS, jsonRows, type ExportFormat, type ExportRow } from '../core/export.js';
import { jsonLines, jsonRecord, prettyJson } from '../render/films.js';
import { writeFileSafely } from '../io/files.js';
import { MESSAGES } from '../i18n.js';
import { resolve } from 'node:path';
import { examples } from './help.js';

interface ExportOptions {
  format: string;
  output: string;
  force?: boolean;
}

export function register(program: Command, ctx: () => Context): void {
  const cmd = program
    .command('export')
    .description('export your diary for other tools (Letterboxd import CSV, CSV or JSON)')
    .option('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`, 'letterboxd')
    .option('--output <file>', 'a file to write, or - for standard output', '-')
    .option('--force', 'replace the output file if it exists');
  examples(cmd, [
    ['soviet-love export --output letterboxd.csv', 'for https://letterboxd.com/import/'],
    ['soviet-love export --format json', 'JSON on standard output'],
  ]);
  cmd.action((opts: ExportOptions) => runExport(ctx(), opts));
}

export function runExport(ctx: Context, opts: ExportOptions): void {
  const format = opts.format.toLowerCase() as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new UsageError((m) => m.errors.badChoice('--format', EXPORT_FORMATS, opts.format));
  const list = ctx.viewings();
  const flags = rewatchFlags(list);
  const byId = new Map(ctx.summaries().map((f) => [f.id, f]));
  const rows: ExportRow[] = list.map((v, i) => {
    const f = byId.get(v.id);
    return { ...v, title: f?.title ?? v.id, russianTitle: f?.russianTitle ?? null, year: f?.year ?? null, directors: f?.directors ?? [], rewatch: flags[i]! };
  });
  // JSON is laid out like every other JSON: indented for a terminal, else a record per line.
  const pretty = opts.output === '-' && ctx.stdout.isTTY;
  const text = format !== 'json' ? EXPORTERS[format](rows) : pretty ? prettyJson(jsonRows(rows)) : jsonLines(jsonRows(rows).map(jsonRecord)).toString('utf8');
  if (opts.output === '-') {
    ctx.stdout.write(text);
    return;
  }
  const path = resolve(opts.output);
  const written = writeFileSafely(path, text, opts.force === true);
  // Named by path (/dev/stdout), standard output is written like `-`.
  if (written === 'stdout') ctx.stdout.write(text);
  else if (written === 'stderr') ctx.stderr.write(text);
  else ctx.stderr.write(`${MESSAGES[ctx.lang].exported(rows.length, path)}\n`);
}
