// A large catalog's search keys are kept between runs, and never used for a changed file.
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempHome } from '../helpers/run.js';
import { FILMS } from '../helpers/catalog.js';
import { syntheticCatalog } from '../../scripts/synthetic.js';

const home = tempHome();
const env = { SOVIET_LOVE_HOME: home.dir };
afterAll(() => home.cleanup());

describe('the key cache', () => {
  const file = join(home.dir, 'big.json');
  const catalog = syntheticCatalog(FILMS, 1500, 3);
  writeFileSync(file, JSON.stringify(catalog));
  const target = catalog.films[1234]!;
  const cacheFiles = () => readdirSync(join(home.dir, 'cache')).filter((f) => f.endsWith('.json'));

  it('is written by the first search and gives the same answers after', () => {
    const first = run(['--catalog', file, 'search', target.title, '--json', '--limit', '3'], { env });
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)[0].id).toBe(target.id);
    expect(cacheFiles()).toHaveLength(1);
    const second = run(['--catalog', file, 'search', target.title, '--json', '--limit', '3'], { env });
    expect(second.stdout).toBe(first.stdout);
    expect(cacheFiles()).toHaveLength(1);
  });

  it('is not used once the catalog file changes', () => {
    const changed = { ...catalog, films: catalog.films.map((f, i) => (i === 1234 ? { ...f, title: 'The Entirely New Title 9999' } : f)) };
    writeFileSync(file, JSON.stringify(changed));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const r = run(['--catalog', file, 'search', 'entirely new title 9999', '--json', '--limit', '1'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)[0].id).toBe(target.id);
    expect(cacheFiles()).toHaveLength(2);
  });

  it('is not written for a small catalog', () => {
    const small = join(home.dir, 'small.json');
    writeFileSync(small, JSON.stringify({ schemaVersion: 2, films: FILMS.slice(0, 5) }));
    const before = cacheFiles().length;
    expect(run(['--catalog', small, 'search', FILMS[0]!.title], { env }).code).toBe(0);
    expect(cacheFiles()).toHaveLength(before);
  });
});
