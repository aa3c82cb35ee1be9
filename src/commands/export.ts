// `export`: the diary for other tools — Letterboxd's import CSV, a plain CSV, or JSON.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { UsageError } from '../core/errors.js';
import { rewatchFlags } from '../core/diary.js';
import { EXPORT_FORMATS, EXPORTERS, jsonRows, watchlistJsonRows, WATCHLIST_EXPORTERS, type ExportFormat, type ExportRow, type WatchlistRow } from '../core/export.js';
import { jsonLines, jsonRecord, prettyJson } from '../render/films.js';
import { writeFileSafely } from '../io/files.js';
import { MESSAGES } from '../i18n.js';
import { resolve } from 'node:path';
import { examples } from './help.js';

interface ExportOptions {
  format: string;
  output: string;
  force?: boolean;
  watchlist?: boolean;
}

export function register(program: Command, ctx: () => Context): void {
  const cmd = program
    .command('export')
    .description('export your diary for other tools (Letterboxd import CSV, CSV or JSON)')
    .option('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`, 'letterboxd')
    .option('--output <file>', 'a file to write, or - for standard output', '-')
    .option('--force', 'replace the output file if it exists')
    .option('--watchlist', 'export the watchlist instead (Letterboxd: its watchlist import)');
  examples(cmd, [
    ['soviet-love export --output letterboxd.csv', 'for https://letterboxd.com/import/'],
    ['soviet-love export --format json', 'JSON on standard output'],
    ['soviet-love export --watchlist --output watchlist.csv', 'your watchlist, for Letterboxd'],
  ]);
  cmd.action((opts: ExportOptions) => runExport(ctx(), opts));
}

export function runExport(ctx: Context, opts: ExportOptions): void {
  const format = opts.format.toLowerCase() as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new UsageError((m) => m.errors.badChoice('--format', EXPORT_FORMATS, opts.format));
  const byId = new Map(ctx.summaries().map((f) => [f.id, f]));
  const film = (id: string) => {
    const f = byId.get(id);
    // A film since removed from the catalog keeps its id, and Letterboxd gets no imdbID for it.
    return { id, title: f?.title ?? id, russianTitle: f?.russianTitle ?? null, year: f?.year ?? null, imdb: f?.ids.imdb ?? null, directors: f ? f.directors.map((d) => d.en) : [] };
  };
  // JSON is laid out like every other JSON: indented for a terminal, else a record per line.
  const pretty = opts.output === '-' && ctx.stdout.isTTY;
  const json = (records: object[]) => (pretty ? prettyJson(records) : jsonLines(records.map(jsonRecord)).toString('utf8'));
  let text: string;
  let count: number;
  if (opts.watchlist) {
    const rows: WatchlistRow[] = ctx.watchlist().map((s) => ({ ...film(s.id), addedOn: s.addedOn }));
    [text, count] = [format === 'json' ? json(watchlistJsonRows(rows)) : WATCHLIST_EXPORTERS[format](rows), rows.length];
  } else {
    const list = ctx.viewings();
    const flags = rewatchFlags(list);
    const rows: ExportRow[] = list.map((v, i) => ({ ...film(v.id), watchedOn: v.watchedOn, rating: v.rating, rewatch: flags[i]! }));
    [text, count] = [format === 'json' ? json(jsonRows(rows)) : EXPORTERS[format](rows), rows.length];
  }
  if (opts.output === '-') {
    ctx.stdout.write(text);
    return;
  }
  const path = resolve(opts.output);
  const written = writeFileSafely(path, text, opts.force === true);
  // Named by path (/dev/stdout), standard output is written like `-`.
  if (written === 'stdout') ctx.stdout.write(text);
  else if (written === 'stderr') ctx.stderr.write(text);
  else {
    const m = MESSAGES[ctx.lang];
    ctx.stderr.write(`${opts.watchlist ? m.lists.exportedSaved(count, path) : m.exported(count, path)}\n`);
  }
}
