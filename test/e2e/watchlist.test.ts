// The watchlist end to end: add, remove, list, pick --watchlist, export --watchlist, and the diary
// log's promises for its entries: concurrent writers lose nothing, a torn line loses nothing, damage is never rewritten.
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, NODE, ROOT, cleanEnv, run, tempHome, type RunResult } from '../helpers/run.js';

const FILMS: { id: string }[] = JSON.parse(readFileSync(join(ROOT, 'data', 'films.json'), 'utf8')).films;

let home: { dir: string; cleanup: () => void };
let file: string;
beforeEach(() => {
  home = tempHome();
  file = join(home.dir, 'diary.jsonl');
});
afterEach(() => home.cleanup());

const sl = (args: string[]): RunResult => run(args, { env: { SOVIET_LOVE_HOME: home.dir } });
const lines = (text: string) => text.split('\n').filter(Boolean);
const saved = () => (JSON.parse(sl(['watchlist', '--json']).stdout) as { id: string; title: string; year: number; addedOn: string }[]).map((s) => s.id);

function slAsync(args: string[]) {
  const child = spawn(NODE, [BIN, ...args], { env: cleanEnv({ SOVIET_LOVE_HOME: home.dir }), stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  return { child, done: new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((done) => child.on('close', (code, signal) => done({ code, signal, stderr }))) };
}

describe('watchlist add, remove and list', () => {
  it('adds by any title, once; lists newest first as a table, TSV or JSON; removes', () => {
    const a = sl(['watchlist', 'add', 'Летят', 'журавли']);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stderr.trim()).toBe('Saved The Cranes Are Flying for later (1 film on your watchlist).');
    expect(sl(['watchlist', 'add', 'love and doves']).code).toBe(0);
    const twice = sl(['watchlist', 'add', 'cranes-are-flying']);
    expect(twice.code).toBe(0);
    expect(twice.stderr.trim()).toBe('The Cranes Are Flying is already on your watchlist.');
    expect(saved()).toEqual(['love-and-pigeons', 'cranes-are-flying']);
    const json = JSON.parse(sl(['watchlist', '--json']).stdout);
    expect(Object.keys(json[0]).sort()).toEqual(['addedOn', 'id', 'title', 'year']);
    const piped = sl(['watchlist']);
    expect(lines(piped.stdout).map((l) => l.split('\t').slice(1))).toEqual([
      ['love-and-pigeons', 'Love and Pigeons', 'Любовь и голуби', '1985'],
      ['cranes-are-flying', 'The Cranes Are Flying', 'Летят журавли', '1957'],
    ]);

    const r = sl(['watchlist', 'remove', 'cranes']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.trim()).toBe('Took The Cranes Are Flying off your watchlist.');
    expect(saved()).toEqual(['love-and-pigeons']);
    const again = sl(['watchlist', 'remove', 'cranes']);
    expect(again.code).toBe(1);
    expect(lines(again.stderr)).toEqual(['The Cranes Are Flying is not on your watchlist.']);
  });

  it('an empty watchlist: [] as JSON, a hint otherwise; an unknown film exits 1 writing nothing', () => {
    expect(sl(['watchlist', '--json']).stdout.trim()).toBe('[]');
    const empty = sl(['watchlist']);
    expect(empty.stdout).toBe('');
    expect(empty.stderr).toContain('watchlist add');
    const unknown = sl(['watchlist', 'add', 'qqqqzzzz']);
    expect(unknown.code).toBe(1);
    expect(() => readFileSync(file)).toThrow();
  });

  it('--lang ru speaks Russian', () => {
    const r = run(['--lang', 'ru', 'watchlist', 'add', 'office-romance'], { env: { SOVIET_LOVE_HOME: home.dir } });
    expect(r.stderr.trim()).toBe('«Office Romance» отложен на потом (в списке «Посмотреть позже» фильмов: 1).');
  });
});

describe('pick --watchlist and export --watchlist', () => {
  it('picks only saved films, skipping watched ones; says so when the watchlist is empty', () => {
    const none = sl(['pick', '--watchlist']);
    expect(none.code).toBe(1);
    expect(lines(none.stderr)).toHaveLength(1);
    expect(none.stderr).toContain('watchlist is empty');
    for (const id of ['office-romance', 'circus', 'solaris']) expect(sl(['watchlist', 'add', id]).code).toBe(0);
    expect(sl(['watched', 'solaris']).code).toBe(0);
    const seen = new Set<string>();
    for (let seed = 0; seed < 12; seed++) seen.add(sl(['pick', '--watchlist', '--seed', String(seed)]).stdout.split('\t')[0]!);
    expect([...seen].sort()).toEqual(['circus', 'office-romance']);
    const all = JSON.parse(sl(['pick', '--watchlist', '--count', '5', '--include-watched', '--json']).stdout) as { id: string }[];
    expect(all.map((f) => f.id).sort()).toEqual(['circus', 'office-romance', 'solaris']);
    const filtered = sl(['pick', '--watchlist', '--decade', '50s']);
    expect(filtered.code).toBe(1);
    expect(filtered.stderr).toMatch(/on your watchlist/);
  });

  it("export --watchlist writes Letterboxd's watchlist CSV with imdbIDs; --format json too", () => {
    for (const id of ['circus', 'office-romance']) expect(sl(['watchlist', 'add', id]).code).toBe(0);
    const r = sl(['export', '--watchlist']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\r\n').sort()).toEqual(['Circus,1936,tt0028420,"Grigori Aleksandrov, Isidor Simkov"', 'Office Romance,1977,,Eldar Ryazanov', 'Title,Year,imdbID,Directors']);
    expect((JSON.parse(sl(['export', '--watchlist', '--format', 'json']).stdout) as { id: string }[]).map((s) => s.id).sort()).toEqual(['circus', 'office-romance']);
    const out = join(home.dir, 'watchlist.csv');
    const w = sl(['export', '--watchlist', '--output', out]);
    expect(w.stderr).toContain('Exported 2 films of your watchlist');
    expect(readFileSync(out, 'utf8')).toBe(r.stdout);
  });
});

describe('the one log: watchlist entries get the diary promises', () => {
  it('20 processes saving and recording at once lose nothing', async () => {
    const chosen = FILMS.slice(0, 20).map((f) => f.id);
    const procs = chosen.map((id, i) => slAsync(i % 2 === 0 ? ['watchlist', 'add', id] : ['watched', id, '--date', '2026-01-01']));
    const results = await Promise.all(procs.map((p) => p.done));
    results.forEach((r, i) => expect(r.code, `${chosen[i]}: ${r.stderr}`).toBe(0));
    expect(saved().sort()).toEqual(chosen.filter((_, i) => i % 2 === 0).sort());
    const viewed = (JSON.parse(sl(['diary', '--json']).stdout) as { id: string }[]).map((v) => v.id);
    expect(viewed.sort()).toEqual(chosen.filter((_, i) => i % 2 === 1).sort());
    const text = readFileSync(file, 'utf8');
    expect(lines(text)).toHaveLength(20);
    for (const line of lines(text)) expect(() => JSON.parse(line)).not.toThrow();
  }, 60_000);

  it('a torn last want line hides nothing before it, and the next entry starts on a fresh line', () => {
    for (const id of ['irony-of-fate', 'office-romance']) expect(sl(['watchlist', 'add', id]).code).toBe(0);
    appendFileSync(file, '{"op":"want","id":"circ');
    const r = sl(['watchlist', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { id: string }[]).map((s) => s.id).sort()).toEqual(['irony-of-fate', 'office-romance']);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain(file);
    const before = readFileSync(file);
    expect(sl(['watchlist', 'add', 'cinderella']).code).toBe(0);
    expect(readFileSync(file).subarray(0, before.length).equals(before)).toBe(true);
    expect(saved().sort()).toEqual(['cinderella', 'irony-of-fate', 'office-romance']);
  });

  it('a damaged file is never rewritten: garbage between entries, one warning, appends only', () => {
    expect(sl(['watchlist', 'add', 'circus']).code).toBe(0);
    appendFileSync(file, Buffer.from([0x00, 0xff, 0x1b, 0x5b, 0x32, 0x4a, 0x0a]));
    appendFileSync(file, `${JSON.stringify({ op: 'want', id: 'solaris', addedOn: '2026-02-30', at: 'x' })}\n`);
    expect(sl(['watchlist', 'add', 'office-romance']).code).toBe(0);
    const before = readFileSync(file);
    const r = sl(['watchlist', 'remove', 'circus']);
    expect(r.code).toBe(0);
    expect(lines(r.stderr).filter((l) => l.startsWith('Warning:'))).toHaveLength(1);
    expect(readFileSync(file).subarray(0, before.length).equals(before)).toBe(true);
    expect(saved()).toEqual(['office-romance']);
  });

  it('the log stays readable by hand: one JSON object per line', () => {
    expect(sl(['watchlist', 'add', 'circus']).code).toBe(0);
    expect(sl(['watchlist', 'remove', 'circus']).code).toBe(0);
    const [want, unwant] = lines(readFileSync(file, 'utf8')).map((l) => JSON.parse(l));
    expect(want).toMatchObject({ op: 'want', id: 'circus' });
    expect(want.addedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(unwant).toMatchObject({ op: 'unwant', id: 'circus' });
    writeFileSync(file, '');
  });
});
