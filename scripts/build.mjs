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
      contents: "export { validateCatalog, formatProblem } from './src/core/validate.ts'; export { SearchIndex, postingsToBytes } from './src/core/search.ts'; export { LONG_TEXTS } from './src/core/types.ts'; export { StoryIndex } from './src/core/story.ts';",
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
const storyPostings = new URL('../dist/story-index.bin', import.meta.url);
for (const file of [copy, summary, index, postings, story, storyPostings]) rmSync(file, { force: true });
if (validated) {
  writeFileSync(storyPostings, validated.story.bytes);
  writeFileSync(story, validated.story.vocabulary);
  writeFileSync(index, validated.index);
  writeFileSync(postings, validated.postings);
  writeFileSync(summary, validated.summary);
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
 * chalk detects colour support when it loads (and loads the tty and net modules to do it); we never
 * use that guess, since src/io/color.ts decides colour per stream and passes chalk a level.
 */
const noColorGuess = {
  name: 'no-color-guess',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: 'export const stdout = false; export const stderr = false; export default { stdout, stderr };',
      loader: 'js',
    }));
  },
};

const bundle = await build({
  entryPoints: ['src/cli.ts'],
  write: false,
  plugins: [lazyChildProcess, noColorGuess],
  outfile: 'dist/cli.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // inquirer (interactive paths), open (the `watch` path, which needs its own xdg-open beside it),
  // and the ZIP and CSV readers (the import path) are required on first use only, so they stay out
  // of the bundle: every other command starts without reading their code.
  external: ['@inquirer/prompts', 'open', 'yauzl', 'csv-parse', 'csv-parse/sync'],
  define: {
    PACKAGE_VERSION: JSON.stringify(pkg.version),
  },
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
/**
 * The bin shim compiles the file as the body of a CommonJS wrapper. It is written already wrapped
 * and pure ASCII (esbuild leaves some characters in regular expressions as they are), so node reads
 * it as a one-byte string and V8 compiles it without first copying it into a wrapped two-byte one.
 */
writeFileSync('dist/cli.cjs', `(function (exports, require, module, __filename, __dirname) {${ascii(bundle.outputFiles[0].text)}\n})`);

// The bin shim finds a user's own code cache with the same rule the command uses for its cache folder.
await build({ entryPoints: ['src/io/places.ts'], outfile: 'dist/places.cjs', bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, logLevel: 'warning' });

// Old caches belong to the old bundle; a fresh one is made from a warm-up run of the common commands.
for (const name of readdirSync(new URL('../dist', import.meta.url))) if (name.endsWith('.cache')) rmSync(new URL(`../dist/${name}`, import.meta.url));
// Its output is the commands' own; only a failure (thrown with its stderr) is of interest here.
execFileSync(process.execPath, [new URL('./warm-cache.cjs', import.meta.url).pathname], { stdio: ['ignore', 'ignore', 'pipe'] });
