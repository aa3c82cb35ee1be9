// Bundles scripts/bench.ts (it reuses the core's own search) and runs it.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

await build({ entryPoints: ['scripts/bench.ts'], outfile: '.bench/bench.cjs', bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
execFileSync(process.execPath, ['.bench/bench.cjs'], { stdio: 'inherit' });
