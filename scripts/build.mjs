// Bundles src/cli.ts into one CommonJS file (the fastest thing for node to start), and validates
// data/films.json once, writing a compact copy to dist/films.json that the command trusts.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeSchemaCode } from './schema-code.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * Pure ASCII (\\u escapes for everything else) is valid JSON and JavaScript alike, and node reads
 * it as a one-byte string: half the memory of the two-byte one Cyrillic text would make.
 */
const ascii = (text) => text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The search index in two files: the folded keys as JSON, the trigram postings as bytes. */
function indexFiles({ entries, postings }, toBytes) {
  return { index: ascii(JSON.stringify({ entries })), postings: toBytes(postings) };
}

// The validator checks a catalog's shape with code compiled from data/films.schema.json.
writeSchemaCode();

async function validatedCatalogText() {
  const out = await build({
    stdin: {
      contents: "export { validateCatalog, formatProblem } from './src/core/validate.ts'; export { SearchIndex } from './src/core/search/search-index.ts'; export { postingsToBytes } from './src/core/search/index-bytes.ts'; export { LONG_TEXTS } from './src/core/types.ts'; export { StoryIndex } from './src/core/search/story-index.ts';",
      resolveDir: new URL('..', import.meta.url).pathname,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  const { validateCatalog, formatProblem, SearchIndex, postingsToBytes, LONG_TEXTS, StoryIndex } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  const text = readFileSync(new URL('../data/films.json', import.meta.url), 'utf8');
  const result = validateCatalog(JSON.parse(text));
  if (!result.ok) {
    console.warn(`data/films.json has ${result.problems.length} problem(s), e.g. ${formatProblem(result.problems[0])}; it will be validated at run time.`);
    return undefined;
  }
  // Re-serialised compactly (the same data, less to parse at every start), with its search index.
  const catalog = JSON.parse(text);
  // Most commands need only the summaries (src/core/types.ts: FilmSummary), about a third of the whole.
  const summary = { ...catalog, films: catalog.films.map((f) => Object.fromEntries(Object.entries(f).filter(([k]) => !LONG_TEXTS.includes(k)))) };
  return {
    // One whole film per line, in UTF-8: a card parses just its film's line, and JSON output
    // copies the lines as they are.
    text: `[\n${catalog.films.map((f) => JSON.stringify(f)).join(',\n')}\n]\n`,
    summary: ascii(JSON.stringify(summary)),
    // Each film's id and moods, in order: all that tonight's first question counts (src/io/catalog.ts).
    moods: ascii(JSON.stringify(catalog.films.map((f) => [f.id, f.moods]))),
    ...indexFiles(new SearchIndex(catalog.films).snapshot(), postingsToBytes),
    // The story index (stemmed words of each film's synopsis, love line and keywords), loaded only
    // by a search that no title or name answers clearly.
    story: StoryIndex.build(catalog.films).toFiles(),
  };
}

const validated = await validatedCatalogText();
mkdirSync(new URL('../dist', import.meta.url), { recursive: true });
const copy = new URL('../dist/films.json', import.meta.url);
const summary = new URL('../dist/films-summary.json', import.meta.url);
const index = new URL('../dist/search-index.json', import.meta.url);
const postings = new URL('../dist/search-index.bin', import.meta.url);
const story = new URL('../dist/story-index.json', import.meta.url);
const moods = new URL('../dist/films-moods.json', import.meta.url);
const storyPostings = new URL('../dist/story-index.bin', import.meta.url);
const spans = new URL('../dist/films-spans.bin', import.meta.url);
for (const file of [copy, summary, index, postings, story, storyPostings, moods, spans]) rmSync(file, { force: true });
if (validated) {
  // Where each film's line starts and ends in dist/films.json (int32 pairs): a card reads its own
  // line alone, not the whole file.
  const bytes = Buffer.from(validated.text);
  const at = [];
  for (let start = bytes.indexOf(10) + 1; start > 0 && bytes[start] !== 0x5d; ) {
    const end = bytes.indexOf(10, start);
    if (end < 0) break;
    at.push(start, bytes[end - 1] === 0x2c ? end - 1 : end);
    start = end + 1;
  }
  writeFileSync(spans, new Uint8Array(Int32Array.from(at).buffer));
  writeFileSync(storyPostings, validated.story.bytes);
  writeFileSync(story, validated.story.vocabulary);
  writeFileSync(index, validated.index);
  writeFileSync(postings, validated.postings);
  writeFileSync(summary, validated.summary);
  writeFileSync(moods, validated.moods);
  writeFileSync(copy, validated.text);
}

/**
 * commander requires node:child_process at load time, for executable subcommands we never use;
 * loading it costs ~4 ms of every start. It gets a stand-in that loads the real module on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('commander') ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

/**
 * The prompts wrap every line they draw with wrap-ansi, whose loading and first call cost ~10 ms
 * before the first question; they get a stand-in that returns a line that fits as it is and loads
 * the real one only for a longer line.
 */
/**
 * Parts of the command that few runs need are bundled apart as chunks the bin shim loads through a
 * code cache of their own (like the prompts below): the Russian interface (only `--lang ru` or a
 * Russian locale reads it) and the catalog validator compiled from the JSON Schema (only a catalog
 * other than the bundled one needs it). In the main bundle each is a small stand-in that loads its
 * chunk on first use; the source files stay plain modules, which the tests import as they are.
 */
const CHUNKS = {
  ru: { file: /[\\/]i18n-ru\.js$/, entry: "export { russian } from './src/i18n-ru.ts';", stub: 'export function russian() { return load().russian(); }' },
  validator: {
    file: /[\\/]catalog-shape\.generated\.js$/,
    entry: "export { validate } from './src/core/catalog-shape.generated.js';",
    // The generated function reports its errors on itself; the stand-in passes them on.
    stub: 'export function validate(data) { const real = load().validate; const ok = real(data); validate.errors = real.errors; return ok; }',
  },
};
const lazyChunks = {
  name: 'lazy-chunks',
  setup(b) {
    for (const [name, chunk] of Object.entries(CHUNKS)) {
      b.onResolve({ filter: chunk.file }, () => ({ path: name, namespace: 'chunk' }));
    }
    b.onLoad({ filter: /.*/, namespace: 'chunk' }, (args) => ({
      contents: `let real;
const load = () => (real ??= require(require('node:path').join(__dirname, '..', 'bin', 'soviet-love.cjs')).loadChunk(${JSON.stringify(args.path)}));
${CHUNKS[args.path].stub}`,
      loader: 'js',
    }));
  },
};

const quickWrap = {
  name: 'quick-wrap',
  setup(b) {
    b.onResolve({ filter: /^wrap-ansi$/ }, (args) =>
      args.importer.includes('@inquirer') || args.importer.includes('prompts.cjs') ? { path: new URL('./shims/wrap-ansi.cjs', import.meta.url).pathname } : undefined,
    );
  },
};

const bundle = await build({
  entryPoints: ['src/cli.ts'],
  write: false,
  plugins: [lazyChildProcess, quickWrap, lazyChunks],
  outfile: 'dist/cli.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // open (the `watch` path, which needs its own xdg-open beside it) and the ZIP and CSV readers
  // (the import path) are required on first use only, so they stay out of the bundle: every other
  // command starts without reading their code. The prompts are a chunk of their own (below).
  external: ['open', 'yauzl', 'csv-parse', 'csv-parse/sync'],
  define: {
    PACKAGE_VERSION: JSON.stringify(pkg.version),
  },
  minify: process.env.NO_MINIFY !== '1',
  legalComments: 'none',
  // A map back to src/ for DEBUG=soviet-love stacks (the bin shim turns source maps on only then).
  sourcemap: 'external',
  sourcesContent: false,
  logLevel: 'warning',
});
/**
 * The bin shim compiles the file as the body of a CommonJS wrapper. It is written already wrapped
 * and pure ASCII (esbuild leaves some characters in regular expressions as they are), so node reads
 * it as a one-byte string and V8 compiles it without first copying it into a wrapped two-byte one.
 */
const [code, map] = ['.cjs', '.map'].map((end) => bundle.outputFiles.find((f) => f.path.endsWith(end)));
// The wrapper takes a line of its own, so the map moves down one line (a leading ";" in its mappings).
const sourceMap = JSON.parse(map.text);
sourceMap.mappings = `;${sourceMap.mappings}`;
writeFileSync('dist/cli.cjs.map', JSON.stringify(sourceMap));
const body = ascii(code.text).replace(/\n\/\/# sourceMappingURL=.*\n?$/, '');
writeFileSync('dist/cli.cjs', `(function (exports, require, module, __filename, __dirname) {\n${body}\n})\n//# sourceMappingURL=cli.cjs.map\n`);

/**
 * A chunk the bin shim loads on one path only, through a code cache of its own: bundled from its
 * entry's text, written pure ASCII and already wrapped as a CommonJS function, like the bundle.
 */
async function writeChunk(name, contents, { loader = 'js', plugins = [] } = {}) {
  const out = await build({
    stdin: { contents, resolveDir: new URL('..', import.meta.url).pathname, sourcefile: `${name}.cjs`, loader },
    write: false,
    plugins,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: process.env.NO_MINIFY !== '1',
    legalComments: 'none',
    logLevel: 'warning',
  });
  writeFileSync(`dist/${name}.cjs`, `(function (exports, require, module, __filename, __dirname) {${ascii(out.outputFiles[0].text)}\n})`);
}

for (const [name, chunk] of Object.entries(CHUNKS)) await writeChunk(name, chunk.entry, { loader: 'ts' });

// The prompts the interactive commands use, apart from the bundle (src/io/prompts.ts loads them).
// Each prompt's module runs on its first use: the first screen needs select alone.
await writeChunk(
  'prompts',
  ['select', 'checkbox', 'search', 'input'].map((p) => `Object.defineProperty(exports, '${p}', { enumerable: true, get: () => require('@inquirer/${p}').default });`).join('\n'),
  { plugins: [quickWrap] },
);

// The bin shim finds a user's own code cache with the same rule the command uses for its cache folder.
// It makes that folder one level at a time, as the command does (src/io/open.ts).
await build({
  stdin: { contents: "export { userDir } from './src/io/places.ts'; export { makeDirs } from './src/io/open.ts';", resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
  outfile: 'dist/places.cjs', bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, logLevel: 'warning' });

// Old caches belong to the old bundle; a fresh one is made from a warm-up run of the common commands.
for (const name of readdirSync(new URL('../dist', import.meta.url))) if (name.endsWith('.cache')) rmSync(new URL(`../dist/${name}`, import.meta.url));
// Its output is the commands' own; only a failure (thrown with its stderr) is of interest here.
execFileSync(process.execPath, [new URL('./warm-cache.cjs', import.meta.url).pathname], { stdio: ['ignore', 'ignore', 'pipe'] });
