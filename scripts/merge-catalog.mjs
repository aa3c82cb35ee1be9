// Research tool: merges the researchers' batch files (data/research/new-N*.json) into data/films.json, in
// release order, with each transliteration computed by the catalog's one rule. Not part of the build.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';

const [out, ...inputs] = process.argv.slice(2);
if (!out || inputs.length === 0) {
  console.error('usage: node scripts/merge-catalog.mjs <out.json> <batch.json>...');
  process.exit(2);
}
const bundle = await build({ entryPoints: ['src/core/search/translit.ts'], bundle: true, format: 'esm', write: false, logLevel: 'warning' });
const { transliterate } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);

const films = [];
const seen = new Map();
for (const file of inputs) {
  // A batch is an array of films; a catalog (data/films.json itself) is read for its films.
  const data = JSON.parse(readFileSync(file, 'utf8'));
  for (const film of Array.isArray(data) ? data : data.films) {
    if (seen.has(film.id)) {
      console.error(`${file}: ${film.id} repeats a film of ${seen.get(film.id)}; the first is kept`);
      continue;
    }
    seen.set(film.id, file);
    film.transliteration = transliterate(film.russianTitle);
    films.push(film);
  }
}
films.sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
writeFileSync(out, `${JSON.stringify({ $schema: './films.schema.json', schemaVersion: 2, films }, null, 2)}\n`);
console.error(`${films.length} films written to ${out}`);
