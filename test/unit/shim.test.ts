// The bin shim picks a code cache per command; a wrong pick would only cost speed, but each
// command's cache must hold that command's functions, so the pick must follow commander's reading.
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, tempHome } from '../helpers/run.js';

interface Shim {
  cacheName: (argv: string[]) => string;
  loadChunk: (name: string) => Record<string, unknown>;
  staleChunks: (() => void)[];
  load: (argv: string[]) => { cacheFile: string; stale: boolean; tag: string; script: unknown };
  saveCache: (script: unknown, tag: string) => void;
}

const { cacheName, load } = createRequire(import.meta.url)(BIN) as Shim;

describe('the code cache a run loads', () => {
  it('is named by the command word, skipping global options and their values', () => {
    expect(cacheName(['list', '--json'])).toBe('list');
    expect(cacheName(['--catalog', 'show', 'search', 'x'])).toBe('search');
    expect(cacheName(['--lang', 'ru', '--no-color', 'show', 'cranes'])).toBe('show');
    expect(cacheName(['watched', 'solaris'])).toBe('watched');
  });

  it('is the shared one for help, the version and unknown words', () => {
    for (const argv of [['--help'], ['--version'], ['lsit'], ['--color', 'never', '-h']]) expect(cacheName(argv)).toBe('other');
  });

  it("is tonight's for a bare run, which in a terminal is tonight", () => {
    for (const argv of [[], ['--color', 'never'], ['--lang', 'ru']]) expect(cacheName(argv)).toBe('tonight');
  });

  it('comes from the build for every command, and matches the bundle and this node', () => {
    for (const word of ['list', 'show', 'search', 'pick', 'tonight', 'diary', 'export', 'timeline', 'completion', 'catalog', 'other']) {
      const { cacheFile, stale } = load(word === 'other' ? ['--help'] : [word]);
      expect(existsSync(cacheFile), word).toBe(true);
      expect(stale, word).toBe(false);
    }
  });

  it("falls back to the user's cache folder where the install folder cannot be written", () => {
    const home = tempHome();
    const saved = process.env.SOVIET_LOVE_HOME;
    try {
      // A copy of the install whose list cache cannot be read or replaced (a folder stands in its
      // place: the tests run as root here, where a read-only folder would still be written).
      const install = join(home.dir, 'install');
      for (const part of ['bin', 'dist', 'data']) cpSync(join(ROOT, part), join(install, part), { recursive: true, preserveTimestamps: true });
      const shim = createRequire(import.meta.url)(join(install, 'bin', 'soviet-love.cjs')) as Shim;
      const beside = shim.load(['list']).cacheFile;
      rmSync(beside);
      mkdirSync(beside);
      process.env.SOVIET_LOVE_HOME = join(home.dir, 'user');
      const cacheDir = join(home.dir, 'user', 'cache');
      // A cache of some older bundle, which the first save clears away.
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(join(cacheDir, `code-1-1.${process.version}-${process.arch}.list.cache`), 'old');

      const first = shim.load(['list']);
      expect(first.stale).toBe(true);
      shim.saveCache(first.script, first.tag);
      expect(readdirSync(cacheDir)).toEqual([expect.stringMatching(new RegExp(`^code-\\d+-\\d+\\.${process.version}-${process.arch}\\.list\\.cache$`))]);
      const second = shim.load(['list']);
      expect(second.stale).toBe(false);
      expect(second.cacheFile.startsWith(cacheDir)).toBe(true);
      // Other commands still read the caches beside the bundle.
      expect(shim.load(['show']).cacheFile.startsWith(install)).toBe(true);
    } finally {
      process.env.SOVIET_LOVE_HOME = saved;
      home.cleanup();
    }
  });

  it('loads the prompts chunk through a code cache of its own, from the build, and keeps a fresh one in the user folder beside the command caches', () => {
    const home = tempHome();
    const saved = process.env.SOVIET_LOVE_HOME;
    try {
      expect(existsSync(join(ROOT, 'dist', `prompts.cjs.${process.version}-${process.arch}.prompts.cache`))).toBe(true);
      const install = join(home.dir, 'install');
      for (const part of ['bin', 'dist', 'data']) cpSync(join(ROOT, part), join(install, part), { recursive: true, preserveTimestamps: true });
      const beside = join(install, 'dist', `prompts.cjs.${process.version}-${process.arch}.prompts.cache`);
      rmSync(beside);
      mkdirSync(beside); // cannot be read or replaced, as in a system-wide install
      process.env.SOVIET_LOVE_HOME = join(home.dir, 'user');
      const shim = createRequire(import.meta.url)(join(install, 'bin', 'soviet-love.cjs')) as Shim;
      const prompts = shim.loadChunk('prompts');
      expect(Object.keys(prompts).sort()).toEqual(['checkbox', 'input', 'search', 'select']);
      expect(shim.staleChunks).toHaveLength(1);
      shim.staleChunks[0]!();
      const first = shim.load(['list']);
      rmSync(first.cacheFile);
      mkdirSync(first.cacheFile);
      shim.saveCache(first.script, first.tag);
      // Saving the command's cache does not clear the chunk's: both belong to the same build.
      expect(readdirSync(join(home.dir, 'user', 'cache')).map((n) => n.split('.').at(-2)).sort()).toEqual(['list', 'prompts']);
    } finally {
      process.env.SOVIET_LOVE_HOME = saved;
      home.cleanup();
    }
  });

  it.skipIf(process.getuid?.() === 0)('a read-only install (chmod 555) keeps its caches in the user folder, run after run', () => {
    const home = tempHome();
    const install = join(home.dir, 'install');
    try {
      for (const part of ['bin', 'dist', 'data']) cpSync(join(ROOT, part), join(install, part), { recursive: true, preserveTimestamps: true });
      for (const name of readdirSync(join(install, 'dist'))) if (name.endsWith('.cache')) rmSync(join(install, 'dist', name));
      chmodSync(join(install, 'dist'), 0o555);
      const env = { ...process.env, SOVIET_LOVE_HOME: join(home.dir, 'user') };
      const run = () => spawnSync(process.execPath, [join(install, 'bin', 'soviet-love.cjs'), 'list'], { env, encoding: 'utf8' });
      expect(run().status).toBe(0);
      expect(readdirSync(join(home.dir, 'user', 'cache')).filter((n) => n.endsWith('.list.cache'))).toHaveLength(1);
      expect(run().stdout.split('\n')[0]).toMatch(/^bed-and-sofa\t1927/);
    } finally {
      chmodSync(join(install, 'dist'), 0o755);
      home.cleanup();
    }
  });
});
