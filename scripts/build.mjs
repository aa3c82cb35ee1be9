// Bundles src/cli.ts into one CommonJS file: the fastest thing for node to start.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // inquirer is loaded with import() on interactive paths only, so it stays out of the bundle.
  external: ['@inquirer/prompts'],
  define: { PACKAGE_VERSION: JSON.stringify(pkg.version) },
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  logLevel: 'warning',
});
