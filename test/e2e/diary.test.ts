// The viewing diary end to end: `watched`, `unwatch`, `diary`, and how the diary file survives
// concurrent writers, killed processes, damage and permission problems (SPEC §4, §6).
import { spawn } from 'node:child_process';
import { appendFileSync, chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, NODE, ROOT, cleanEnv, run, tempHome, type RunResult } from '../helpers/run.js';

interface DiaryJsonRow {
  id: string;
  title: string;
  year: number | null;
  watchedOn: string;
  rating: number | null;
}

const FILMS: { id: string; title: string; russianTitle: string; year: number; directors: { en: string; ru: string | null }[] }[] = JSON.parse(
  readFileSync(join(ROOT, 'data', 'films.json'), 'utf8'),
).films;

const isRoot = process.getuid?.() === 0;

let home: { dir: string; cleanup: () => void };
let file: string;
const cleanups: (() => void)[] = [];

beforeEach(() => {
  home = tempHome();
  file = join(home.dir, 'diary.jsonl');
});

afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
  home.cleanup();
});

/** Runs soviet-love with the diary in this test's private home. */
function sl(args: string[], env: Record<string, string | undefined> = {}): RunResult {
  return run(args, { env: { SOVIET_LOVE_HOME: home.dir, ...env } });
}

/** Starts soviet-love without waiting, so many can run at once. */
function slAsync(args: string[]) {
  const child = spawn(NODE, [BIN, ...args], { env: cleanEnv({ SOVIET_LOVE_HOME: home.dir }), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

function diaryJson(): { rows: DiaryJsonRow[]; result: RunResult } {
  const result = sl(['diary', '--json']);
  expect(result.code, result.stderr).toBe(0);
  return { rows: JSON.parse(result.stdout) as DiaryJsonRow[], result };
}

function lines(text: string): string[] {
  return text.split('\n').filter((l) => l !== '');
}

/** Exactly one stderr line, a warning about damaged lines that names the diary file. */
function expectOneDamageWarning(stderr: string): void {
  const warnings = lines(stderr).filter((l) => /warning/i.test(l));
  expect(warnings, stderr).toHaveLength(1);
  expect(warnings[0]).toContain(file);
  expect(warnings[0]).toMatch(/damaged line/);
  expect(lines(stderr), stderr).toHaveLength(1);
}

function ids(rows: readonly { id: string }[]): string[] {
  return rows.map((r) => r.id);
}

describe('watched', () => {
  it('resolves a film by id, English title, Russian title, transliteration and a fuzzy query', () => {
    const cases: [string[], string, string][] = [
      [['irony-of-fate'], 'irony-of-fate', 'The Irony of Fate'],
      [['Office', 'Romance'], 'office-romance', 'Office Romance'],
      [['Москва слезам не верит'], 'moscow-does-not-believe-in-tears', 'Moscow Does Not Believe in Tears'],
      [['lyubov i golubi'], 'love-and-pigeons', 'Love and Pigeons'],
      [['ofice romanse'], 'office-romance', 'Office Romance'],
    ];
    for (const [words, id, title] of cases) {
      const r = sl(['watched', ...words, '--date', '2026-02-14']);
      expect(r.code, `${words.join(' ')}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`Recorded ${title}, watched on 2026-02-14`);
      expect(lines(r.stderr)).toHaveLength(1);
      const last = lines(readFileSync(file, 'utf8')).at(-1)!;
      expect(JSON.parse(last)).toMatchObject({ op: 'watch', id, watchedOn: '2026-02-14', rating: null });
    }
    // The second "office romance" is a second viewing, and says so.
    expect(lines(readFileSync(file, 'utf8'))).toHaveLength(5);
  });

  it('records --date and --rating, and says what it recorded; no --date means today', () => {
    const r = sl(['watched', 'irony-of-fate', '--date', '2025-12-31', '--rating', '5']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('Recorded The Irony of Fate, watched on 2025-12-31, rated 5/5.');

    const before = new Date();
    const today = sl(['watched', 'circus']);
    const after = new Date();
    expect(today.code, today.stderr).toBe(0);
    const local = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const { rows } = diaryJson();
    const circus = rows.find((x) => x.id === 'circus')!;
    expect([local(before), local(after)]).toContain(circus.watchedOn);
    expect(today.stderr).toContain(`watched on ${circus.watchedOn}`);
    expect(rows.find((x) => x.id === 'irony-of-fate')).toEqual({ id: 'irony-of-fate', title: 'The Irony of Fate', year: 1976, watchedOn: '2025-12-31', rating: 5, rewatch: false });
  });

  it('rejects an impossible or non-ISO --date with exit 2 and one line, writing nothing', () => {
    for (const date of ['2026-02-30', 'tomorrow', '2026-13-01', '31.12.2026']) {
      const r = sl(['watched', 'irony-of-fate', '--date', date]);
      expect(r.code, date).toBe(2);
      expect(r.stdout).toBe('');
      expect(lines(r.stderr), r.stderr).toHaveLength(1);
      expect(r.stderr).toContain('--date');
      expect(r.stderr).toContain(date);
      expect(r.stderr).not.toMatch(/\bat .*\.(c?js|ts):\d+/); // no stack trace
    }
    expect(existsSync(file)).toBe(false);
  });

  it('rejects a --rating outside 0.5-5 or not in half stars with exit 2 and one line, writing nothing', () => {
    for (const rating of ['0', '6', '2.25', '5.5', 'five', '-1']) {
      const r = sl(['watched', 'irony-of-fate', `--rating=${rating}`]);
      expect(r.code, rating).toBe(2);
      expect(r.stdout).toBe('');
      expect(lines(r.stderr), r.stderr).toHaveLength(1);
      expect(r.stderr).toContain('--rating');
      expect(r.stderr).toContain(`"${rating}"`);
    }
    expect(existsSync(file)).toBe(false);
  });

  it('an unknown film exits 1, with "Did you mean" when something is close, writing nothing', () => {
    const close = sl(['watched', 'hussar']);
    expect(close.code).toBe(1);
    expect(close.stdout).toBe('');
    expect(close.stderr).toContain('No film matches "hussar"');
    expect(close.stderr).toContain('Did you mean:');
    expect(close.stderr).toContain('[hussar-ballad]');
    expect(close.stderr).toContain('[say-a-word-for-the-poor-hussar]');

    const none = sl(['watched', 'qqqqqqqqqqqqqqqqqqqqqqqqqq']);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('No film matches');
    expect(existsSync(file)).toBe(false);
  });
});

describe('diary and unwatch', () => {
  it('watching again adds a viewing; diary --json is newest first with rating null when none, and marks the rewatch', () => {
    expect(sl(['watched', 'irony-of-fate', '--date', '2025-12-31', '--rating', '5']).code).toBe(0);
    expect(sl(['watched', 'office-romance', '--date', '2026-02-14']).code).toBe(0);
    const again = sl(['watched', 'irony-of-fate', '--date', '2026-11-28', '--rating', '4']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('viewing number 2');

    const { rows, result } = diaryJson();
    expect(result.stderr).toBe('');
    expect(rows).toEqual([
      { id: 'irony-of-fate', title: 'The Irony of Fate', year: 1976, watchedOn: '2026-11-28', rating: 4, rewatch: true },
      { id: 'office-romance', title: 'Office Romance', year: 1977, watchedOn: '2026-02-14', rating: null, rewatch: false },
      { id: 'irony-of-fate', title: 'The Irony of Fate', year: 1976, watchedOn: '2025-12-31', rating: 5, rewatch: false },
    ]);
    // The fields it always had, and `rewatch`.
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['id', 'rating', 'rewatch', 'title', 'watchedOn', 'year']);
  });

  it('piped `diary` prints one tab-separated line per viewing: watchedOn, id, title, rating', () => {
    expect(sl(['watched', 'love-and-pigeons', '--date', '2026-03-08', '--rating', '3']).code).toBe(0);
    expect(sl(['watched', 'cruel-romance', '--date', '2026-03-09']).code).toBe(0);
    const r = sl(['diary']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/\u001b/);
    expect(r.stdout).toBe('2026-03-09\tcruel-romance\tA Cruel Romance\t\n2026-03-08\tlove-and-pigeons\tLove and Pigeons\t3\n');
  });

  it('an empty diary: --json prints [], plain prints nothing and says how to start', () => {
    const json = sl(['diary', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([]);
    const plain = sl(['diary']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toBe('');
    expect(plain.stderr).toContain('soviet-love watched');
  });

  it('unwatch removes every viewing of a film and says how many; others stay', () => {
    for (const date of ['2024-12-31', '2025-12-31', '2026-11-28']) expect(sl(['watched', 'irony-of-fate', '--date', date]).code).toBe(0);
    expect(sl(['watched', 'office-romance', '--date', '2026-01-01']).code).toBe(0);
    const sizeBefore = readFileSync(file).length;

    const r = sl(['unwatch', 'The Irony of Fate']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('Removed 3 viewings of The Irony of Fate from your diary.');
    // Removing is an appended event: nothing already written is rewritten.
    expect(readFileSync(file).length).toBeGreaterThan(sizeBefore);

    expect(ids(diaryJson().rows)).toEqual(['office-romance']);

    const one = sl(['unwatch', 'office-romance']);
    expect(one.code).toBe(0);
    expect(one.stderr.trim()).toBe('Removed 1 viewing of Office Romance from your diary.');
    expect(diaryJson().rows).toEqual([]);

    // Watching it again after an unwatch counts from one.
    const again = sl(['watched', 'irony-of-fate', '--date', '2026-11-29']);
    expect(again.stderr).not.toContain('viewing number');
    expect(diaryJson().rows).toEqual([{ id: 'irony-of-fate', title: 'The Irony of Fate', year: 1976, watchedOn: '2026-11-29', rating: null, rewatch: false }]);
  });

  it('unwatch of a film not in the diary exits 1 and writes nothing; of an unknown film exits 1', () => {
    expect(sl(['watched', 'office-romance', '--date', '2026-01-01']).code).toBe(0);
    const before = readFileSync(file, 'utf8');

    const r = sl(['unwatch', 'irony-of-fate']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('The Irony of Fate is not in your diary.');
    expect(readFileSync(file, 'utf8')).toBe(before);

    const unknown = sl(['unwatch', 'qqqqqqqqqqqqqqqqqqqqqqqqqq']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No film matches');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('watched films in list and pick', () => {
  it('list --unwatched leaves out watched films', () => {
    const all = sl(['list']);
    expect(all.code).toBe(0);
    const allIds = lines(all.stdout).map((l) => l.split('\t')[0]);
    expect(allIds).toHaveLength(FILMS.length);

    expect(sl(['watched', 'irony-of-fate']).code).toBe(0);
    expect(sl(['watched', 'love-and-pigeons']).code).toBe(0);
    const r = sl(['list', '--unwatched']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const unwatched = lines(r.stdout).map((l) => l.split('\t')[0]);
    expect(unwatched).toEqual(allIds.filter((id) => id !== 'irony-of-fate' && id !== 'love-and-pigeons'));

    const json = sl(['list', '--unwatched', '--director', 'menshov', '--json']);
    expect(json.code).toBe(0);
    expect(ids(JSON.parse(json.stdout))).toEqual(['moscow-does-not-believe-in-tears']);
  });

  it('pick skips watched films by default; --include-watched keeps them', () => {
    const menshov = FILMS.filter((f) => f.directors.some((d) => /menshov/i.test(d.en))).map((f) => f.id).sort();
    expect(menshov).toEqual(['love-and-pigeons', 'moscow-does-not-believe-in-tears']);

    const before = sl(['pick', '--director', 'menshov', '--count', '5', '--json']);
    expect(before.code).toBe(0);
    expect(ids(JSON.parse(before.stdout)).sort()).toEqual(menshov);

    expect(sl(['watched', 'love-and-pigeons']).code).toBe(0);
    for (const seed of ['1', '2', '3']) {
      const r = sl(['pick', '--director', 'menshov', '--count', '5', '--json', '--seed', seed]);
      expect(r.code, r.stderr).toBe(0);
      expect(ids(JSON.parse(r.stdout))).toEqual(['moscow-does-not-believe-in-tears']);
    }

    const incl = sl(['pick', '--director', 'menshov', '--count', '5', '--json', '--include-watched']);
    expect(incl.code).toBe(0);
    expect(ids(JSON.parse(incl.stdout)).sort()).toEqual(menshov);

    // With both watched, there is nothing left to pick.
    expect(sl(['watched', 'moscow-does-not-believe-in-tears']).code).toBe(0);
    const none = sl(['pick', '--director', 'menshov', '--json']);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).not.toBe('');
  });
});

describe('many writers, killed writers', () => {
  it('20 processes recording at once lose nothing', async () => {
    const chosen = FILMS.slice(0, 20).map((f) => f.id);
    expect(new Set(chosen).size).toBe(20);
    const procs = chosen.map((id, i) => slAsync(['watched', id, '--date', `2026-01-${String(i + 1).padStart(2, '0')}`]));
    const results = await Promise.all(procs.map((p) => p.done));
    results.forEach((r, i) => {
      expect(r.code, `${chosen[i]}: ${r.stderr}`).toBe(0);
      expect(r.stderr).toContain('Recorded');
    });

    const { rows, result } = diaryJson();
    expect(result.stderr).toBe('');
    expect(ids(rows).sort()).toEqual([...chosen].sort());
    // Newest first: the film recorded for 2026-01-20 leads.
    expect(rows[0]).toMatchObject({ id: chosen[19], watchedOn: '2026-01-20' });
    // Every line of the file is whole.
    const text = readFileSync(file, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    for (const line of lines(text)) expect(() => JSON.parse(line)).not.toThrow();
  }, 60_000);

  it('a torn last line (process killed mid-write) hides no earlier entry and does not swallow the next', () => {
    for (const id of ['irony-of-fate', 'office-romance', 'circus']) expect(sl(['watched', id, '--date', '2026-01-01']).code).toBe(0);
    appendFileSync(file, '{"op":"watch","id":"love-and-pig');

    const { rows, result } = diaryJson();
    expect(ids(rows).sort()).toEqual(['circus', 'irony-of-fate', 'office-romance']);
    expectOneDamageWarning(result.stderr);
    expect(result.stderr).toContain('line (4)');

    const before = readFileSync(file);
    const w = sl(['watched', 'cinderella', '--date', '2026-01-02']);
    expect(w.code, w.stderr).toBe(0);
    expect(w.stderr).toContain('Recorded Cinderella');
    const after = readFileSync(file);
    expect(after.subarray(0, before.length).equals(before)).toBe(true);

    const again = diaryJson();
    expect(ids(again.rows)).toEqual(['cinderella', 'circus', 'office-romance', 'irony-of-fate']);
    expectOneDamageWarning(again.result.stderr);
  });

  it('processes SIGKILLed at random moments leave a readable diary with every completed entry', async () => {
    const chosen = FILMS.slice(20, 44).map((f) => f.id);
    expect(chosen).toHaveLength(24);
    const killed = new Set<number>();
    const procs = chosen.map((id, i) => {
      const p = slAsync(['watched', id]);
      if (i % 3 === 0) {
        killed.add(i);
        // The first is killed as soon as it is spawned, so at least one kill surely lands before it
        // finishes (timers could fire late on a loaded machine); the rest at any moment.
        if (i === 0) p.child.kill('SIGKILL');
        else setTimeout(() => p.child.kill('SIGKILL'), Math.floor(Math.random() * 2500));
      }
      return p;
    });
    const results = await Promise.all(procs.map((p) => p.done));

    expect(results.filter((r) => r.signal === 'SIGKILL').length).toBeGreaterThanOrEqual(1);

    const { rows, result } = diaryJson();
    // At most a damage warning, never an error.
    for (const l of lines(result.stderr)) {
      expect(l).toMatch(/^Warning: /);
      expect(l).toContain(file);
    }
    const recorded = new Set(ids(rows));
    results.forEach((r, i) => {
      if (r.code === 0) expect(recorded.has(chosen[i]!), `${chosen[i]} exited 0 but is missing`).toBe(true);
      else {
        expect(killed.has(i), `${chosen[i]} failed without being killed: ${r.stderr}`).toBe(true);
        expect(r.signal).toBe('SIGKILL');
      }
    });
    for (const id of recorded) expect(chosen).toContain(id);
    // Every process that was not killed succeeded.
    expect(results.filter((r) => r.code === 0).length).toBeGreaterThanOrEqual(chosen.length - killed.size);

    // And the diary still takes new entries.
    const before = readFileSync(file);
    expect(sl(['watched', 'irony-of-fate']).code).toBe(0);
    expect(readFileSync(file).subarray(0, before.length).equals(before)).toBe(true);
    const after = diaryJson().rows;
    expect(after[0]).toMatchObject({ id: 'irony-of-fate' });
    expect(after).toHaveLength(rows.length + 1);
  }, 60_000);
});

describe('a damaged diary', () => {
  function seed(): void {
    for (const [id, date] of [
      ['irony-of-fate', '2026-01-01'],
      ['office-romance', '2026-01-02'],
    ]) {
      expect(sl(['watched', id!, '--date', date!]).code).toBe(0);
    }
  }

  /** Good entries still readable, one warning, and the next write only appends. */
  function expectSurvives(goodIds: string[]): void {
    const { rows, result } = diaryJson();
    expect(ids(rows).sort()).toEqual([...goodIds].sort());
    expectOneDamageWarning(result.stderr);
    // Other readers carry on too, with the same single warning.
    const listed = sl(['list', '--unwatched', '--json']);
    expect(listed.code).toBe(0);
    expectOneDamageWarning(listed.stderr);

    const before = readFileSync(file);
    const w = sl(['watched', 'circus', '--date', '2026-06-01']);
    expect(w.code, w.stderr).toBe(0);
    expect(w.stderr).toContain('Recorded Circus');
    const after = readFileSync(file);
    expect(after.length).toBeGreaterThan(before.length);
    expect(after.subarray(0, before.length).equals(before), 'the old bytes must be a prefix of the new file').toBe(true);
    const again = diaryJson();
    expect(ids(again.rows).sort()).toEqual([...goodIds, 'circus'].sort());
    expectOneDamageWarning(again.result.stderr);
  }

  it('garbage bytes appended', () => {
    seed();
    appendFileSync(file, Buffer.from([0x00, 0xff, 0xfe, 0x1b, 0x5b, 0x32, 0x4a, 0x7b, 0x22, 0x0a, 0x80, 0x81]));
    expectSurvives(['irony-of-fate', 'office-romance']);
  });

  it('file cut short mid-line', () => {
    seed();
    const text = readFileSync(file);
    writeFileSync(file, text.subarray(0, text.length - 20));
    expectSurvives(['irony-of-fate']);
  });

  it('a line of valid JSON with the wrong shape', () => {
    seed();
    appendFileSync(file, `${JSON.stringify({ op: 'watch', id: 'love-and-pigeons', watchedOn: '2026-02-30', rating: 9, at: 'x' })}\n`);
    expect(sl(['watched', 'cinderella', '--date', '2026-01-03']).code).toBe(0);
    expectSurvives(['irony-of-fate', 'office-romance', 'cinderella']);
  });

  it('damaged lines do not stop unwatch or export', () => {
    seed();
    appendFileSync(file, '[not, json\n');
    const u = sl(['unwatch', 'irony-of-fate']);
    expect(u.code, u.stderr).toBe(0);
    expect(lines(u.stderr)).toHaveLength(2);
    expect(u.stderr).toContain('Removed 1 viewing of The Irony of Fate');
    expect(lines(u.stderr).filter((l) => l.startsWith('Warning:'))).toHaveLength(1);
    const e = sl(['export', '--format', 'json']);
    expect(e.code).toBe(0);
    expect(ids(JSON.parse(e.stdout))).toEqual(['office-romance']);
    expectOneDamageWarning(e.stderr);
  });
});

describe('a diary that cannot be read or written', () => {
  it.skipIf(isRoot)('an unreadable diary file (chmod 000) exits 3 naming the file', () => {
    seed1();
    chmodSync(file, 0o000);
    cleanups.push(() => chmodSync(file, 0o644));
    for (const args of [['diary'], ['diary', '--json'], ['list', '--unwatched'], ['export']]) {
      const r = sl(args);
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(file);
      expect(r.stderr).toMatch(/permission denied/);
    }
  });

  it.skipIf(isRoot)('an unwritable diary directory (chmod 555) exits 3 naming the file, and leaves it alone', () => {
    chmodSync(home.dir, 0o555);
    cleanups.push(() => chmodSync(home.dir, 0o755));
    const r = sl(['watched', 'irony-of-fate']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(file);
    expect(r.stderr).toMatch(/permission denied/);
    expect(existsSync(file)).toBe(false);
  });

  it('SOVIET_LOVE_HOME under a regular file: reading and writing exit 3 naming the path (works as root too)', () => {
    const blocker = join(home.dir, 'not-a-dir');
    writeFileSync(blocker, 'I am a file\n');
    for (const where of [join(blocker, 'sub'), join(blocker, 'a', 'b')]) {
      const path = join(where, 'diary.jsonl');
      for (const args of [['watched', 'irony-of-fate'], ['diary', '--json'], ['diary'], ['unwatch', 'irony-of-fate'], ['list', '--unwatched'], ['export']]) {
        const r = run(args, { env: { SOVIET_LOVE_HOME: where } });
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(3);
        expect(r.stdout).toBe('');
        expect(r.stderr).toContain(path);
        expect(r.stderr).toMatch(/not a directory/);
        expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      }
    }
    expect(readFileSync(blocker, 'utf8')).toBe('I am a file\n');
  });

  it('SOVIET_LOVE_HOME that is itself a regular file: exit 3 naming the path with a reason', () => {
    const blocker = join(home.dir, 'plain-file');
    writeFileSync(blocker, 'x');
    const path = join(blocker, 'diary.jsonl');
    for (const args of [['watched', 'irony-of-fate'], ['diary']]) {
      const r = run(args, { env: { SOVIET_LOVE_HOME: blocker } });
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stderr).toContain(path);
      expect(r.stderr, 'the reason should be in words, not an errno code').not.toMatch(/\bE[A-Z]{3,}\b/);
    }
    expect(readFileSync(blocker, 'utf8')).toBe('x');
  });

  it('a diary path that is a directory: exit 3 naming it', () => {
    mkdirSync(file);
    for (const args of [['watched', 'irony-of-fate'], ['diary']]) {
      const r = sl(args);
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stderr).toContain(file);
      expect(r.stderr).toMatch(/it is a directory/);
    }
  });
});

function seed1(): void {
  expect(sl(['watched', 'irony-of-fate', '--date', '2026-01-01']).code).toBe(0);
}
