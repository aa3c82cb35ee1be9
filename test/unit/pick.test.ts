// Picking: seeded reproducibility, no repeats, the New Year rule, reasons, and the tonight questions.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawFilms, isNewYear, reasonsFor, seededRandom } from '../../src/core/pick.js';
import { emptyFilters, predicates } from '../../src/core/filters.js';
import { answeredInAdvance, applyAnswer, choicesFor } from '../../src/core/tonight.js';
import { FILMS, film } from '../helpers/catalog.js';
import { render } from '../../src/i18n.js';

describe('drawFilms', () => {
  it('gives the same films for the same seed, and different ones for other seeds', () => {
    const a = drawFilms(FILMS, 3, seededRandom(42), '2026-06-01').map((f) => f.id);
    const b = drawFilms(FILMS, 3, seededRandom(42), '2026-06-01').map((f) => f.id);
    expect(a).toEqual(b);
    const others = new Set([1, 2, 3, 4, 5].map((s) => drawFilms(FILMS, 1, seededRandom(s), '2026-06-01')[0]!.id));
    expect(others.size).toBeGreaterThan(1);
  });

  it('never repeats a film within one draw', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 100 }), (seed, count) => {
        const ids = drawFilms(FILMS, count, seededRandom(seed), '2026-06-01').map((f) => f.id);
        return new Set(ids).size === ids.length && ids.length === Math.min(count, FILMS.length);
      }),
    );
  });

  it('puts The Irony of Fate first on 31 December and 1 January when it is among the films', () => {
    for (const date of ['2026-12-31', '2027-01-01']) {
      for (const seed of [1, 2, 3]) expect(drawFilms(FILMS, 2, seededRandom(seed), date)[0]?.id).toBe('irony-of-fate');
    }
    const withoutIrony = FILMS.filter((f) => f.id !== 'irony-of-fate');
    expect(drawFilms(withoutIrony, 1, seededRandom(1), '2026-12-31')[0]?.id).not.toBe('irony-of-fate');
  });

  it('knows the New Year days', () => {
    expect(isNewYear('2026-12-31')).toBe(true);
    expect(isNewYear('2027-01-01')).toBe(true);
    expect(isNewYear('2026-12-30')).toBe(false);
    expect(isNewYear('2027-01-02')).toBe(false);
  });
});

describe('reasonsFor', () => {
  it('names each filter the film satisfied and the date rule', () => {
    const preds = predicates({ ...emptyFilters(), from: 1970, to: 1979, moods: ['festive', 'tragic'], maxRuntime: 200 });
    const reasons = reasonsFor(film('irony-of-fate'), preds, '2026-12-31', true).map((r) => render(r));
    expect(reasons).toEqual([
      '1976 is from the 1970s',
      'mood: festive',
      '184 min fits in 200',
      'not in your diary yet',
      '31 December: the New Year film',
    ]);
  });
  it('says so when no filter was given', () => {
    expect(reasonsFor(film('solaris'), [], '2026-06-01', false).map((r) => render(r))).toEqual(['any film fits: no filters given']);
    expect(reasonsFor(film('solaris'), [], '2026-06-01', false).map((r) => render(r, 'ru'))).toEqual(['подходит любой фильм: фильтров нет']);
  });
});

describe('tonight questions', () => {
  it('offers "any" first, counts films per choice and disables empty choices', () => {
    const choices = choicesFor('mood', FILMS, emptyFilters());
    expect(choices[0]).toEqual({ value: 'any', count: FILMS.length, disabled: false });
    const festive = choices.find((c) => c.value === 'festive')!;
    expect(festive.count).toBe(FILMS.filter((f) => f.moods.includes('festive')).length);
    const tiny = [film('solaris')];
    const eras = choicesFor('era', tiny, emptyFilters());
    expect(eras.find((c) => c.value === '1970s')).toMatchObject({ count: 1, disabled: false });
    expect(eras.find((c) => c.value === 'before-1950')).toMatchObject({ count: 0, disabled: true });
  });

  it('counts each question against the answers so far', () => {
    const light = applyAnswer(emptyFilters(), 'mood', 'light');
    const times = choicesFor('time', FILMS, light);
    expect(times[0]!.count).toBe(FILMS.filter((f) => f.moods.includes('light')).length);
    const short = times.find((c) => c.value === '90')!;
    expect(short.count).toBe(FILMS.filter((f) => f.moods.includes('light') && f.runtimeMinutes !== null && f.runtimeMinutes <= 90).length);
  });

  it('maps answers to filters', () => {
    expect(applyAnswer(emptyFilters(), 'time', '120').maxRuntime).toBe(120);
    expect(applyAnswer(emptyFilters(), 'time', 'long').minRuntime).toBe(151);
    expect(applyAnswer(emptyFilters(), 'era', 'before-1950')).toMatchObject({ to: 1949 });
    expect(applyAnswer(emptyFilters(), 'era', '1960s')).toMatchObject({ from: 1960, to: 1969 });
    expect(applyAnswer(emptyFilters(), 'mood', 'any')).toEqual(emptyFilters());
  });

  it('treats command-line filters as answers given in advance', () => {
    expect(answeredInAdvance({ ...emptyFilters(), moods: ['light'] }, 'mood')).toBe(true);
    expect(answeredInAdvance({ ...emptyFilters(), maxRuntime: 100 }, 'time')).toBe(true);
    expect(answeredInAdvance({ ...emptyFilters(), from: 1960, to: 1969 }, 'era')).toBe(true);
    expect(answeredInAdvance(emptyFilters(), 'era')).toBe(false);
  });
});
