// Research tool: checks researchers' batch files against the catalog's rules together with the shipped
// films (schema, cross-field rules, and the bundled catalog's stricter rules the tests hold). Not part of the build.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const inputs = process.argv.slice(2);
if (inputs.length === 0) {
  console.error('usage: node scripts/check-batch.mjs <batch.json>...');
  process.exit(2);
}
const bundle = await build({
  stdin: { contents: "export { validateCatalog, formatProblem } from './src/core/validate.ts'; export { transliterate } from './src/core/search/translit.ts';", resolveDir: process.cwd(), loader: 'ts' },
  bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning',
});
const { validateCatalog, formatProblem, transliterate } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);

const shipped = JSON.parse(readFileSync('data/films.json', 'utf8')).films;
const batch = [];
const problems = [];
for (const file of inputs) {
  let films;
  try {
    films = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`${file}: not valid JSON: ${e.message}`);
    process.exit(1);
  }
  if (!Array.isArray(films)) problems.push(`${file}: must be a JSON array of films`);
  else for (const f of films) batch.push({ ...f, transliteration: transliterate(String(f.russianTitle ?? '')) });
}
const shippedIds = new Set(shipped.map((f) => f.id));
const all = [...shipped.filter((f) => !batch.some((b) => b.id === f.id)), ...batch];
for (const b of batch) if (shippedIds.has(b.id)) problems.push(`${b.id}: already in data/films.json`);

const r = validateCatalog({ schemaVersion: 2, films: all });
if (!r.ok) for (const p of r.problems) problems.push(formatProblem(p));

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[A-Za-z]/;
const MIRROR = /(wiki7|wikireading|alchetron|hmong|wiki-org|wikiwand|the-uncensored-wiki|profilpelajar|theinfolist|ipfs|wiki-gateway|dbpedia|wikimili|wiki2|wikibrief|kiwix|perceptio|liquisearch|wafarin|wikisort|hoho\.ws)|wikipedia\.org\/wiki\/.*%D[01]/i;
for (const f of batch) {
  const texts = [];
  (f.directors ?? []).forEach((p, i) => texts.push([`directors[${i}]`, p]));
  (f.cast ?? []).forEach((p, i) => texts.push([`cast[${i}]`, p]));
  for (const k of ['studio', 'basedOn', 'composer', 'synopsis', 'love']) if (f[k]) texts.push([k, f[k]]);
  (f.facts ?? []).forEach((x, i) => texts.push([`facts[${i}].text`, x.text]));
  for (const [where, t] of texts) {
    if (!t || t.ru == null || !CYRILLIC.test(t.ru)) problems.push(`${f.id}: ${where}.ru must be Russian text`);
    if (!t || !LATIN.test(t.en ?? '')) problems.push(`${f.id}: ${where}.en must be English text`);
  }
  for (const lang of ['en', 'ru']) {
    const n = f.keywords?.[lang]?.length ?? 0;
    if (n < 6 || n > 15) problems.push(`${f.id}: keywords.${lang} has ${n}, needs 6 to 15`);
  }
  if ((f.facts?.length ?? 0) < 2) problems.push(`${f.id}: needs at least 2 facts`);
  for (const [i, x] of (f.facts ?? []).entries()) {
    if (MIRROR.test(x.source ?? '')) problems.push(`${f.id}: facts[${i}].source is a mirror or percent-encoded: ${x.source}`);
  }
  if (f.moods?.includes('light') && f.moods?.includes('tragic')) problems.push(`${f.id}: light and tragic together`);
}
for (const p of problems) console.log(p);
console.error(`${batch.length} films checked with ${shipped.length} shipped: ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
