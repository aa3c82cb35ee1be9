// The bin shim picks a code cache per command; a wrong pick would only cost speed, but each
// command's cache must hold that command's functions, so the pick must follow commander's reading.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/run.js';

const { cacheName, load } = createRequire(import.meta.url)(BIN) as {
  cacheName: (argv: string[]) => string;
  load: (argv: string[]) => { cacheFile: string; stale: boolean };
};

describe('the code cache a run loads', () => {
  it('is named by the command word, skipping global options and their values', () => {
    expect(cacheName(['list', '--json'])).toBe('list');
    expect(cacheName(['--catalog', 'show', 'search', 'x'])).toBe('search');
    expect(cacheName(['--lang', 'ru', '--no-color', 'show', 'cranes'])).toBe('show');
    expect(cacheName(['watched', 'solaris'])).toBe('watched');
  });

  it('is the shared one for help, a bare command and unknown words', () => {
    for (const argv of [[], ['--help'], ['--version'], ['lsit'], ['--color', 'never']]) expect(cacheName(argv)).toBe('other');
  });

  it('comes from the build for every command, and matches the bundle and this node', () => {
    for (const word of ['list', 'show', 'search', 'pick', 'diary', 'export', 'timeline', 'completion', 'catalog', 'other']) {
      const { cacheFile, stale } = load(word === 'other' ? [] : [word]);
      expect(existsSync(cacheFile), word).toBe(true);
      expect(stale, word).toBe(false);
    }
  });
});
