// Title resolution for show and watched: ids, any title, clear fuzzy matches, and helpful misses.
import { describe, expect, it } from 'vitest';
import { resolveFilm } from '../../src/core/resolve.js';
import { SearchIndex } from '../../src/core/search/search-index.js';
import { NotFoundError } from '../../src/core/errors.js';
import { FILMS, variant } from '../helpers/catalog.js';

const index = new SearchIndex(FILMS);

describe('resolveFilm', () => {
  it('finds a film by id', () => expect(resolveFilm(index, 'solaris').id).toBe('solaris'));

  it('finds a film by any title, ignoring case and ё', () => {
    expect(resolveFilm(index, 'THE CRANES ARE FLYING').id).toBe('cranes-are-flying');
    expect(resolveFilm(index, 'Ирония судьбы, или С легким паром!').id).toBe('irony-of-fate');
    expect(resolveFilm(index, 'чёртова невеста').id).toBe('devils-bride');
    expect(resolveFilm(index, 'Love and Doves').id).toBe('love-and-pigeons');
    expect(resolveFilm(index, 'The Love of Mankind').id).toBe('to-love-a-man');
  });

  it('takes a clear fuzzy match', () => {
    expect(resolveFilm(index, 'cranes').id).toBe('cranes-are-flying');
    expect(resolveFilm(index, 'moskva slezam').id).toBe('moscow-does-not-believe-in-tears');
  });

  it('fails with up to three suggestions when nothing is clearly meant', () => {
    try {
      resolveFilm(index, 'romance');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(NotFoundError);
      const e = err as NotFoundError;
      expect(e.exitCode).toBe(1);
      const [message, ...hints] = e.lines('en');
      expect(message).toBe('No film matches "romance".');
      expect(hints[0]).toMatch(/Did you mean/);
      expect(hints.length).toBeGreaterThan(1);
      expect(hints.length).toBeLessThanOrEqual(4);
      expect(e.lines('ru')[1]).toMatch(/Возможно, вы имели в виду/);
    }
  });

  it('fails without suggestions when nothing is close', () => {
    expect(() => resolveFilm(index, 'zzzzqqqq')).toThrow(NotFoundError);
  });

  it('tells apart films that share a title by year', () => {
    const twins = new SearchIndex([variant('anna-karenina', {}), variant('anna-karenina', { id: 'anna-karenina-1948', year: 1948 })]);
    expect(() => resolveFilm(twins, 'Anna Karenina')).toThrow(/names 2 films/);
    expect(resolveFilm(twins, 'Anna Karenina 1948').id).toBe('anna-karenina-1948');
    expect(resolveFilm(twins, 'anna karenina (1967)').id).toBe('anna-karenina');
  });
});
