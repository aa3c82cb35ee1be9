// Matching Letterboxd's names to the catalog, reading its tables, and planning an import that can be repeated.
import { describe, expect, it } from 'vitest';
import { kindOf, matchFilm, planImport, readTable, similarity, yearFits, type LetterboxdRow } from '../../src/core/letterboxd.js';
import { SearchIndex } from '../../src/core/search/search-index.js';
import { DataError } from '../../src/core/errors.js';
import { FILMS, film, variant } from '../helpers/catalog.js';

const index = new SearchIndex(FILMS);
const id = (name: string, year: number | null) => matchFilm(index, name, year).film?.id ?? null;

describe('matchFilm on the names Letterboxd gives (TMDb English titles and release years)', () => {
  it.each([
    ['The Irony of Fate, or Enjoy Your Bath!', 1975, 'irony-of-fate'],
    ['The Irony of Fate, or Enjoy Your Bath!', 1976, 'irony-of-fate'],
    ['Moscow Does Not Believe in Tears', 1979, 'moscow-does-not-believe-in-tears'],
    ['Moscow Does Not Believe in Tears', 1980, 'moscow-does-not-believe-in-tears'],
    ['The Cranes Are Flying', 1957, 'cranes-are-flying'],
    ['Office Romance', 1977, 'office-romance'],
    ['Love and Doves', 1984, 'love-and-pigeons'],
    ['Station for Two', 1983, 'station-for-two'],
    ['A Cruel Romance', 1984, 'cruel-romance'],
    ['Carnival Night', 1956, 'carnival-night'],
    ['The Diamond Arm', 1968, 'diamond-arm'],
    ['Pokrovsky Gates', 1982, 'pokrovsky-gates'],
    ['Walking the Streets of Moscow', 1964, 'walking-the-streets-of-moscow'],
    ['Autumn Marathon', 1979, 'autumn-marathon'],
    ['Anna Karenina', 1967, 'anna-karenina'],
    ['Solaris', 1972, 'solaris'],
    ['Love & Lies', 1981, 'you-never-dreamed'],
    ['Say a Word for the Poor Hussar', 1981, 'say-a-word-for-the-poor-hussar'],
  ])('"%s" (%i) is %s (an exact title)', (name, year, expected) => expect(id(name, year)).toBe(expected));

  it.each([
    // Wording that differs from every title we hold by a word or a letter: the strict fuzzy step.
    ['Three Poplars on Plyushchikha', 1968, 'three-poplars-in-plyushchikha'],
    ['Love & Pigeons', 1984, 'love-and-pigeons'],
    ['Irony of Fate or Enjoy Your Bath', 1975, 'irony-of-fate'],
    ['The Station Master', 1972, 'stationmaster'],
    ['Moscow Does Not Believe In Tear', 1980, 'moscow-does-not-believe-in-tears'],
  ])('"%s" (%i) is %s (a near title)', (name, year, expected) => expect(id(name, year)).toBe(expected));

  it.each([
    // The same title, another film: the year tells them apart.
    ['Anna Karenina', 2012],
    ['Anna Karenina', 1935],
    ['Solaris', 2002],
    ['Cinderella', 1950],
    ['The Circus', 1928],
    // Other films altogether, Soviet or not, and names merely like ours.
    ['Casablanca', 1942],
    ['Kin-dza-dza!', 1986],
    ['Stalker', 1979],
    ['Moscow on the Hudson', 1984],
    ['Cruel Intentions', 1999],
    ['Office Space', 1999],
    ['Romance', 1999],
    ['Eldar Ryazanov', 1977],
    ['Station', 1983],
  ])('"%s" (%i) matches nothing', (name, year) => expect(id(name, year)).toBeNull());

  it('a row without a year is never matched', () => expect(id('Office Romance', null)).toBeNull());

  it('two films that share a title within a year are ambiguous: counted, never guessed', () => {
    const twins = [variant('spring-kevade', { year: 1970, productionYear: null }), variant('spring-kevade', { id: 'spring-other', year: 1971, productionYear: null, russianTitle: 'Весна', originalTitle: 'Весна', transliteration: 'Vesna' })];
    const two = new SearchIndex(twins);
    expect(matchFilm(two, 'Spring', 1970)).toEqual({ film: null, ambiguous: true });
    expect(matchFilm(two, 'Spring', 1972).film?.id).toBe('spring-other');
  });

  it('the year rule is ±1 around the release year or the year it was made', () => {
    const irony = film('irony-of-fate'); // 1976, made 1975
    expect([1974, 1975, 1976, 1977, 1978].map((y) => yearFits(irony, y))).toEqual([true, true, true, true, false]);
    expect(yearFits(film('office-romance'), 1975)).toBe(false);
  });

  it('similarity is strict: a letter in a long title passes, a short near-miss does not', () => {
    expect(similarity('three poplars on pliushchikha', 'three poplars in pliushchikha')).toBeGreaterThan(0.9);
    expect(similarity('circus', 'cirque')).toBeLessThan(0.85);
  });
});

describe('reading the tables', () => {
  it('tells the four files apart by name, else by columns', () => {
    const watchedHeader = ['Date', 'Name', 'Year', 'Letterboxd URI'];
    expect(kindOf('watchlist.csv', watchedHeader)).toBe('watchlist');
    expect(kindOf('/x/y/Watched.csv', watchedHeader)).toBe('watched');
    expect(kindOf('export/diary (1).csv', ['Date', 'Name', 'Year', 'Letterboxd URI', 'Rating', 'Rewatch', 'Tags', 'Watched Date'])).toBe('diary');
    expect(kindOf('mine.csv', ['Date', 'Name', 'Year', 'Letterboxd URI', 'Rating'])).toBe('ratings');
    expect(kindOf('mine.csv', watchedHeader)).toBe('watched');
    expect(kindOf('ratings.csv', watchedHeader)).toBeNull();
    expect(kindOf('films.csv', ['Title', 'Year'])).toBeNull();
  });

  it('reads diary rows: watched date, half-star rating, rewatch; counts unreadable rows', () => {
    const { rows, unreadable } = readTable('diary.csv', [
      ['Date', 'Name', 'Year', 'Letterboxd URI', 'Rating', 'Rewatch', 'Tags', 'Watched Date'],
      ['2024-01-02', 'Office Romance', '1977', 'u', '3.5', 'Yes', '', '2024-01-01'],
      ['2024-01-02', 'Office Romance', '1977', 'u', '', '', ''],
      ['2024-01-02', 'Office Romance', '1977', 'u', '7', '', '', '2024-01-01'],
      ['2024-01-02', '', '1977', 'u', '', '', '', '2024-01-01'],
      ['2024-01-02', 'Office Romance', '1977', 'u', '', '', '', '2024-02-30'],
    ]);
    expect(rows).toEqual([
      { kind: 'diary', name: 'Office Romance', year: 1977, date: '2024-01-01', rating: 3.5, rewatch: true },
      // No watched date: the day it was logged.
      { kind: 'diary', name: 'Office Romance', year: 1977, date: '2024-01-02', rating: null, rewatch: false },
    ]);
    expect(unreadable).toBe(3);
  });

  it("a table without Letterboxd's columns is a data error naming the file", () => {
    expect(() => readTable('films.csv', [['Title', 'Year']])).toThrow(DataError);
    expect(() => readTable('empty.csv', [])).toThrow(DataError);
  });
});

describe('planImport', () => {
  const row = (kind: LetterboxdRow['kind'], name: string, year: number, date: string, rating: number | null = null, rewatch = false): LetterboxdRow => ({ kind, name, year, date, rating, rewatch });
  const rows = [
    row('diary', 'Office Romance', 1977, '2024-02-14', 5),
    row('diary', 'The Irony of Fate, or Enjoy Your Bath!', 1975, '2024-12-31', null, true),
    row('watched', 'Office Romance', 1977, '2024-02-14'),
    row('watched', 'Station for Two', 1983, '2023-11-11'),
    row('watched', 'Casablanca', 1942, '2024-04-01'),
    row('ratings', 'The Irony of Fate, or Enjoy Your Bath!', 1975, '2025-01-01', 4.5),
    row('ratings', 'Casablanca', 1942, '2024-04-01', 5),
    row('watchlist', 'The Cranes Are Flying', 1957, '2024-07-01'),
    row('watchlist', 'Crouching Tiger, Hidden Dragon', 2000, '2024-07-02'),
  ];

  it('adds viewings and watchlist entries, fills a missing rating from ratings.csv, counts the other films once', () => {
    const plan = planImport(index, rows, { viewings: [], watchlist: [] });
    expect(plan.viewings.map((v) => [v.film.id, v.watchedOn, v.rating, v.rewatch])).toEqual([
      ['station-for-two', '2023-11-11', null, false],
      ['office-romance', '2024-02-14', 5, false],
      ['irony-of-fate', '2024-12-31', 4.5, true],
    ]);
    expect(plan.saved.map((s) => [s.film.id, s.addedOn])).toEqual([['cranes-are-flying', '2024-07-01']]);
    expect(plan.films.map((f) => f.id).sort()).toEqual(['cranes-are-flying', 'irony-of-fate', 'office-romance', 'station-for-two']);
    expect(plan.skipped).toBe(2);
    expect(plan.already).toBe(0);
  });

  it('adds nothing the second time: a viewing is the same when film and date match', () => {
    const first = planImport(index, rows, { viewings: [], watchlist: [] });
    const diary = {
      viewings: first.viewings.map((v) => ({ id: v.film.id, watchedOn: v.watchedOn, rating: v.rating })),
      watchlist: first.saved.map((s) => ({ id: s.film.id, addedOn: s.addedOn })),
    };
    const again = planImport(index, rows, diary);
    expect(again.viewings).toEqual([]);
    expect(again.saved).toEqual([]);
    expect(again.already).toBeGreaterThan(0);
  });

  it('a film already in the diary on another day gets the new diary.csv viewing, but no viewing from watched.csv', () => {
    const plan = planImport(index, rows, { viewings: [{ id: 'office-romance', watchedOn: '2020-01-01', rating: null }, { id: 'station-for-two', watchedOn: '2020-01-01', rating: null }], watchlist: [] });
    expect(plan.viewings.map((v) => v.film.id).sort()).toEqual(['irony-of-fate', 'office-romance']);
  });
});
