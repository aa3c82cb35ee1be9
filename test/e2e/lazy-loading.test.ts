// What a run loads is part of its start-up cost: non-interactive commands must never load the
// prompts (dist/prompts.cjs, read by the shim through its code cache), and a piped run must not build node's stdout stream or load chalk, Fuse.js or the Russian tables.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BIN, cleanEnv, NODE, ROOT, tempHome } from '../helpers/run.js';
import { Terminal } from '../helpers/pty.js';

const home = tempHome();
// Preloaded with --require: on exit it writes what the run loaded (modules, the files it read, and
// node's own modules).
const probe = join(home.dir, 'probe.cjs');
writeFileSync(
  probe,
  `const fs = require('node:fs');
  const read = [];
  const readFileSync = fs.readFileSync;
  fs.readFileSync = (file, ...rest) => (read.push(String(file)), readFileSync(file, ...rest));
  process.on('exit', () => fs.writeFileSync(process.env.PROBE_OUT, JSON.stringify({
    files: Object.keys(require.cache),
    read,
    builtins: process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)),
  })));`,
);
afterAll(() => home.cleanup());

interface Loaded {
  files: string[];
  read: string[];
  builtins: string[];
}

function loadedBy(args: string[], env: Record<string, string> = {}): Loaded {
  const out = join(home.dir, `loaded-${args.join('-').replace(/\W+/g, '_')}.json`);
  const r = spawnSync(NODE, ['--require', probe, BIN, ...args], { env: cleanEnv({ SOVIET_LOVE_HOME: home.dir, PROBE_OUT: out, ...env }), encoding: 'utf8' });
  expect(r.status, r.stderr).toBeLessThan(2);
  return JSON.parse(readFileSync(out, 'utf8')) as Loaded;
}

describe('a piped run loads only what it uses', () => {
  it.each([[['list']], [['list', '--json']], [['show', 'cranes']], [['search', 'moskva']], [['pick', '--seed', '1']], [['diary']], [['watchlist']], [['export', '--watchlist']], [['--help']], [['watch', 'cranes']]])('%j', (args) => {
    const loaded = loadedBy(args);
    expect(loaded.files.some((f) => f.includes('@inquirer'))).toBe(false);
    // The browser opener is loaded only when a browser is opened.
    expect(loaded.files.some((f) => /node_modules[\\/]open[\\/]/.test(f))).toBe(false);
    // The ZIP and CSV readers belong to `import letterboxd` alone.
    expect(loaded.files.some((f) => /node_modules[\\/](yauzl|csv-parse)[\\/]/.test(f))).toBe(false);
    expect(loaded.read.some((f) => f.includes('prompts.cjs'))).toBe(false);
    // The Russian interface and the schema validator are chunks of their own: an English run of the
    // bundled catalog reads neither.
    expect(loaded.read.some((f) => /dist[\\/](ru|validator)\.cjs$/.test(f))).toBe(false);
    // node's stdout stream for a pipe would load these; the run writes to the descriptor instead.
    for (const mod of ['net', 'tty', 'readline']) expect(loaded.builtins, mod).not.toContain(mod);
  });
});

describe('import letterboxd', () => {
  it('loads the ZIP and CSV readers, and not inquirer when it does not ask', () => {
    const csv = join(home.dir, 'watchlist.csv');
    writeFileSync(csv, 'Date,Name,Year,Letterboxd URI\n2024-01-01,Office Romance,1977,https://boxd.it/x\n');
    const loaded = loadedBy(['import', 'letterboxd', csv, '--dry-run']);
    expect(loaded.files.some((f) => /node_modules[\\/]csv-parse[\\/]/.test(f))).toBe(true);
    expect(loaded.files.some((f) => f.includes('@inquirer'))).toBe(false);
  });
});

describe('an interactive run', () => {
  it('loads the bundled prompts chunk, through its code cache, and nothing from node_modules', async () => {
    const out = join(home.dir, 'loaded-tonight.json');
    const t = new Terminal(['tonight'], { SOVIET_LOVE_HOME: home.dir, PROBE_OUT: out, NODE_OPTIONS: `--require ${probe}` });
    await t.waitFor('?');
    t.write('\u0003');
    expect(await t.exited).toBe(130);
    const loaded = JSON.parse(readFileSync(out, 'utf8')) as Loaded;
    expect(loaded.read.some((f) => /dist[\\/]prompts\.cjs$/.test(f))).toBe(true);
    expect(loaded.read.some((f) => /dist[\\/]prompts\.cjs\..+\.prompts\.cache$/.test(f))).toBe(true);
    // Bundled: nothing is required from node_modules, so a global install needs no dependencies.
    expect(loaded.files.some((f) => f.includes('node_modules'))).toBe(false);
  });
});

describe('the chunks are read where they are needed', () => {
  it('a Russian run reads the Russian chunk; checking a user catalog reads the validator', () => {
    expect(loadedBy(['--lang', 'ru', 'list']).read.some((f) => /dist[\\/]ru\.cjs$/.test(f))).toBe(true);
    const own = join(home.dir, 'own-catalog.json');
    writeFileSync(own, readFileSync(join(ROOT, 'data', 'films.json')));
    expect(loadedBy(['catalog', 'check', own]).read.some((f) => /dist[\\/]validator\.cjs$/.test(f))).toBe(true);
  });
});
