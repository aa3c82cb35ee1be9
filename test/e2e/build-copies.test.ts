// The build writes trusted copies of the bundled catalog (whole films, summaries, search keys) so
// that a run reads less; every command must answer exactly as it does from data/films.json itself.
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, run, tempHome } from '../helpers/run.js';
import { FILMS } from '../helpers/catalog.js';

const home = tempHome();
// The same file at another path is "some other catalog": read whole and validated on every run.
const own = join(home.dir, 'films.json');
copyFileSync(join(ROOT, 'data', 'films.json'), own);
const env = { SOVIET_LOVE_HOME: home.dir };
afterAll(() => home.cleanup());

describe("the build's copies of the bundled catalog", () => {
  it('are pure ASCII but for the whole films, and the summaries hold every field but the long texts', () => {
    const summaries = JSON.parse(readFileSync(join(ROOT, 'dist', 'films-summary.json'), 'latin1')).films as Record<string, unknown>[];
    const whole = JSON.parse(readFileSync(join(ROOT, 'dist', 'films.json'), 'utf8')) as Record<string, unknown>[];
    for (const name of ['films-summary.json', 'search-index.json', 'cli.cjs']) {
      // eslint-disable-next-line no-control-regex
      expect(/[^\x00-\x7f]/.test(readFileSync(join(ROOT, 'dist', name), 'latin1')), name).toBe(false);
    }
    expect(whole).toEqual(FILMS);
    // One whole film per line, so a card can be read without parsing the rest.
    const lines = readFileSync(join(ROOT, 'dist', 'films.json'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(FILMS.length + 2);
    lines.slice(1, -1).forEach((line, i) => expect(JSON.parse(line.replace(/,$/, ''))).toEqual(FILMS[i]));
    const details = ['basedOn', 'composer', 'synopsis', 'love', 'keywords', 'facts', 'links', 'watch'];
    expect(summaries.map((f) => f.id)).toEqual(FILMS.map((f) => f.id));
    summaries.forEach((s, i) => {
      const { basedOn, composer, synopsis, love, keywords, facts, links, watch, ...rest } = FILMS[i]!;
      expect(s).toEqual(rest);
    });
    expect(Object.keys(summaries[0]!).some((k) => details.includes(k))).toBe(false);
  });

  it.each([
    [['list']],
    [['list', '--json', '--decade', '70s']],
    [['list', '--director', 'ryazanov', '--sort', 'title']],
    [['show', 'cranes']],
    // The first and last lines of the build's copy, read alone.
    [['show', FILMS[0]!.id, '--json']],
    [['show', FILMS.at(-1)!.id, '--json']],
    // More films than are read one by one.
    [['pick', '--seed', '9', '--count', '12', '--json']],
    [['search', 'love', '--json', '--limit', '15']],
    [['show', 'ironiya sudby', '--json']],
    [['search', 'moskva', 'slezam']],
    [['search', 'gurchenko', '--json']],
    [['pick', '--seed', '5', '--count', '3']],
    [['pick', '--seed', '5', '--count', '2', '--json', '--explain']],
    [['timeline']],
    [['completion', 'bash']],
  ])('%j answers the same as from the source file', (args) => {
    const bundled = run(args, { env });
    const source = run(['--catalog', own, ...args], { env });
    expect(bundled.code).toBe(0);
    expect(bundled.stdout.length).toBeGreaterThan(0);
    expect(bundled.stdout).toBe(source.stdout);
    expect(bundled.stderr).toBe(source.stderr);
  });

  it('the diary and export read titles the same way', () => {
    expect(run(['watched', 'solaris', '--date', '2026-11-01', '--rating', '4'], { env }).code).toBe(0);
    for (const args of [['diary'], ['diary', '--json'], ['export'], ['export', '--format', 'json']]) {
      expect(run(args, { env }).stdout).toBe(run(['--catalog', own, ...args], { env }).stdout);
    }
  });
});
