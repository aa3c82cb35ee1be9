// JSON output is one value either way: indented for a person at a terminal, a record per line
// when piped, so `grep` and `head -n` still work on it.
import { afterAll, describe, expect, it } from 'vitest';
import { run, tempHome } from '../helpers/run.js';
import { Terminal } from '../helpers/pty.js';
import { FILMS } from '../helpers/catalog.js';

const home = tempHome();
const env = { SOVIET_LOVE_HOME: home.dir };
afterAll(() => home.cleanup());

/** The records of a piped JSON array: "[" and "]" on their own lines, one compact item per line between. */
function records(stdout: string): unknown[] {
  const lines = stdout.split('\n');
  expect(lines[0]).toBe('[');
  expect(lines.at(-1)).toBe('');
  expect(lines.at(-2)).toBe(']');
  const items = lines.slice(1, -2).map((l, i, all) => JSON.parse(i < all.length - 1 ? l.replace(/,$/, '') : l) as unknown);
  expect(items).toEqual(JSON.parse(stdout));
  return items;
}

describe('piped JSON', () => {
  it('gives list, search and pick a film per line, with every field', () => {
    const list = records(run(['list', '--json', '--decade', '70s'], { env }).stdout) as { id: string }[];
    expect(list.length).toBeGreaterThan(5);
    const byId = new Map(FILMS.map((f) => [f.id, f]));
    for (const f of list) expect(f).toEqual(byId.get(f.id));
    expect((records(run(['search', 'moskva', 'slezam', '--json'], { env }).stdout)[0] as { id: string }).id).toBe('moscow-does-not-believe-in-tears');
    const picked = records(run(['pick', '--seed', '4', '--count', '2', '--json', '--explain'], { env }).stdout) as { reasons: string[] }[];
    expect(picked).toHaveLength(2);
    expect(picked[0]!.reasons.length).toBeGreaterThan(0);
  });

  it('gives show one line, and the diary an entry per line', () => {
    const r = run(['show', 'cranes', '--json'], { env });
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    // Every catalog field, then the resolved places to watch.
    const { watchOptions, ...film } = JSON.parse(r.stdout) as { watchOptions: unknown[] };
    expect(film).toEqual(FILMS.find((f) => f.id === 'cranes-are-flying'));
    expect(watchOptions.length).toBeGreaterThan(0);
    run(['watched', 'cranes', '--date', '2026-11-01'], { env });
    run(['watched', 'solaris', '--date', '2026-11-02'], { env });
    expect(records(run(['diary', '--json'], { env }).stdout)).toEqual([
      { id: 'solaris', title: 'Solaris', year: 1972, watchedOn: '2026-11-02', rating: null, rewatch: false },
      { id: 'cranes-are-flying', title: 'The Cranes Are Flying', year: 1957, watchedOn: '2026-11-01', rating: null, rewatch: false },
    ]);
  });

  it('is an empty array, on one line, when nothing fits', () => {
    const r = run(['list', '--json', '--decade', '20s', '--max-runtime', '20'], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('[]\n');
  });
});

describe('JSON in a terminal', () => {
  it('is indented, and the same value', async () => {
    const t = new Terminal(['show', 'cranes', '--json'], env);
    expect(await t.exited).toBe(0);
    expect(t.text).toContain('\n  "id": "cranes-are-flying",');
    const { watchOptions, ...film } = JSON.parse(t.text) as { watchOptions: unknown[] };
    expect(film).toEqual(FILMS.find((f) => f.id === 'cranes-are-flying'));
    expect(watchOptions.length).toBeGreaterThan(0);
  });
});
