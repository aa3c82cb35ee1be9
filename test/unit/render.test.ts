// Renderers: tables fit the terminal, cards carry what a person needs, nothing unsafe gets through.
import { describe, expect, it } from 'vitest';
import { filmsTable, filmsTsv } from '../../src/render/films.js';
import { filmCard } from '../../src/render/card.js';
import { plainStyle } from '../../src/render/style.js';
import { makeStyle } from '../../src/io/color.js';
import { width } from '../../src/render/text.js';
import { MESSAGES } from '../../src/i18n.js';
import { FILMS, film, variant } from '../helpers/catalog.js';

// eslint-disable-next-line no-control-regex
const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

describe('filmsTable', () => {
  const headings = ['Year', 'Title', 'Russian title', 'Directed by', 'Time', 'Id'];
  // 64: the longest id (45 characters, how-czar-peter-the-great-married-off-his-moor) beside a year and a title.
  for (const columns of [64, 80, 120]) {
    it(`fits ${columns} columns, a heading then one line per film, every id whole`, () => {
      const lines = filmsTable(FILMS, makeStyle(2, false), { columns, headings }).trimEnd().split('\n');
      expect(lines).toHaveLength(FILMS.length + 1);
      expect(stripAnsi(lines[0]!)).toMatch(/^Year {2}Title .* Id$/);
      for (const line of lines) expect(width(stripAnsi(line))).toBeLessThanOrEqual(columns);
      FILMS.forEach((f, i) => expect(stripAnsi(lines[i + 1]!).endsWith(` ${f.id}`), f.id).toBe(true));
    });
  }

  it('at 20 and 30 columns: each film is its title and year, then its whole id', () => {
    for (const columns of [20, 30]) {
      const lines = filmsTable(FILMS, plainStyle, { columns, headings }).trimEnd().split('\n');
      expect(lines).toHaveLength(FILMS.length * 2);
      FILMS.forEach((f, i) => {
        expect(width(lines[2 * i]!)).toBeLessThanOrEqual(columns);
        expect(lines[2 * i + 1]).toBe(`  ${f.id}`);
      });
    }
  });

  it('shows Russian titles first on request', () => {
    expect(filmsTable([film('solaris')], plainStyle, { columns: 80 })).toContain('solaris\n');
    expect(filmsTable([film('solaris')], plainStyle, { columns: 120, russianFirst: true })).toMatch(/^1972 {2}Солярис/);
  });
});

describe('filmsTsv', () => {
  it('keeps tabs and newlines in the data from breaking records', () => {
    const tsv = filmsTsv([variant('solaris', { title: 'Sol\taris\nII' })]);
    expect(tsv.split('\n')).toHaveLength(2);
    expect(tsv.split('\t')).toHaveLength(6);
  });
});

describe('filmCard', () => {
  it('has the brief card without facts and the full card with sources', () => {
    const f = film('irony-of-fate');
    const brief = filmCard(f, plainStyle, MESSAGES.en, { columns: 80, brief: true });
    const full = filmCard(f, plainStyle, MESSAGES.en, { columns: 80 });
    expect(brief).not.toContain('The true story');
    expect(full).toContain('The true story');
    for (const fact of f.facts) expect(full).toContain(fact.source);
    expect(full).toContain('184 min, TV film, 2 parts');
    // Only a line carrying a long web address may run past the width.
    for (const line of full.split('\n')) if (!/https:\/\//.test(line)) expect(width(line), line).toBeLessThanOrEqual(80);
    expect(full).toMatch(/Read more:\n {2}Wikipedia <https:\/\/en\.wikipedia\.org\/wiki\/The_Irony_of_Fate>\n {2}Wikipedia in Russian <https/);
  });
});
