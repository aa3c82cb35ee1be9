// The built command as a user runs it: output forms, exit codes, colour, hostile data, closed pipes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { BIN, cleanEnv, NODE, ROOT, run, runClosedPipe, tempHome } from '../helpers/run.js';
import { FILMS, variant } from '../helpers/catalog.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;
const home = tempHome();
const env = { SOVIET_LOVE_HOME: home.dir };
const catalogFile = (name: string, data: unknown) => {
  const file = join(home.dir, name);
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
};

beforeAll(() => {});
afterAll(() => home.cleanup());

describe('list', () => {
  it('prints one film per line, tab-separated, when piped', () => {
    const r = run(['list'], { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(FILMS.length);
    for (const line of lines) expect(line.split('\t')).toHaveLength(6);
    expect(r.stdout).not.toMatch(ANSI);
    const cranes = lines.find((l) => l.startsWith('cranes-are-flying\t'))!;
    expect(cranes.split('\t')).toEqual(['cranes-are-flying', '1957', 'The Cranes Are Flying', 'Летят журавли', 'Mikhail Kalatozov', '95']);
  });

  it('leaves an unknown runtime empty', () => {
    const unknown = FILMS.find((f) => f.runtimeMinutes === null)!;
    const line = run(['list'], { env }).stdout.split('\n').find((l) => l.startsWith(`${unknown.id}\t`))!;
    expect(line.endsWith('\t')).toBe(true);
  });

  it('sorts by year by default, and by title or runtime on request, reversed with --reverse', () => {
    const years = run(['list'], { env }).stdout.trim().split('\n').map((l) => Number(l.split('\t')[1]));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    const runtimes = run(['list', '--sort', 'runtime', '--reverse', '--max-runtime', '500'], { env }).stdout.trim().split('\n').map((l) => Number(l.split('\t')[5]));
    expect(runtimes).toEqual([...runtimes].sort((a, b) => b - a));
    const titles = run(['list', '--sort', 'title', '--limit', '3'], { env }).stdout.trim().split('\n');
    expect(titles).toHaveLength(3);
  });

  it('applies every filter, in all three decade spellings', () => {
    const seventies = run(['list', '--decade', '1970s'], { env }).stdout;
    expect(run(['list', '--decade', '1970'], { env }).stdout).toBe(seventies);
    expect(run(['list', '--decade', '70s'], { env }).stdout).toBe(seventies);
    const ryazanov = run(['list', '--director', 'Рязанов', '--from', '1975', '--to', '1984', '--genre', 'comedy', '--genre', 'drama', '--exclude-genre', 'musical'], { env });
    expect(ryazanov.code).toBe(0);
    const ids = ryazanov.stdout.trim().split('\n').map((l) => l.split('\t')[0]);
    expect(ids).toContain('office-romance');
    expect(ids).toContain('station-for-two');
    expect(ids).not.toContain('carnival-night');
  });

  it('prints a JSON array of full film objects with --json', () => {
    const r = run(['list', '--json', '--mood', 'festive'], { env });
    const films = JSON.parse(r.stdout);
    expect(Array.isArray(films)).toBe(true);
    expect(films.map((f: { id: string }) => f.id)).toContain('irony-of-fate');
    expect(Object.keys(films[0])).toEqual(Object.keys(FILMS.find((f) => f.id === films[0].id)!));
  });

  it('exits 1 naming what emptied the list', () => {
    const r = run(['list', '--decade', '1920s', '--max-runtime', '25'], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('No film fits: no film from the 1920s and at most 25 minutes long.');
  });

  it('writes all of a large result to a reader slower than the pipe', () => {
    // list --json is over 100 KB, more than a pipe holds; the reader starts late, so writes must wait.
    const r = spawnSync('sh', ['-c', `"${NODE}" "${BIN}" list --json | (sleep 0.3; cat)`], { env: cleanEnv(env), encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(100_000);
    expect(JSON.parse(r.stdout)).toHaveLength(FILMS.length);
    expect(r.stderr).toBe('');
  });

  it('writes all of a large result when a node parent reads its pipe late', async () => {
    const child = spawn(NODE, [BIN, 'list', '--json'], { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    const closed = new Promise((done) => child.on('close', done));
    // Nothing is read for a while (a 'readable' listener keeps node from draining the stream for
    // us), so the pipe fills and the writer must wait for room.
    const chunks: Buffer[] = [];
    let reading = false;
    const drain = () => {
      for (let d: Buffer | null; reading && (d = child.stdout.read() as Buffer | null) !== null; ) chunks.push(d);
    };
    child.stdout.on('readable', drain);
    await new Promise((done) => setTimeout(done, 300));
    reading = true;
    drain();
    expect(await closed).toBe(0);
    expect(JSON.parse(Buffer.concat(chunks).toString('utf8'))).toHaveLength(FILMS.length);
  });

  it('ends quietly when the reader closes the pipe', async () => {
    const r = await runClosedPipe(['list'], env);
    expect(r.first.split('\t')[0]).toBe(FILMS[0]!.id);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('usage errors exit 2 with one line', () => {
  const cases: [string[], RegExp][] = [
    [['list', '--decade', '1850s'], /--decade must be a decade/],
    [['list', '--genre', 'romcom'], /--genre must be one of/],
    [['list', '--mood', 'angry'], /--mood must be one of/],
    [['list', '--sort', 'rating'], /--sort must be one of/],
    [['list', '--limit', '0'], /--limit must be a whole number/],
    [['list', '--from', '1980', '--to', '1970'], /empty range/],
    [['list', '--max-runtime', 'long'], /--max-runtime must be a whole number from 1 to 2000/],
    [['list', '--bogus'], /unknown option '--bogus'/],
    [['lst'], /unknown command 'lst'/],
    [['pick', '--seed', '-3'], /--seed must be/],
    [['pick', '--date', '2026-02-30'], /--date must be a real day/],
    [['--color', 'sometimes', 'list'], /--color/],
    [['completion', 'powershell'], /completion needs one of/],
    [['timeline', '--by', 'month'], /--by must be year or decade/],
  ];
  for (const [args, message] of cases) {
    it(args.join(' '), () => {
      const r = run(args, { env });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('suggests the closest command', () => {
    expect(run(['lst'], { env }).stderr).toMatch(/Did you mean list\?/);
  });

  it('bare soviet-love without a terminal prints help and exits 2', () => {
    const r = run([], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Usage: soviet-love/);
    expect(r.stderr).toMatch(/soviet-love pick/);
  });
});

describe('help and version', () => {
  it('shows examples first on every command, and the exit codes on the main help', () => {
    const main = run(['--help'], { env });
    expect(main.code).toBe(0);
    expect(main.stdout).toMatch(/Exit codes:[\s\S]*130/);
    for (const cmd of ['list', 'search', 'show', 'pick', 'tonight', 'watched', 'unwatch', 'diary', 'export', 'timeline', 'completion']) {
      const r = run([cmd, '--help'], { env });
      expect(r.code, cmd).toBe(0);
      expect(r.stdout.indexOf('Examples:'), cmd).toBe(0);
      expect(r.stdout.indexOf('Examples:')).toBeLessThan(r.stdout.indexOf('Usage:'));
    }
  });

  it('prints the version', () => {
    const r = run(['--version'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('show', () => {
  it('prints the full card: titles, people, runtime, studio, story, facts with sources', () => {
    const r = run(['show', 'Летят', 'журавли'], { env });
    expect(r.code).toBe(0);
    for (const part of ['The Cranes Are Flying (1957)', 'Летят журавли', 'Letyat zhuravli', 'Mikhail Kalatozov', 'Tatiana Samoilova', '95 min', 'Mosfilm, Russian SFSR', 'The love story:', 'The true story', 'source: https://en.wikipedia.org/wiki/The_Cranes_Are_Flying']) {
      expect(r.stdout).toContain(part);
    }
  });

  it('prints one JSON object with --json', () => {
    const film = JSON.parse(run(['show', 'irony-of-fate', '--json'], { env }).stdout);
    expect(film.id).toBe('irony-of-fate');
    expect(Array.isArray(film)).toBe(false);
  });

  it('exits 1 with "did you mean" suggestions for an unclear query', () => {
    const r = run(['show', 'romanse'], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/No film matches "romanse"/);
    expect(r.stderr).toMatch(/Did you mean:\n {2}.+\(\d{4}\) \[[a-z-]+\]/);
  });
});

describe('search', () => {
  it('ranks matches and prints them like list', () => {
    const r = run(['search', 'moskva', 'slezam', 'ne', 'verit'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]!.split('\t')[0]).toBe('moscow-does-not-believe-in-tears');
  });

  it('gives JSON in rank order and honours --limit and filters', () => {
    const films = JSON.parse(run(['search', 'ryazanov', '--json', '--limit', '3', '--decade', '80s'], { env }).stdout);
    expect(films.length).toBeLessThanOrEqual(3);
    expect(films.length).toBeGreaterThan(0);
    for (const f of films) expect(f.year).toBeGreaterThanOrEqual(1980);
  });

  it('exits 1 when nothing is close', () => {
    const r = run(['search', 'qqqqzzzz'], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/No film matches/);
  });

  it('needs a query when there is no terminal', () => {
    const r = run(['search'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/needs a query/);
  });
});

describe('colour', () => {
  it('is off when piped, on with FORCE_COLOR or --color always, off again with --no-color', () => {
    expect(run(['list', '--limit', '1'], { env }).stdout).not.toMatch(ANSI);
    expect(run(['list', '--limit', '1'], { env: { ...env, FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
    expect(run(['--color', 'always', 'show', 'solaris'], { env }).stdout).toMatch(ANSI);
    expect(run(['--no-color', 'list', '--limit', '1'], { env: { ...env, FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    expect(run(['--color', 'never', 'list', '--limit', '1'], { env: { ...env, FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
  });

  it('keeps the TSV fields intact when colour is forced', () => {
    const line = run(['list', '--limit', '1'], { env: { ...env, FORCE_COLOR: '1' } }).stdout.trim();
    expect(line.split('\t')).toHaveLength(6);
  });
});

describe('catalogs', () => {
  it('catalog check passes on the bundled catalog', () => {
    const r = run(['catalog', 'check'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`valid, ${FILMS.length} films`));
  });

  it('catalog check lists every problem of a broken file and exits 3', () => {
    const broken = [variant('solaris', { year: 1850 }), variant('afonya', { moods: ['light', 'tragic'], genres: ['noir' as never] })];
    const file = catalogFile('broken.json', { schemaVersion: 2, films: broken });
    const r = run(['catalog', 'check', file], { env });
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/solaris: year must be a whole number from 1924 to 1991/);
    expect(r.stdout).toMatch(/afonya: genres/);
    expect(r.stderr).toMatch(/2 problems found/);
  });

  it('an invalid --catalog exits 3 naming the file, the film and the field', () => {
    const file = catalogFile('bad.json', { schemaVersion: 2, films: [variant('solaris', { runtimeMinutes: -5 })] });
    const r = run(['--catalog', file, 'list'], { env });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toMatch(/solaris: runtimeMinutes/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a missing or non-JSON catalog exits 3 naming the path; SOVIET_LOVE_CATALOG works too', () => {
    const missing = run(['--catalog', join(home.dir, 'nope.json'), 'list'], { env });
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/nope\.json: the file or its directory does not exist/);
    const garbage = catalogFile('garbage.json', '{"schemaVersion": 1, "films": [');
    const r = run(['list'], { env: { ...env, SOVIET_LOVE_CATALOG: garbage } });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/garbage\.json is not valid JSON/);
  });

  it('never lets control characters from the catalog reach the terminal: such a catalog is refused', () => {
    const evil = variant('solaris', { title: 'Sol\u001b]0;pwned\u0007aris\u001b[2J', synopsis: { en: 'Bad \u009b31m text\u0007.', ru: null }, love: { en: 'x\u001b[31my', ru: null } });
    const file = catalogFile('evil.json', { schemaVersion: 2, films: [evil] });
    for (const args of [['list'], ['show', 'solaris'], ['search', 'solaris'], ['pick', '--seed', '1'], ['--color', 'always', 'show', 'solaris'], ['catalog', 'check']]) {
      const r = run(['--catalog', file, ...args], { env });
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stdout + r.stderr, args.join(' ')).not.toMatch(/\u001b|\u0007|\u009b/);
    }
    const check = run(['catalog', 'check', file], { env });
    expect(check.stdout).toContain('solaris: title contains a control character (U+001B)');
    expect(check.stdout).toContain('solaris: synopsis.en contains a control character (U+009B)');
    expect(check.stdout).toContain('solaris: love.en contains a control character (U+001B)');
  });

  it('never echoes control characters from the user either', () => {
    const r = run(['show', 'zz\u001b[31mzz'], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/\u001b/);
  });
});

describe('unexpected errors', () => {
  it('show no stack trace unless DEBUG=soviet-love', () => {
    const file = catalogFile('dir-as-catalog', '{}');
    const plain = run(['--catalog', home.dir, 'list'], { env });
    expect(plain.code).toBe(3);
    expect(plain.stderr.trim().split('\n')).toHaveLength(1);
    const debug = run(['--catalog', home.dir, 'list'], { env: { ...env, DEBUG: 'soviet-love' } });
    expect(debug.stderr).toMatch(/\n\s+at /);
    void file;
  });
});

describe('catalog upgrade', () => {
  const old = join(ROOT, 'test', 'fixtures', 'schema1-catalog.json');

  it('prints the schema 2 form of a schema 1 file, which every command then reads', () => {
    const r = run(['catalog', 'upgrade', old], { env });
    expect(r.code, r.stderr).toBe(0);
    const upgraded = JSON.parse(r.stdout);
    expect(upgraded.schemaVersion).toBe(2);
    const file = catalogFile('upgraded.json', upgraded);
    const list = run(['--catalog', file, 'list'], { env });
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n').filter(Boolean)).toHaveLength(upgraded.films.length);
    // An unknown Russian text shows the English instead.
    const card = run(['--catalog', file, '--lang', 'ru', 'show', 'office-romance'], { env });
    expect(card.code).toBe(0);
    expect(card.stdout).toContain(upgraded.films.find((f: { id: string }) => f.id === 'office-romance').synopsis.en.slice(0, 30));
  });

  it('writes --output without replacing an existing file unless --force', () => {
    const out = join(home.dir, 'upgrade-out.json');
    expect(run(['catalog', 'upgrade', old, '--output', out], { env }).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe(2);
    const again = run(['catalog', 'upgrade', old, '--output', out], { env });
    expect(again.code).toBe(2);
    expect(run(['catalog', 'upgrade', old, '--output', out, '--force'], { env }).code).toBe(0);
  });

  it('names catalog upgrade when any other command is given a schema 1 file, and refuses to upgrade a schema 2 one', () => {
    const r = run(['--catalog', old, 'list'], { env });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('catalog upgrade');
    expect(r.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(2);
    const current = run(['catalog', 'upgrade', join(ROOT, 'data', 'films.json')], { env });
    expect(current.code).toBe(3);
    expect(current.stderr).toMatch(/already in schema 2/);
  });
});
