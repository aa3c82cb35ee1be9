// pick from the outside: reproducible seeds, counts, JSON shape, reasons and empty results.
import { afterAll, describe, expect, it } from 'vitest';
import { run, tempHome } from '../helpers/run.js';

const home = tempHome();
const env = { SOVIET_LOVE_HOME: home.dir };
afterAll(() => home.cleanup());

const pickJson = (args: string[]) => {
  const r = run(['pick', '--json', ...args], { env });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { id: string; year: number; moods: string[]; runtimeMinutes: number | null; reasons?: string[] }[];
};

describe('pick', () => {
  it('is reproducible with --seed and varies across seeds', () => {
    expect(pickJson(['--seed', '42'])).toEqual(pickJson(['--seed', '42']));
    const ids = new Set(['1', '2', '3', '4', '5', '6'].map((s) => pickJson(['--seed', s, '--date', '2026-06-01'])[0]!.id));
    expect(ids.size).toBeGreaterThan(1);
  });

  it('always prints a JSON array, with --count different films that fit the filters', () => {
    const one = pickJson(['--seed', '3']);
    expect(one).toHaveLength(1);
    const five = pickJson(['--count', '5', '--mood', 'light', '--max-runtime', '120', '--seed', '9']);
    expect(five).toHaveLength(5);
    expect(new Set(five.map((f) => f.id)).size).toBe(5);
    for (const f of five) {
      expect(f.moods).toContain('light');
      expect(f.runtimeMinutes).toBeLessThanOrEqual(120);
    }
  });

  it('adds reasons with --explain --json', () => {
    const [film] = pickJson(['--explain', '--decade', '60s', '--seed', '1']);
    expect(film!.reasons).toEqual(expect.arrayContaining([`${film!.year} is from the 1960s`]));
  });

  it('suggests The Irony of Fate first on New Year days', () => {
    expect(pickJson(['--date', '2026-12-31', '--seed', '5'])[0]!.id).toBe('irony-of-fate');
    const [film] = pickJson(['--date', '2027-01-01', '--explain']);
    expect(film!.reasons).toContain('1 January: the New Year film');
  });

  it('prints TSV when piped and a card with the seed in a forced-colour terminal layout', () => {
    const piped = run(['pick', '--seed', '11'], { env });
    expect(piped.stdout.replace(/\n$/, '').split('\t')).toHaveLength(6);
    const explained = run(['pick', '--seed', '11', '--explain'], { env });
    expect(explained.stderr).toMatch(/^[a-z0-9-]+: /);
  });

  it('exits 1 naming what emptied the list', () => {
    const r = run(['pick', '--decade', '1920s', '--max-runtime', '25'], { env });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('Nothing to pick: no film from the 1920s and at most 25 minutes long.');
  });

  it('says when fewer films fit than --count asked for, in JSON too', () => {
    const films = pickJson(['--director', 'menshov', '--count', '10']);
    expect(films.map((f) => f.id).sort()).toEqual(['love-and-pigeons', 'moscow-does-not-believe-in-tears']);
  });
});
