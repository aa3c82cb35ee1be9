// Bundles scripts/bench.ts (it reuses the core's own search) and runs it.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

// node-pty is a native module: required from node_modules, never bundled.
await build({ entryPoints: ['scripts/bench.ts'], outfile: '.bench/bench.cjs', bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['@lydell/node-pty'], logLevel: 'warning' });

/** A floor: just these dependencies bundled and loaded, nothing else. */
const floor = (file, modules) =>
  build({
    stdin: { contents: modules.map((m) => `require('${m}');`).join(' '), resolveDir: '.' },
    outfile: `.bench/${file}`,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
// The floor the issue measures against: commander and chalk.
await floor('deps-only.cjs', ['commander', 'chalk']);
// The floor of the commands that search (show, search): Fuse.js loaded too.
await floor('deps-fuse.cjs', ['commander', 'chalk', 'fuse.js/basic']);
execFileSync(process.execPath, ['.bench/bench.cjs'], { stdio: 'inherit' });
