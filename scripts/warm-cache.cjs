// Runs the common commands once in one process, then saves the code cache, so even the first
// run of each command after a build starts from compiled code.
'use strict';
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { load, saveCache } = require('../bin/soviet-love.cjs');

const home = mkdtempSync(join(tmpdir(), 'soviet-love-warm-'));
const env = { ...process.env, SOVIET_LOVE_HOME: home, SOVIET_LOVE_CATALOG: '', NO_COLOR: '1' };
const runs = [
  ['list', '--json'],
  ['list'],
  ['show', 'cranes'],
  ['search', 'moskva', 'slezam'],
  ['pick', '--seed', '1', '--json'],
  ['watched', 'solaris', '--date', '2026-01-01'],
  ['diary', '--json'],
  ['timeline'],
  ['export'],
];

(async () => {
  const { main, script } = load();
  const write = process.stdout.write.bind(process.stdout);
  const writeErr = process.stderr.write.bind(process.stderr);
  process.stdout.write = () => true;
  process.stderr.write = () => true;
  try {
    for (const args of runs) await main(args, env);
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeErr;
    rmSync(home, { recursive: true, force: true });
  }
  saveCache(script);
})();
