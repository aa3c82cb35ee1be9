// The offer for two (SPEC §9): films that fit both first, the shorter time, no diary films unless
// asked, compromises that say what they give up, reproducible with a seed; then the strikes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countFitting, describe as why, leaveOutWatched, offer, sharedTime, strike, striker, type Person, type TimeAnswer } from '../../src/core/together.js';
import { seededRandom } from '../../src/core/pick.js';
import { MOODS, type Mood } from '../../src/core/vocab.js';
import { render } from '../../src/i18n.js';
import { FILMS, variant } from '../helpers/catalog.js';

const person = (moods: Mood[] = [], time: TimeAnswer = 'any', name: string | null = null): Person => ({ name, moods, time });
const runtimeOf = (id: string) => FILMS.find((f) => f.id === id)!.runtimeMinutes;

describe('the time two people have', () => {
  it('is the shorter limit', () => {
    expect(sharedTime('90', '150')).toEqual({ min: 0, max: 90 });
    expect(sharedTime('any', '120')).toEqual({ min: 0, max: 120 });
    expect(sharedTime('any', 'any')).toEqual({ min: 0, max: Infinity });
  });

  it('keeps a wish for a long evening only when the other has no limit either', () => {
    expect(sharedTime('long', 'any')).toEqual({ min: 151, max: Infinity });
    expect(sharedTime('long', 'long')).toEqual({ min: 151, max: Infinity });
    expect(sharedTime('long', '120')).toEqual({ min: 0, max: 120 });
  });

  it('is honoured by every film that fits both, whatever the seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.constantFrom<TimeAnswer>('90', '120', '150'), fc.constantFrom<TimeAnswer>('any', '90', '120', '150', 'long'), (seed, a, b) => {
        const { max } = sharedTime(a, b);
        return offer(FILMS, [person([], a), person([], b)], {}, seededRandom(seed)).every((o) => o.fitsBoth && runtimeOf(o.film.id)! <= max);
      }),
    );
  });
});

describe('the offer', () => {
  it('is three films that fit both when three do: a mood of either person, within the shorter time', () => {
    const people: [Person, Person] = [person(['light'], '120', 'Anna'), person(['bittersweet'], 'any', 'Boris')];
    const offered = offer(FILMS, people, {}, seededRandom(1));
    expect(offered).toHaveLength(3);
    for (const o of offered) {
      expect(o.fitsBoth).toBe(true);
      expect(o.film.moods.some((m) => m === 'light' || m === 'bittersweet')).toBe(true);
      expect(o.film.runtimeMinutes!).toBeLessThanOrEqual(120);
      expect(o.gives).toEqual([]);
    }
  });

  it('puts films with a mood of each person before films with a mood of only one', () => {
    const people: [Person, Person] = [person(['light']), person(['heartwarming'])];
    const both = FILMS.filter((f) => f.moods.includes('light') && f.moods.includes('heartwarming'));
    expect(both.length).toBeGreaterThanOrEqual(3);
    for (const seed of [1, 2, 3]) for (const o of offer(FILMS, people, {}, seededRandom(seed))) expect(both).toContain(o.film);
  });

  it('offers films that fit both before compromises, and compromises only to make up three', () => {
    // Festive films are from 1956 and 1976; in the 1960s none fits someone who wants festive.
    const people: [Person, Person] = [person(['festive']), person(['light'])];
    const era = { from: 1960, to: 1969 };
    const fitting = countFitting(FILMS, people, era);
    expect(fitting).toBeGreaterThan(0);
    const offered = offer(FILMS, [person(['festive']), person(['festive'])], { from: 1970, to: 1979 }, seededRandom(4));
    expect(offered.map((o) => o.fitsBoth)).toEqual([true, false, false]);
    expect(offered[0]!.film.id).toBe('irony-of-fate');
    for (const seed of [1, 2, 3, 4, 5]) {
      const flags = offer(FILMS, people, era, seededRandom(seed)).map((o) => o.fitsBoth);
      expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
    }
  });

  it('when none fits both, offers the three closest, each saying what it gives up', () => {
    const people: [Person, Person] = [person(['festive'], 'any', 'Anna'), person([], 'any', 'Boris')];
    const era = { from: 1940, to: 1949 };
    expect(countFitting(FILMS, people, era)).toBe(0);
    const offered = offer(FILMS, people, era, seededRandom(7));
    expect(offered).toHaveLength(3);
    expect(offered.every((o) => !o.fitsBoth && o.gives.length > 0)).toBe(true);
    // Closest first: the festive film fewest years off; then a film of the 1940s in another mood, or a festive one further off.
    expect(offered[0]!.film.id).toBe('carnival-night');
    const texts = offered.map((o) => render(why(o, people)));
    expect(texts[0]).toBe('festive (Anna), but from 1956, not the 1940s');
    for (const text of texts.slice(1)) expect(text).toMatch(/^(festive \(Anna\), but from \d{4}, not the 1940s|from the 1940s, but [a-z, ]+, not festive)$/);
    expect(texts.slice(1).some((t) => t.startsWith('from the 1940s'))).toBe(true);
  });

  it('says a compromise on time as "shorter than 2 h, but bittersweet, not light"', () => {
    const f = variant('office-romance', { id: 'x', runtimeMinutes: 100, moods: ['bittersweet'] });
    const people: [Person, Person] = [person(['light'], '120'), person(['light'], 'any')];
    const [o] = offer([f], people, {}, seededRandom(1));
    expect(render(why(o!, people))).toBe('shorter than 2 h, but bittersweet, not light');
    const long = variant('office-romance', { id: 'y', runtimeMinutes: 159, moods: ['light'] });
    const [p] = offer([long], people, {}, seededRandom(1));
    expect(render(why(p!, people))).toBe('light (you both), but 159 min, longer than 2 h');
    expect(render(why(p!, people), 'ru')).toBe('лёгкое (вам обоим), но 159 мин, дольше 2 ч');
  });

  it('says why a film fits: whose mood, and the time', () => {
    const people: [Person, Person] = [person(['light'], '150', 'Anna'), person(['thoughtful'], 'any')];
    const f = variant('office-romance', { id: 'z', runtimeMinutes: 140, moods: ['light', 'thoughtful'] });
    const [o] = offer([f], people, {}, seededRandom(1));
    expect(render(why(o!, people))).toBe('light (Anna), thoughtful (Person 2), shorter than 2½ h');
  });

  it('is the same for the same seed and answers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.subarray([...MOODS]), fc.subarray([...MOODS]), (seed, a, b) => {
        const people: [Person, Person] = [person(a, '120'), person(b, '150')];
        const ids = (s: number) => offer(FILMS, people, {}, seededRandom(s)).map((o) => o.film.id);
        return JSON.stringify(ids(seed)) === JSON.stringify(ids(seed));
      }),
    );
  });

  it('never holds a film from the diary unless asked, fitting or not', () => {
    const watched = new Set(FILMS.filter((f) => f.moods.includes('light')).map((f) => f.id));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.subarray([...MOODS]), (seed, moods) => {
        const offered = offer(leaveOutWatched(FILMS, watched, false), [person(moods), person(['light'])], {}, seededRandom(seed));
        return offered.length === 3 && offered.every((o) => !watched.has(o.film.id));
      }),
    );
    const asked = offer(leaveOutWatched(FILMS, watched, true), [person(['light']), person(['light'])], {}, seededRandom(1));
    expect(asked.every((o) => watched.has(o.film.id))).toBe(true);
  });

  it('offers what there is when fewer than three films are left', () => {
    expect(offer(FILMS.slice(0, 2), [person(), person()], {}, seededRandom(1))).toHaveLength(2);
    expect(offer([], [person(), person()], {}, seededRandom(1))).toEqual([]);
  });
});

describe('the strikes', () => {
  it('go to the second person first, then the first; the film left is the one neither struck', () => {
    const offered = offer(FILMS, [person(), person()], {}, seededRandom(3));
    expect(striker(3, 3)).toBe(1);
    const two = strike(offered, offered[0]!.film.id);
    expect(striker(3, two.length)).toBe(0);
    const one = strike(two, two[1]!.film.id);
    expect(one.map((o) => o.film.id)).toEqual([offered[1]!.film.id]);
    expect(striker(2, 2)).toBe(1);
  });
});
