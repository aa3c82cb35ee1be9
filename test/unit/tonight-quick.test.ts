// tonight's first question is counted from the build's table of moods (dist/films-moods.json) when
// no filter is given: it must offer what the summaries would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { choicesFor, moodChoices } from '../../src/core/tonight.js';
import { emptyFilters } from '../../src/core/filters.js';
import { FILMS } from '../helpers/catalog.js';
import { ROOT } from '../helpers/run.js';

describe('the mood question from the films’ moods alone', () => {
  it('gives what choicesFor gives over the summaries, whichever films are left', () => {
    fc.assert(
      fc.property(fc.subarray(FILMS), (films) => {
        expect(moodChoices(films.map((f) => ({ id: f.id, moods: f.moods })))).toEqual(choicesFor('mood', films, { ...emptyFilters(), unwatched: false }));
      }),
    );
  });
  it('the build’s table holds every film’s id and moods, in the catalog’s order', () => {
    const table = JSON.parse(readFileSync(join(ROOT, 'dist', 'films-moods.json'), 'latin1')) as [string, string[]][];
    expect(table).toEqual(FILMS.map((f) => [f.id, f.moods]));
  });
});
