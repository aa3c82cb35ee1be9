// catalog upgrade: a schema 1 catalog becomes a valid schema 2 one, inventing nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { upgradeCatalog } from '../../src/core/upgrade.js';
import { validateCatalog, formatProblem } from '../../src/core/validate.js';
import { ROOT } from '../helpers/run.js';

const OLD = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'schema1-catalog.json'), 'utf8'));

describe('upgradeCatalog', () => {
  const upgraded = upgradeCatalog(OLD);

  it('gives a catalog the schema 2 validator accepts', () => {
    const r = validateCatalog(upgraded);
    expect(r.ok ? [] : r.problems.map((p) => formatProblem(p))).toEqual([]);
    expect(upgraded.schemaVersion).toBe(2);
  });

  it('keeps every English text and name, and leaves the Russian unknown rather than guessed', () => {
    const before = OLD.films[0];
    const after = upgraded.films[0]!;
    expect(after.synopsis).toEqual({ en: before.synopsis, ru: null });
    expect(after.love).toEqual({ en: before.love, ru: null });
    expect(after.directors).toEqual(before.directors.map((en: string) => ({ en, ru: null })));
    expect(after.facts.map((f) => f.text.en)).toEqual(before.facts.map((f: { text: string }) => f.text));
    expect(after.facts.map((f) => f.source)).toEqual(before.facts.map((f: { source: string }) => f.source));
    expect(after.studio).toEqual(before.studio === null ? null : { en: before.studio, ru: null });
    expect(after.keywords).toEqual({ en: [], ru: [] });
    expect(after.ids).toEqual({ imdb: null, wikidata: null, kinopoisk: null });
    expect(after.productionYear).toBeNull();
    expect(after.watch).toEqual([]);
  });

  it('writes the fields in the schema order', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'data', 'films.schema.json'), 'utf8'));
    expect(Object.keys(upgraded.films[0]!)).toEqual(schema.$defs.film.required);
  });
});
