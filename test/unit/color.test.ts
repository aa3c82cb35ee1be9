// Colour decisions, stream by stream, in the order SPEC §4 gives them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Chalk } from 'chalk';
import { colorLevel, makeStyle, parseColorChoice, supportsHyperlinks } from '../../src/io/color.js';

const tty = { isTTY: true, colorDepth: 8 };
const pipe = { isTTY: false };

describe('colorLevel', () => {
  it('--color never and --color always win over everything', () => {
    expect(colorLevel('never', { FORCE_COLOR: '1' }, tty)).toBe(0);
    expect(colorLevel('always', { NO_COLOR: '1', TERM: 'dumb' }, pipe)).toBeGreaterThan(0);
  });
  it('FORCE_COLOR forces colour unless it is 0 or false', () => {
    expect(colorLevel('auto', { FORCE_COLOR: '1', NO_COLOR: '1' }, pipe)).toBeGreaterThan(0);
    expect(colorLevel('auto', { FORCE_COLOR: '' }, pipe)).toBeGreaterThan(0);
    expect(colorLevel('auto', { FORCE_COLOR: '3' }, pipe)).toBe(3);
    expect(colorLevel('auto', { FORCE_COLOR: '0' }, tty)).toBe(0);
    expect(colorLevel('auto', { FORCE_COLOR: 'false' }, tty)).toBe(0);
  });
  it('NO_COLOR (non-empty) and TERM=dumb turn colour off in a terminal', () => {
    expect(colorLevel('auto', { NO_COLOR: '1' }, tty)).toBe(0);
    expect(colorLevel('auto', { NO_COLOR: '' }, tty)).toBeGreaterThan(0);
    expect(colorLevel('auto', { TERM: 'dumb' }, tty)).toBe(0);
  });
  it('otherwise colours a terminal and never a pipe', () => {
    expect(colorLevel('auto', {}, tty)).toBe(2);
    expect(colorLevel('auto', {}, pipe)).toBe(0);
  });
  it('rejects an unknown --color value', () => {
    expect(() => parseColorChoice('sometimes')).toThrow(/auto, always or never/);
  });
});

describe('styles', () => {
  it('adds escapes only when colour is on', () => {
    expect(makeStyle(0, false).title('x')).toBe('x');
    expect(makeStyle(1, false).title('x')).toMatch(/\u001b\[/);
  });
  it('writes hyperlinks only for terminals known to show them', () => {
    expect(supportsHyperlinks({ TERM_PROGRAM: 'iTerm.app' }, { isTTY: true })).toBe(true);
    expect(supportsHyperlinks({}, { isTTY: true })).toBe(false);
    expect(supportsHyperlinks({ TERM_PROGRAM: 'iTerm.app' }, { isTTY: false })).toBe(false);
    expect(makeStyle(1, true).link('W', 'https://w.org/')).toContain('\u001b]8;;https://w.org/\u0007');
    expect(makeStyle(0, false).link('W', 'https://w.org/')).toBe('W <https://w.org/>');
  });
});

describe('the styles draw what chalk draws', () => {
  // Text with the styles' own codes inside it, line breaks (\n and \r\n) and nothing at all.
  const piece = fc.constantFrom('a', 'Ирония', ' ', '\n', '\r\n', '\r', '\u001b[22m', '\u001b[39m', '\u001b[24m', '\u001b[1m', '\u001b[33m', '\u001b]8;;x\u0007');
  const text = fc.array(piece, { maxLength: 12 }).map((xs) => xs.join(''));
  it.each([1, 2, 3] as const)('at level %i', (level) => {
    const c = new Chalk({ level });
    const s = makeStyle(level, true);
    fc.assert(
      fc.property(text, (t) => {
        expect(s.title(t)).toBe(c.bold.yellow(t));
        expect(s.accent(t)).toBe(c.cyan(t));
        expect(s.dim(t)).toBe(c.dim(t));
        expect(s.bold(t)).toBe(c.bold(t));
        expect(s.good(t)).toBe(c.green(t));
        expect(s.warn(t)).toBe(c.yellow(t));
        expect(s.error(t)).toBe(c.red(t));
        expect(s.link(t, 'https://w.org/')).toBe(`\u001b]8;;https://w.org/\u0007${c.underline(t)}\u001b]8;;\u0007`);
      }),
    );
  });
  it('with links alone (level 0), the text is left as it is', () => {
    expect(makeStyle(0, true).title('x\ny')).toBe('x\ny');
    expect(makeStyle(0, true).link('W', 'https://w.org/')).toBe('\u001b]8;;https://w.org/\u0007W\u001b]8;;\u0007');
  });
});
