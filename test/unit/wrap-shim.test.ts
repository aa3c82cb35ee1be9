// The prompts' stand-in for wrap-ansi (scripts/shims/wrap-ansi.cjs) must draw exactly what wrap-ansi
// would: a line it returns as it is must really fit, by string-width's own count.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitCard, rowsOf } from '../../src/render/fit.js';

const require = createRequire(import.meta.url);
const shim = require('../../scripts/shims/wrap-ansi.cjs') as ((s: string, columns: number, o: object) => string) & { NARROW: RegExp; widthAtMost: (s: string) => number };
const wrapAnsi = require('wrap-ansi') as (s: string, columns: number, o: object) => string;
const stringWidth = require('string-width') as (s: string) => number;
const OPTIONS = { trim: false, hard: true };

describe('the wrap-ansi stand-in', () => {
  it('counts as one column only characters string-width counts as one', () => {
    for (let code = 0x20; code <= 0x2800; code++) {
      const ch = String.fromCodePoint(code);
      if (shim.NARROW.test(ch)) expect(stringWidth(ch), `U+${code.toString(16)}`).toBe(1);
    }
  });

  it('never counts a line narrower than string-width does', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => shim.widthAtMost(s) >= stringWidth(s)));
  });

  it('draws what wrap-ansi draws, for prompt lines that fit and for long ones', () => {
    const lines = [
      '\u001b[36m❯ Any (surprise me)  70 films\u001b[39m',
      '  light — easy and funny, nothing heavy  23 films',
      ' ◯ лёгкое — легко и смешно, без тяжёлого  фильмов: 23',
      '\u001b[1m↑↓\u001b[22m \u001b[2mnavigate\u001b[22m • ⏎ select',
      'a line far longer than the forty columns of a narrow terminal, so it wraps',
      '漢字の行は二列ずつ数える',
    ];
    for (const columns of [20, 40, 80]) for (const line of lines) expect(shim(line, columns, OPTIONS)).toBe(wrapAnsi(line, columns, OPTIONS));
  });
});

describe('a card fitted to the screen', () => {
  const card = ['Title (1977)', 'Other · titles', '', 'Directed by X', 'Starring    Y', '', 'A synopsis line', '', 'The love story: …'].join('\n') + '\n';

  it('is left whole when it fits', () => {
    expect(fitCard(card, 9, 80, '…')).toBe(card);
  });

  it('keeps its first lines, the title first, and says the rest is in Full details', () => {
    const fitted = fitCard(card, 5, 80, '… more');
    expect(fitted).toBe('Title (1977)\nOther · titles\n\nDirected by X\n… more\n');
    expect(fitCard(card, 1, 80, '… more').startsWith('Title (1977)\n')).toBe(true);
  });

  it('counts a line that wraps as the rows it takes', () => {
    expect(rowsOf('x'.repeat(81), 80)).toBe(2);
    expect(rowsOf('\u001b[1mbold\u001b[22m', 4)).toBe(1);
    const fitted = fitCard(`${'w'.repeat(30)} (1977)\nsecond\nthird\n`, 3, 20, '…');
    expect(fitted).toBe(`${'w'.repeat(30)} (1977)\n…\n`);
  });
});
