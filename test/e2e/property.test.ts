// Random Unicode, control characters and very long strings thrown at every command's arguments
// (issue #11): whatever comes in, the command ends quickly with a documented exit code, one
// stderr message without a stack, and nothing below U+0020 but newline and tab in what it writes.
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, NODE, cleanEnv, tempHome } from '../helpers/run.js';

const home = tempHome();
afterAll(() => home.cleanup());
// Runs happen in a folder of their own: nothing a random argument names can land elsewhere.
const cwd = join(home.dir, 'cwd');
mkdirSync(cwd);

const COMMANDS = [['tonight'], ['pick'], ['list'], ['search'], ['show'], ['watched'], ['unwatch'], ['diary'], ['export'], ['timeline'], ['completion'], ['catalog', 'check'], []];
// Real option names, so that random values reach the option parsers too (never --output or --catalog).
const OPTIONS = ['--limit', '--count', '--seed', '--rating', '--date', '--decade', '--from', '--to', '--genre', '--mood', '--director', '--min-runtime', '--max-runtime', '--sort', '--by', '--format', '--lang', '--color', '--json', '--force', '--explain', '--help'];

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('\u001b', '\u0007', '\u009b', '\r', '\n', '\t', '\u202e', '\u2028', '[', ']', '0', ';', 'a', 'я', ' '), maxLength: 30 }),
  fc.string({ unit: 'grapheme', minLength: 2000, maxLength: 20000 }),
  fc.constantFrom(...OPTIONS),
  fc.constantFrom('solaris', 'irony of fate', 'Летят журавли', '1970s', '5', '2025-01-01', '-1', '1e9', ''),
);
// An argument can hold any character but NUL, which no process can be given.
const args = fc.array(text, { maxLength: 4 }).map((list) => list.map((a) => a.replace(/\0/g, '')));

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('every command, any arguments', () => {
  it.each(COMMANDS.map((c) => [c.join(' ') || '(none)', c] as const))('%s', (_, command) => {
    fc.assert(
      fc.property(args, (extra) => {
        const start = performance.now();
        const r = spawnSync(NODE, [BIN, ...command, ...extra], {
          cwd,
          env: cleanEnv({ SOVIET_LOVE_HOME: home.dir }),
          input: '',
          encoding: 'utf8',
          timeout: 10_000,
        });
        const ms = performance.now() - start;
        const where = JSON.stringify([...command, ...extra]).slice(0, 300);
        expect([0, 1, 2, 3], `${where}: ${r.stderr}`).toContain(r.status);
        expect(ms, where).toBeLessThan(5000);
        expect(r.stderr, where).not.toMatch(/\n\s+at |cli\.cjs:\d/);
        // CSV's CRLF is a line ending, not a control sequence.
        for (const out of [r.stdout.replace(/\r\n/g, '\n'), r.stderr]) expect(CONTROL.test(out), `${where}: ${JSON.stringify(out.slice(0, 300))}`).toBe(false);
        // One message: an error's first line says it all; any further lines are its hints, each short.
        for (const line of r.stderr.split("\n")) expect(line.length, `${where}: ${line.slice(0, 200)}`).toBeLessThan(400);
      }),
      // Each run is a process: no shrinking, whose hundreds of runs would outlast the test.
      { numRuns: Number(process.env.SOVIET_LOVE_PROPERTY_RUNS) || 8, endOnFailure: true },
    );
  }, 120_000);
});
