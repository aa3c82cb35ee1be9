// Half-star ratings: what a person may type, what the diary accepts, how a terminal shows it.
import { describe, expect, it } from 'vitest';
import { isRating, parseRating } from '../../src/core/rating.js';
import { parseDiary } from '../../src/core/diary.js';
import { ratingNumber, stars } from '../../src/render/rating.js';

describe('parseRating', () => {
  it.each([
    ['0.5', 0.5],
    ['1', 1],
    ['3.5', 3.5],
    ['3,5', 3.5],
    ['4.0', 4],
    ['5', 5],
    [' 2.5 ', 2.5],
    ['3½', 3.5],
    ['.5', 0.5],
  ])('reads %j as %d', (text, value) => expect(parseRating(text)).toBe(value));

  it.each(['0', '5.5', '6', '3.25', '3.7', '-1', '', 'five', '1e0', '0x3', '3.', 'NaN', 'Infinity', '３'])('refuses %j', (text) => expect(parseRating(text)).toBeNull());
});

describe('isRating', () => {
  it('is every half step from 0.5 to 5, and nothing else', () => {
    const ok = Array.from({ length: 10 }, (_, i) => (i + 1) / 2);
    for (const r of ok) expect(isRating(r)).toBe(true);
    for (const r of [0, 5.5, 0.25, 2.75, -0.5, NaN, Infinity, '4', null]) expect(isRating(r)).toBe(false);
  });
});

describe('the diary keeps half stars and whole ones', () => {
  it('reads old whole-star entries and new half-star ones; a rating off the scale is damage', () => {
    const text = [
      { op: 'watch', id: 'a', watchedOn: '2020-01-01', rating: 4, at: 'x' },
      { op: 'watch', id: 'b', watchedOn: '2020-01-01', rating: 3.5, at: 'x' },
      { op: 'watch', id: 'c', watchedOn: '2020-01-01', rating: 0.5, at: 'x' },
      { op: 'watch', id: 'd', watchedOn: '2020-01-01', rating: 3.25, at: 'x' },
      { op: 'watch', id: 'e', watchedOn: '2020-01-01', rating: 0, at: 'x' },
    ]
      .map((e) => JSON.stringify(e))
      .join('\n');
    const parsed = parseDiary(text);
    expect(parsed.events.map((e) => (e.op === 'watch' ? e.rating : null))).toEqual([4, 3.5, 0.5]);
    expect(parsed.damaged).toEqual([4, 5]);
  });
});

describe('showing a rating', () => {
  it('stars in a terminal, as Letterboxd shows them', () => {
    expect(stars(3.5)).toBe('★★★½');
    expect(stars(5)).toBe('★★★★★');
    expect(stars(0.5)).toBe('½');
    expect(stars(1)).toBe('★');
  });

  it('the number when piped', () => {
    expect(ratingNumber(3.5)).toBe('3.5');
    expect(ratingNumber(4)).toBe('4');
    expect(ratingNumber(null)).toBe('');
  });
});
