// `search` by what you remember, end to end: JSON's matchedOn and matched words, the terminal's
// "in the story" line in either language, hostile queries, and what a title search loads.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BIN, cleanEnv, NODE, run, tempHome } from '../helpers/run.js';
import { terminalSession } from '../helpers/pty.js';

const home = tempHome();
afterAll(() => home.cleanup());
const env = { SOVIET_LOVE_HOME: home.dir };

interface Hit {
  id: string;
  matchedOn: string;
  matchedWords?: string[];
}
const hits = (stdout: string) => JSON.parse(stdout) as Hit[];

describe('search --json says what matched', () => {
  it('a story query: matchedOn "story" and the film\'s words that matched', () => {
    const r = run(['search', 'new', 'year', 'sauna', 'leningrad', '--json'], { env });
    expect(r.code, r.stderr).toBe(0);
    const [first] = hits(r.stdout);
    expect(first).toMatchObject({ id: 'irony-of-fate', matchedOn: 'story' });
    expect(first!.matchedWords).toEqual(expect.arrayContaining(['sauna', 'Leningrad']));
    // Piped: still one record per line, each a whole film with the match appended.
    const lines = r.stdout.trim().split('\n');
    expect(lines[1]).toMatch(/^\{"id":"irony-of-fate".*"matchedOn":"story","matchedWords":\[.*\]\},$/);
  });

  it('a Russian story query with inflected forms', () => {
    const r = run(['search', 'напился', 'в', 'бане', 'и', 'улетел', 'в', 'ленинград', '--json'], { env });
    expect(hits(r.stdout)[0]).toMatchObject({ id: 'irony-of-fate', matchedOn: 'story' });
  });

  it('a title query: matchedOn "title", no matched words', () => {
    const [first] = hits(run(['search', 'moscow', '--json'], { env }).stdout);
    expect(first).toEqual(expect.objectContaining({ id: 'moscow-does-not-believe-in-tears', matchedOn: 'title' }));
    expect(first!.matchedWords).toBeUndefined();
  });

  it('a person query: matchedOn "person"', () => {
    expect(hits(run(['search', 'tarkovsky', '--json'], { env }).stdout)[0]).toMatchObject({ id: 'solaris', matchedOn: 'person' });
  });

  it('filters apply to story hits too', () => {
    const r = run(['search', 'sauna', 'leningrad', '--decade', '60s', '--json'], { env });
    expect(hits(r.stdout).map((h) => h.id)).not.toContain('irony-of-fate');
  });

  it('a user catalog (no build index) is searched by story as well', () => {
    const file = join(home.dir, 'mine.json');
    writeFileSync(file, readFileSync(join(__dirname, '..', '..', 'data', 'films.json')));
    const r = run(['--catalog', file, 'search', 'young', 'man', 'who', 'breathes', 'underwater', '--json'], { env });
    expect(hits(r.stdout)[0]).toMatchObject({ id: 'amphibian-man', matchedOn: 'story' });
  });
});

describe('hostile story queries', () => {
  it.each([
    ['stop words only', 'the of and'],
    ['Russian stop words only', 'в на и'],
    ['control sequences', '\u0007\u001b[31m sauna'],
    ['a huge word', 'x'.repeat(5000)],
    ['emoji', '🙂 🙂 🙂'],
  ])('%s: results or one line, no stack trace', (_, q) => {
    const r = run(['search', q], { env });
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).not.toContain('\u001b');
  });
});

describe('in a terminal', { timeout: 20_000 }, () => {
  const { open } = terminalSession();
  it('a story hit shows why it matched', async () => {
    const t = open(['search', 'new', 'year', 'sauna', 'leningrad']);
    expect(await t.exited).toBe(0);
    expect(t.text).toMatch(/The Irony of Fate[^\n]*\r?\n\s+in the story: [^\n]*sauna/);
  });

  it('in Russian, with Russian words', async () => {
    const t = open(['--lang', 'ru', 'search', 'баня', 'новый', 'год']);
    expect(await t.exited).toBe(0);
    expect(t.text).toMatch(/Ирония судьбы[^\n]*\r?\n\s+в сюжете: [^\n]*баня/);
    expect(t.text).not.toMatch(/in the story/);
  });
});

describe('start-up stays lean', () => {
  // Preloaded: records every file the run reads with readFileSync.
  const probe = join(home.dir, 'probe.cjs');
  writeFileSync(
    probe,
    `const fs = require('node:fs'); const read = fs.readFileSync; const seen = [];
fs.readFileSync = function (file, ...rest) { seen.push(String(file)); return read.call(this, file, ...rest); };
process.on('exit', () => fs.writeFileSync(process.env.PROBE_OUT, JSON.stringify(seen)));`,
  );
  const reads = (args: string[]) => {
    const out = join(home.dir, `read-${args.join('_').replace(/\W+/g, '_')}.json`);
    const r = spawnSync(NODE, ['--require', probe, BIN, ...args], { env: cleanEnv({ ...env, PROBE_OUT: out }), encoding: 'utf8' });
    expect(r.status, r.stderr).toBeLessThan(2);
    return JSON.parse(readFileSync(out, 'utf8')) as string[];
  };

  it('a title search and show never read the story index', () => {
    for (const args of [['search', 'moskva', 'slezam'], ['search', 'moscow'], ['show', 'cranes']]) {
      expect(reads(args).some((f) => f.endsWith('story-index.json')), args.join(' ')).toBe(false);
    }
  });

  it('a story search reads the build\'s story index, not the whole catalog', () => {
    const files = reads(['search', 'sauna', 'leningrad']);
    expect(files.some((f) => f.endsWith('story-index.json'))).toBe(true);
    expect(files.some((f) => f.endsWith('films.json') && f.includes('data'))).toBe(false);
  });
});
