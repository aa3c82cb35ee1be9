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
  // The build runs this with standard output and error discarded.
  const { main, script } = load();
  try {
    for (const args of runs) await main(args, env);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
  saveCache(script);
})();
