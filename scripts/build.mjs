// Bundles src/cli.ts into one CommonJS file (the fastest thing for node to start) and validates
// the bundled catalog once, so the command need not re-validate it on every start.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

async function bundledCatalogFingerprint() {
  const out = await build({
    stdin: {
      contents: "export { validateCatalog, formatProblem } from './src/core/validate.ts'; export { fingerprint } from './src/core/fingerprint.ts';",
      resolveDir: new URL('..', import.meta.url).pathname,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  const { validateCatalog, formatProblem, fingerprint } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  const text = readFileSync(new URL('../data/films.json', import.meta.url), 'utf8');
  const result = validateCatalog(JSON.parse(text));
  if (!result.ok) {
    console.warn(`data/films.json has ${result.problems.length} problem(s), e.g. ${formatProblem(result.problems[0])}; it will be validated at run time.`);
    return undefined;
  }
  return fingerprint(text);
}

await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // inquirer is loaded with import() on interactive paths only, so it stays out of the bundle.
  external: ['@inquirer/prompts'],
  define: {
    PACKAGE_VERSION: JSON.stringify(pkg.version),
    VALIDATED_CATALOG: JSON.stringify((await bundledCatalogFingerprint()) ?? null),
  },
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  logLevel: 'warning',
});
