// Bundles scripts/bench.ts (it reuses the core's own search) and runs it.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

await build({ entryPoints: ['scripts/bench.ts'], outfile: '.bench/bench.cjs', bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
// The floor the issue measures against: commander and chalk bundled and loaded, nothing else.
await build({
  stdin: { contents: "require('commander'); require('chalk');", resolveDir: '.' },
  outfile: '.bench/deps-only.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
});
execFileSync(process.execPath, ['.bench/bench.cjs'], { stdio: 'inherit' });
