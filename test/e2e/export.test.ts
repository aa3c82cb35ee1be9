// `export`: the diary as Letterboxd's import CSV, a plain CSV or JSON, on stdout or into a file
// that is never replaced without --force (SPEC §4).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run, tempHome, type RunResult } from '../helpers/run.js';

const LETTERBOXD_HEADER = 'Title,Year,imdbID,Directors,WatchedDate,Rating,Rewatch';

let home: { dir: string; cleanup: () => void };

beforeEach(() => {
  home = tempHome();
});

afterEach(() => {
  home.cleanup();
});

function sl(args: string[]): RunResult {
  return run(args, { env: { SOVIET_LOVE_HOME: home.dir } });
}

/** Records: The Irony of Fate twice (the second a rewatch), Office Romance once. */
function seedDiary(): void {
  for (const args of [
    ['watched', 'irony-of-fate', '--date', '2025-12-31', '--rating', '5'],
    ['watched', 'office-romance', '--date', '2026-02-14'],
    ['watched', 'irony-of-fate', '--date', '2026-11-28', '--rating', '4'],
  ]) {
    const r = sl(args);
    expect(r.code, r.stderr).toBe(0);
  }
}

function csvLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(0, -2).split('\r\n');
}

describe('export formats', () => {
  it('letterboxd (the default): the exact header, one row per viewing, the rewatch marked', () => {
    seedDiary();
    const explicit = sl(['export', '--format', 'letterboxd']);
    expect(explicit.code, explicit.stderr).toBe(0);
    expect(explicit.stderr).toBe('');
    const rows = csvLines(explicit.stdout);
    expect(rows[0]).toBe(LETTERBOXD_HEADER);
    expect(rows.slice(1)).toEqual([
      // imdbID from the catalog's ids.imdb, empty where it has none.
      'The Irony of Fate,1976,tt0073179,Eldar Ryazanov,2026-11-28,4,true',
      'Office Romance,1977,,Eldar Ryazanov,2026-02-14,,false',
      'The Irony of Fate,1976,tt0073179,Eldar Ryazanov,2025-12-31,5,false',
    ]);

    const byDefault = sl(['export']);
    expect(byDefault.code).toBe(0);
    expect(byDefault.stdout).toBe(explicit.stdout);
    // The format name is not case-sensitive.
    expect(sl(['export', '--format', 'Letterboxd']).stdout).toBe(explicit.stdout);
  });

  it('letterboxd quotes a field with a comma (several directors)', () => {
    expect(sl(['watched', 'circus', '--date', '2026-05-01']).code).toBe(0);
    const r = sl(['export']);
    expect(r.code).toBe(0);
    expect(csvLines(r.stdout)).toEqual([LETTERBOXD_HEADER, 'Circus,1936,tt0028420,"Grigori Aleksandrov, Isidor Simkov",2026-05-01,,false']);
  });

  it('an empty diary exports just the header', () => {
    const r = sl(['export']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${LETTERBOXD_HEADER}\r\n`);
  });

  it('csv: id, titles in both scripts, year, rating, rewatch', () => {
    seedDiary();
    const r = sl(['export', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(csvLines(r.stdout)).toEqual([
      'watchedOn,id,title,russianTitle,year,rating,rewatch',
      '2026-11-28,irony-of-fate,The Irony of Fate,"Ирония судьбы, или С лёгким паром!",1976,4,true',
      '2026-02-14,office-romance,Office Romance,Служебный роман,1977,,false',
      '2025-12-31,irony-of-fate,The Irony of Fate,"Ирония судьбы, или С лёгким паром!",1976,5,false',
    ]);
  });

  it('json: newest first, rating null when none, rewatch flagged', () => {
    seedDiary();
    const r = sl(['export', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([
      { id: 'irony-of-fate', title: 'The Irony of Fate', year: 1976, watchedOn: '2026-11-28', rating: 4, rewatch: true },
      { id: 'office-romance', title: 'Office Romance', year: 1977, watchedOn: '2026-02-14', rating: null, rewatch: false },
      { id: 'irony-of-fate', title: 'The Irony of Fate', year: 1976, watchedOn: '2025-12-31', rating: 5, rewatch: false },
    ]);
  });

  it('an unknown --format exits 2 with one line naming the choices, writing nothing', () => {
    seedDiary();
    const out = join(home.dir, 'out.xml');
    for (const format of ['xml', 'tsv', '']) {
      const r = sl(['export', '--format', format, '--output', out]);
      expect(r.code, format).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      // An empty value falls under the one rule for empty values; the others name the choices.
      expect(r.stderr).toContain(format === '' ? '--format is empty' : 'letterboxd, csv, json');
    }
    expect(existsSync(out)).toBe(false);
  });

  it('--output - writes to standard output, with nothing on stderr', () => {
    seedDiary();
    const r = sl(['export', '--format', 'json', '--output', '-']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toHaveLength(3);
    expect(r.stdout).toBe(sl(['export', '--format', 'json']).stdout);
  });
});

describe('export --output <file>', () => {
  it('writes the file, prints nothing on stdout, and says so on stderr', () => {
    seedDiary();
    const out = join(home.dir, 'letterboxd.csv');
    const r = sl(['export', '--output', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(`Exported 3 viewings to ${out}.`);
    expect(readFileSync(out, 'utf8')).toBe(sl(['export']).stdout);
    // No temporary file is left beside it.
    expect(readdirSync(home.dir).sort()).toEqual(['diary.jsonl', 'letterboxd.csv']);
  });

  it('never overwrites an existing file without --force: exit 2, file unchanged', () => {
    seedDiary();
    const out = join(home.dir, 'precious.csv');
    writeFileSync(out, 'my own precious data\n');
    const mtime = statSync(out).mtimeMs;
    for (const format of ['letterboxd', 'csv', 'json']) {
      const r = sl(['export', '--format', format, '--output', out]);
      expect(r.code, format).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(out);
      expect(r.stderr).toContain('--force');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(readFileSync(out, 'utf8')).toBe('my own precious data\n');
    expect(statSync(out).mtimeMs).toBe(mtime);
    expect(readdirSync(home.dir).sort()).toEqual(['diary.jsonl', 'precious.csv']);
  });

  it('with --force replaces an existing file', () => {
    seedDiary();
    const out = join(home.dir, 'diary.json');
    writeFileSync(out, 'old contents that are longer than nothing at all\n'.repeat(100));
    const r = sl(['export', '--format', 'json', '--output', out, '--force']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(`Exported 3 viewings to ${out}.`);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written).toHaveLength(3);
    expect(written[0]).toMatchObject({ id: 'irony-of-fate', rewatch: true });
    expect(readdirSync(home.dir).sort()).toEqual(['diary.jsonl', 'diary.json'].sort());
  });

  it('--force on a new file simply writes it', () => {
    seedDiary();
    const out = join(home.dir, 'fresh.csv');
    const r = sl(['export', '--output', out, '--force']);
    expect(r.code, r.stderr).toBe(0);
    expect(csvLines(readFileSync(out, 'utf8'))[0]).toBe(LETTERBOXD_HEADER);
  });

  it('an output path in a missing directory exits 3 naming it, without a stack trace', () => {
    seedDiary();
    const out = join(home.dir, 'no', 'such', 'dir', 'x.csv');
    const r = sl(['export', '--output', out]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(out);
    expect(r.stderr).toContain('does not exist');
    expect(r.stderr, 'the reason in words, not an errno code').not.toMatch(/\bE[A-Z]{3,}\b/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(home.dir, 'no'))).toBe(false);
  });

  it('an output path that is a directory exits 2 saying so, with or without --force', () => {
    seedDiary();
    for (const extra of [[], ['--force']]) {
      const r = sl(['export', '--output', home.dir, ...extra]);
      expect(r.code, extra.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim()).toBe(`${home.dir} is a directory; give --output a file name.`);
    }
    expect(readdirSync(home.dir)).toEqual(['diary.jsonl']);
  });
});
