// Issue #11, points 1–10: hostile input and odd environments, tried end to end as the issue did.
import { spawnSync } from 'node:child_process';
import {
  closeSync, constants, cpSync, existsSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, readlinkSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, NODE, ROOT, cleanEnv, run, tempHome, type RunResult } from '../helpers/run.js';
import { FILMS, variant } from '../helpers/catalog.js';
import { terminalSession } from '../helpers/pty.js';
import { syntheticCatalog } from '../../scripts/synthetic.js';

const isRoot = process.getuid?.() === 0;
let home: { dir: string; cleanup: () => void };
beforeEach(() => {
  home = tempHome();
});
afterEach(() => home.cleanup());

const sl = (args: string[], env: Record<string, string | undefined> = {}): RunResult => run(args, { env: { SOVIET_LOVE_HOME: home.dir, ...env } });
const diary = () => join(home.dir, 'diary.jsonl');
const mkfifo = (path: string) => expect(spawnSync('mkfifo', [path]).status).toBe(0);
/** A run's wall time in ms, with its result. */
function timed(f: () => RunResult): [RunResult, number] {
  const start = performance.now();
  const r = f();
  return [r, performance.now() - start];
}
/** One line on stderr and no stack trace. */
function oneLine(r: RunResult): void {
  expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at |cli\.cjs/);
}

/**
 * A copy of the install whose caches beside the bundle cannot be read or replaced (folders stand in
 * for them: root writes read-only folders), as a system-wide install is for a user; its bin shim.
 */
function blockedInstall(): string {
  const install = join(home.dir, 'install');
  for (const part of ['bin', 'dist', 'data']) cpSync(join(ROOT, part), join(install, part), { recursive: true, preserveTimestamps: true });
  for (const name of spawnSync('ls', [join(install, 'dist')], { encoding: 'utf8' }).stdout.split('\n').filter((n) => n.endsWith('.cache'))) {
    rmSync(join(install, 'dist', name));
    mkdirSync(join(install, 'dist', name));
  }
  return join(install, 'bin', 'soviet-love.cjs');
}

function seed(): void {
  expect(sl(['watched', 'solaris', '--date', '2025-01-01']).code).toBe(0);
  expect(sl(['watched', 'cinderella', '--date', '2025-02-01']).code).toBe(0);
}

describe('1. export --output never replaces what is not a regular file', () => {
  it('a link to a file is replaced at its real path, and stays a link', () => {
    seed();
    const real = join(home.dir, 'real.csv');
    const link = join(home.dir, 'link.csv');
    writeFileSync(real, 'old\n');
    symlinkSync(real, link);
    const r = sl(['export', '--output', link, '--force']);
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(readFileSync(real, 'utf8')).toMatch(/^Title,Year/);
  });

  it('a FIFO is written through, never replaced, with or without --force; one no one reads fails at once', () => {
    seed();
    const fifo = join(home.dir, 'pipe');
    mkfifo(fifo);
    for (const force of [[], ['--force']]) {
      const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
      try {
        const r = sl(['export', '--output', fifo, ...force]);
        expect(r.code, r.stderr).toBe(0);
        const buf = Buffer.alloc(4096);
        const n = readSync(reader, buf);
        expect(buf.subarray(0, n).toString()).toMatch(/^Title,Year,imdbID,Directors/);
      } finally {
        closeSync(reader);
      }
      expect(lstatSync(fifo).isFIFO()).toBe(true);
    }
    const [alone, ms] = timed(() => sl(['export', '--output', fifo, '--force']));
    expect(alone.code).toBe(3);
    expect(alone.stderr).toContain('nothing is reading from it');
    expect(ms).toBeLessThan(3000);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('/dev/stdout is standard output, whatever it is (here a pipe)', () => {
    seed();
    const r = sl(['export', '--output', '/dev/stdout']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Title,Year,imdbID,Directors/);
    expect(sl(['export', '--output', '/dev/stdout', '--force']).stdout).toBe(r.stdout);
  });

  it.skipIf(!isRoot)('a device is written through and stays a device (as root, on a null device of our own)', () => {
    seed();
    const device = join(home.dir, 'null');
    expect(spawnSync('mknod', [device, 'c', '1', '3']).status).toBe(0);
    const r = sl(['export', '--output', device, '--force']);
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(device).isCharacterDevice()).toBe(true);
  });

  it('a directory is a usage error', () => {
    seed();
    expect(sl(['export', '--output', home.dir, '--force']).code).toBe(2);
  });
});

describe('2. a file that is not a diary is never written into', () => {
  it('a link to some other file: exit 3, the file untouched, the message accurate', () => {
    const other = join(home.dir, 'notes.txt');
    writeFileSync(other, 'shopping list\nmilk\nbread\n');
    const dir = join(home.dir, 'h');
    mkdirSync(dir);
    symlinkSync(other, join(dir, 'diary.jsonl'));
    for (const args of [['watched', 'solaris'], ['diary'], ['unwatch', 'solaris']]) {
      const r = run(args, { env: { SOVIET_LOVE_HOME: dir } });
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stderr).toContain('is not a soviet-love diary');
      expect(r.stderr).not.toContain('the other entries are fine');
    }
    expect(readFileSync(other, 'utf8')).toBe('shopping list\nmilk\nbread\n');
  });

  it('a diary whose only line is torn is still a diary', () => {
    writeFileSync(diary(), '{"op":"watch","id":"sol');
    const r = sl(['watched', 'solaris']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('there are no other entries');
  });
});

describe('3. a query naming two films acts on neither', () => {
  it.each([
    [['unwatch', 'circus', 'cinderella']],
    [['watched', 'cranes', 'solaris']],
    [['show', 'moscow', 'solaris']],
  ])('%j exits 1 with "did you mean", changing nothing', (args) => {
    seed();
    const before = readFileSync(diary(), 'utf8');
    const r = sl(args);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('Did you mean');
    expect(r.stdout).toBe('');
    expect(readFileSync(diary(), 'utf8')).toBe(before);
  });

  it('one film, however it is typed, is still found', () => {
    expect(sl(['show', 'moskva', 'slezam', 'ne', 'verit']).code).toBe(0);
    expect(sl(['show', 'the', 'cranes', 'are', 'flying']).code).toBe(0);
    expect(sl(['watched', 'office', 'romance']).code).toBe(0);
  });
});

describe('4. an empty or relative HOME or XDG_* is never used', () => {
  it('HOME= : exit 3 saying to set SOVIET_LOVE_HOME, nothing made in the current directory; list still works', () => {
    const env = { SOVIET_LOVE_HOME: undefined, HOME: '' };
    const r = run(['watched', 'solaris'], { env, cwd: home.dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('SOVIET_LOVE_HOME');
    oneLine(r);
    expect(existsSync(join(home.dir, '.local'))).toBe(false);
    expect(run(['list'], { env, cwd: home.dir }).code).toBe(0);
  });

  it('HOME= on an install whose folder cannot take caches: no cache in the current directory', () => {
    const bin = blockedInstall();
    const r = run(['list'], { env: { SOVIET_LOVE_HOME: undefined, HOME: '' }, cwd: home.dir, bin });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(home.dir, '.cache'))).toBe(false);
  });

  it('a relative XDG_DATA_HOME is ignored for the default under HOME', () => {
    const env = { SOVIET_LOVE_HOME: undefined, HOME: join(home.dir, 'me'), XDG_DATA_HOME: 'rel' };
    const r = run(['watched', 'solaris'], { env, cwd: home.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(home.dir, 'rel'))).toBe(false);
    expect(existsSync(join(home.dir, 'me', '.local', 'share', 'soviet-love', 'diary.jsonl'))).toBe(true);
  });
});

describe('5. an output that cannot be written: one line, exit 3', () => {
  it.each([[['list']], [['--help']], [['--version']], [['show', 'cranes']], [['list', '--json']]])('%j > /dev/full', (args) => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(NODE, [BIN, ...args], { env: cleanEnv({ SOVIET_LOVE_HOME: home.dir }), stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(3);
      expect(r.stderr.trim()).toBe('Cannot write the output: the disk is full.');
    } finally {
      closeSync(full);
    }
  });
});

describe('6. nothing hangs: every case ends within seconds with exit 3', () => {
  const quick = (r: RunResult, ms: number, text: string) => {
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain(text);
    oneLine(r);
    expect(ms).toBeLessThan(3000);
  };

  it('SOVIET_LOVE_HOME under /proc', () => {
    const [r, ms] = timed(() => run(['watched', 'solaris'], { env: { SOVIET_LOVE_HOME: '/proc/x' } }));
    expect(r.code).toBe(3);
    expect(ms).toBeLessThan(3000);
  });

  it('a FIFO as diary.jsonl: diary, watched and unwatch', () => {
    mkfifo(diary());
    for (const args of [['diary'], ['watched', 'solaris'], ['unwatch', 'solaris'], ['pick', '--seed', '1']]) {
      const [r, ms] = timed(() => sl(args));
      quick(r, ms, 'not a regular file');
    }
  });

  it('--catalog /dev/zero, catalog check /dev/urandom, a FIFO as catalog', () => {
    const fifo = join(home.dir, 'cat.fifo');
    mkfifo(fifo);
    for (const args of [['--catalog', '/dev/zero', 'list'], ['catalog', 'check', '/dev/urandom'], ['--catalog', fifo, 'list']]) {
      const [r, ms] = timed(() => sl(args));
      quick(r, ms, 'not a regular file');
    }
  });

  it('a catalog over 256 MB is refused unread', () => {
    const big = join(home.dir, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, 257 * 1024 * 1024);
    const [r, ms] = timed(() => sl(['--catalog', big, 'list']));
    quick(r, ms, 'larger than 256 MB');
  });

  it('XDG_CACHE_HOME under /proc, on an install whose folder cannot take caches', () => {
    const env = { SOVIET_LOVE_HOME: undefined, XDG_CACHE_HOME: '/proc/nope', XDG_DATA_HOME: home.dir };
    const [r, ms] = timed(() => run(['list'], { env, bin: blockedInstall() }));
    expect(r.code, r.stderr).toBe(0);
    expect(ms).toBeLessThan(3000);
  });
});

describe('7. huge input is quick and never echoed whole', () => {
  const words = Array.from({ length: 14000 }, (_, i) => `word${i}`).join(' ');
  const oneWord = 'x'.repeat(96 * 1024);

  it.each([['search'], ['show'], ['watched']])('%s with a 14,000-word query and a 96 KB word: under 0.5 s more than a short one', (cmd) => {
    const [, base] = timed(() => sl([cmd, 'zzzz qqqq']));
    for (const query of [words, oneWord]) {
      const [r, ms] = timed(() => sl([cmd, query]));
      expect(r.code).toBe(1);
      expect(ms - base).toBeLessThan(500);
      oneLine({ ...r, stderr: r.stderr.split('\n')[0]! });
      for (const line of r.stderr.split('\n')) expect(line.length).toBeLessThan(200);
      expect(r.stderr).toContain('…');
    }
  });

  it('a catalog with a 1 MB id gives a short error line', () => {
    const file = join(home.dir, 'long-id.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 2, films: [variant('solaris', { id: 'a'.repeat(1024 * 1024), year: 1800 })] }));
    const r = sl(['--catalog', file, 'list']);
    expect(r.code).toBe(3);
    for (const line of r.stderr.split('\n')) expect(line.length).toBeLessThan(400);
  });
});

describe('8. a poisoned search cache is ignored and rebuilt', () => {
  // The key cache is two files: keys-*.json (the distinct keys and weights) and keys-*.bin (each
  // entry's film, key and weight positions, and the trigram postings); the story cache likewise.
  const poisons: [string, string, (films: number) => string | Buffer][] = [
    ['keys of the wrong shape', 'keys-', (films) => JSON.stringify({ films, keys: [12345, 'heavy'], weights: ['x'] })],
    ['keys that are not folded', 'keys-', (films) => JSON.stringify({ films, keys: ['NOT A KEY!'], weights: [1] })],
    ['keys for another number of films', 'keys-', (films) => JSON.stringify({ films: films + 5, keys: ['zz'], weights: [1] })],
    ['entry bytes that are noise', 'keys-', () => Buffer.from('not the cache at all, but the same length as nothing in particular')],
    ['a story index that is noise', 'story-', () => Buffer.alloc(64, 0xff)],
  ];
  it.each(poisons)('%s', (what, prefix, poison) => {
    const file = join(home.dir, `big-${prefix}${what.length}.json`);
    const catalog = syntheticCatalog(FILMS, 1100, 5);
    writeFileSync(file, JSON.stringify(catalog));
    const target = catalog.films[1000]!;
    // A title search, and a story search (which reads the story index).
    const search = () => sl(['--catalog', file, 'search', target.title, '--json', '--limit', '1']);
    const story = () => sl(['--catalog', file, 'search', 'zzkq', 'benchmarks', '--json', '--limit', '1']);
    expect(search().code).toBe(0);
    story();
    const cacheDir = join(home.dir, 'cache');
    const names = spawnSync('ls', [cacheDir], { encoding: 'utf8' }).stdout.split('\n').filter((n) => n.startsWith(prefix));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      // Poison the half this case is about (JSON for the keys' shape, bytes for the rest), keeping its time.
      const bytes = typeof poison(catalog.films.length) !== 'string';
      if (name.endsWith(bytes ? '.bin' : '.json')) {
        const cache = join(cacheDir, name);
        const { mtime } = statSync(cache);
        writeFileSync(cache, poison(catalog.films.length));
        spawnSync('touch', ['-d', mtime.toISOString(), cache]);
      }
    }
    const r = search();
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)[0].id).toBe(target.id);
    const s = story();
    expect(s.code === 0 || s.code === 1, s.stderr).toBe(true);
    expect(s.stderr).not.toMatch(/\n\s+at |unexpected error/);
  });

  it('rebuilds a poisoned key cache: the next run reads good keys again', () => {
    const file = join(home.dir, 'big-rebuild.json');
    const catalog = syntheticCatalog(FILMS, 1100, 6);
    writeFileSync(file, JSON.stringify(catalog));
    const target = catalog.films[1001]!;
    const search = () => sl(['--catalog', file, 'search', target.title, '--json', '--limit', '1']);
    expect(search().code).toBe(0);
    const cacheDir = join(home.dir, 'cache');
    const keysFiles = () => spawnSync('ls', [cacheDir], { encoding: 'utf8' }).stdout.split('\n').filter((n) => n.startsWith('keys-') && n.endsWith('.json'));
    const before = new Set(keysFiles());
    expect(search().code).toBe(0);
    const mine = keysFiles().filter((n) => before.has(n));
    for (const name of mine) {
      const cache = join(cacheDir, name);
      const { mtime } = statSync(cache);
      writeFileSync(cache, JSON.stringify({ films: 1, keys: [7], weights: [] }));
      spawnSync('touch', ['-d', mtime.toISOString(), cache]);
    }
    expect(search().code).toBe(0);
    const rebuilt = mine.map((n) => JSON.parse(readFileSync(join(cacheDir, n), 'utf8')));
    expect(rebuilt.some((c) => c.films === 1100 && typeof c.keys[0] === 'string')).toBe(true);
  });
});

describe('9. no control sequence reaches the terminal', () => {
  const { open } = terminalSession();
  const ESC_ID = 'x\u001b]0;pwned\u0007y';

  it('export to a terminal, the Exported message, the damage warning and U+202E', async () => {
    writeFileSync(diary(), `${JSON.stringify({ op: 'watch', id: ESC_ID, watchedOn: '2025-01-01', rating: null, at: 'x' })}\ngarbage\n`);
    for (const format of ['letterboxd', 'csv', 'json']) {
      const t = open(['export', '--format', format], { SOVIET_LOVE_HOME: home.dir });
      expect(await t.exited).toBe(0);
      expect(t.output).toContain('pwned');
      expect(t.output).not.toMatch(/\u001b\]0;|\u0007/);
    }
    // The same for a pipe, and for an escape-laden SOVIET_LOVE_HOME echoed in messages.
    const evilHome = join(home.dir, 'h\u001b]0;x\u0007');
    mkdirSync(evilHome);
    writeFileSync(join(evilHome, 'diary.jsonl'), readFileSync(diary()));
    const out = join(evilHome, 'out\u001b[31m.csv');
    for (const r of [run(['diary'], { env: { SOVIET_LOVE_HOME: evilHome } }), run(['export', '--output', out], { env: { SOVIET_LOVE_HOME: evilHome } })]) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    const rtl = sl(['show', '\u202egnp.exe']);
    expect(rtl.code).toBe(1);
    expect(rtl.stderr).not.toContain('\u202e');
  });
});

describe('10. catalog check: a control character in any string is a validation error', () => {
  it.each([
    ['title', { title: 'Sol\u001baris' }, 'solaris: title contains a control character (U+001B)'],
    ['title', { title: 'Sol\taris' }, 'solaris: title contains a control character (U+0009)'],
    ['title', { title: 'Sol\naris' }, 'solaris: title contains a control character (U+000A)'],
    ['title', { title: 'Sol\u2028aris' }, 'solaris: title contains a control character (U+2028)'],
    ['links', { links: { wikipedia: 'https://en.wikipedia.org/wiki/Sol\u0007aris' } }, 'solaris: links.wikipedia contains a control character (U+0007)'],
    ['facts', { facts: [{ text: { en: 'A fact.', ru: 'Факт.' }, source: 'https://example.org/\u0007' }] }, 'solaris: facts[0].source contains a control character (U+0007)'],
    ['cast', { cast: [{ en: 'Natalya Bondarchuk', ru: 'Наталья Бондарчук' }, { en: 'Donatas\u009b Banionis', ru: null }] }, 'solaris: cast[1].en contains a control character (U+009B)'],
    ['keywords', { keywords: { en: ['space station'], ru: ['Соля\u202eрис'] } }, 'solaris: keywords.ru[0] contains a control character (U+202E)'],
  ])('%s', (_, change, expected) => {
    const file = join(home.dir, 'c.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 2, films: [variant('solaris', change as never)] }));
    const r = sl(['catalog', 'check', file]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(expected);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028]/);
  });

  it('a file that is not JSON gives a one-line error, whatever the file holds', () => {
    const file = join(home.dir, 'bad.json');
    // The parser quotes a short file whole, raw newlines and all.
    writeFileSync(file, '\n\n\nxx');
    const r = sl(['catalog', 'check', file]);
    expect(r.code).toBe(3);
    oneLine(r);
  });
});
