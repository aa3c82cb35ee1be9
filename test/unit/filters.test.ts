// Filters and sorting: each flag's meaning, repeated flags as alternatives, and what emptied a list.
import { describe, expect, it } from 'vitest';
import { applyFilters, emptyFilters, parseDecade, predicates, whyEmpty } from '../../src/core/filters.js';
import { sortFilms } from '../../src/core/sort.js';
import { render } from '../../src/i18n.js';
import { nameMatches } from '../../src/core/search/similarity.js';
import type { FilterSpec } from '../../src/core/types.js';
import { FILMS, variant } from '../helpers/catalog.js';

const filter = (changes: Partial<FilterSpec>, watched?: Set<string>) =>
  applyFilters(FILMS, predicates({ ...emptyFilters(), ...changes }, watched));

describe('parseDecade', () => {
  it('reads 1970s, 1970 and 70s alike', () => {
    for (const v of ['1970s', '1970', '70s', '70']) expect(parseDecade(v)).toEqual({ from: 1970, to: 1979 });
  });
  it('rejects decades outside the catalog and non-decades', () => {
    for (const v of ['1850s', '2000s', '1975', 'seventies', '']) expect(() => parseDecade(v), v).toThrow(/--decade/);
  });
});

describe('filters', () => {
  it('--decade keeps only that decade', () => {
    const films = filter({ from: 1970, to: 1979 });
    expect(films.length).toBeGreaterThan(5);
    const inDecade = (y: number | null) => y !== null && y >= 1970 && y <= 1979;
    expect(films.every((f) => inDecade(f.year) || inDecade(f.productionYear))).toBe(true);
  });

  it('--from and --to match either the release year or the year the film was made', () => {
    // Made in 1975, first shown on 1 January 1976.
    expect(filter({ from: 1975, to: 1975 }).map((f) => f.id)).toContain('irony-of-fate');
    expect(filter({ from: 1976, to: 1976 }).map((f) => f.id)).toContain('irony-of-fate');
    expect(filter({ from: 1977, to: 1979 }).map((f) => f.id)).not.toContain('irony-of-fate');
  });

  it('repeated --genre values are alternatives, different flags must all hold', () => {
    const comedies = filter({ genres: ['comedy'] });
    const musicals = filter({ genres: ['musical'] });
    const either = filter({ genres: ['comedy', 'musical'] });
    expect(either.length).toBe(new Set([...comedies, ...musicals]).size);
    const lightComedies = filter({ genres: ['comedy'], moods: ['light'] });
    expect(lightComedies.every((f) => f.genres.includes('comedy') && f.moods.includes('light'))).toBe(true);
    expect(lightComedies.length).toBeLessThanOrEqual(comedies.length);
  });

  it('--exclude-genre removes every film with that genre', () => {
    expect(filter({ excludeGenres: ['war'] }).some((f) => f.genres.includes('war'))).toBe(false);
  });

  it('--director matches either script and forgiving spelling', () => {
    const expected = FILMS.filter((f) => f.directors.some((d) => d.en === 'Eldar Ryazanov')).map((f) => f.id).sort();
    expect(expected.length).toBeGreaterThan(3);
    for (const q of ['ryazanov', 'Рязанов', 'rjazanov', 'Eldar Riazanov', 'RYAZANOV', 'ryazanow']) {
      expect(filter({ directors: [q] }).map((f) => f.id).sort(), q).toEqual(expected);
    }
    expect(filter({ directors: ['Тарковский'] }).map((f) => f.id)).toEqual(['solaris']);
  });

  it('name matching does not confuse different people', () => {
    expect(nameMatches('menshov', 'Vladimir Menshov')).toBe(true);
    expect(nameMatches('menshov', 'Vladimir Motyl')).toBe(false);
    expect(nameMatches('daneliya', 'Georgiy Daneliya')).toBe(true);
    expect(nameMatches('danelia', 'Georgiy Daneliya')).toBe(true);
  });

  it('runtime bounds leave out films of unknown length', () => {
    const unknown = FILMS.filter((f) => f.runtimeMinutes === null);
    expect(unknown.length).toBeGreaterThan(0);
    const bounded = filter({ maxRuntime: 2000 });
    expect(bounded.length).toBe(FILMS.length - unknown.length);
    expect(filter({ minRuntime: 150 }).every((f) => (f.runtimeMinutes ?? 0) >= 150)).toBe(true);
    expect(filter({ maxRuntime: 90 }).every((f) => (f.runtimeMinutes ?? Infinity) <= 90)).toBe(true);
  });

  it('--unwatched leaves out watched films', () => {
    const left = filter({ unwatched: true }, new Set(['irony-of-fate']));
    expect(left.some((f) => f.id === 'irony-of-fate')).toBe(false);
    expect(left.length).toBe(FILMS.length - 1);
  });

  it('names the filter that emptied the list', () => {
    const preds = predicates({ ...emptyFilters(), from: 1920, to: 1929, maxRuntime: 25 });
    expect(applyFilters(FILMS, preds)).toEqual([]);
    expect(render(whyEmpty(FILMS, preds))).toBe('no film from the 1920s and at most 25 minutes long');
    expect(render(whyEmpty(FILMS, preds), 'ru')).toBe('нет ни одного фильма 1920-х годов и длиной не больше 25 минут');
  });
});

describe('sortFilms', () => {
  it('sorts by year, then title; by title ignoring articles; by runtime with unknown last', () => {
    const byYear = sortFilms(FILMS, 'year');
    expect(byYear.map((f) => f.year)).toEqual([...FILMS.map((f) => f.year)].sort((a, b) => a - b));
    const byTitle = sortFilms([variant('cranes-are-flying', {}), variant('afonya', {}), variant('circus', {})], 'title');
    expect(byTitle.map((f) => f.id)).toEqual(['afonya', 'circus', 'cranes-are-flying']);
    const byRuntime = sortFilms(FILMS, 'runtime');
    const known = byRuntime.filter((f) => f.runtimeMinutes !== null).map((f) => f.runtimeMinutes!);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(byRuntime.at(-1)?.runtimeMinutes).toBeNull();
  });
});
