#!/usr/bin/env node
// The installed command. It loads the bundle through V8's code cache, kept beside the bundle for
// each node version and each command, because compiling the bundle is much of the start-up cost.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const file = path.join(__dirname, '..', 'dist', 'cli.cjs');

/**
 * Commands with a code cache of their own: V8 reads a whole cache at start-up, so each command's
 * holds just the functions that command runs. Anything else (help, a typo) uses the shared one.
 */
const OWN_CACHE = new Set(['list', 'show', 'search', 'pick', 'tonight', 'watched', 'unwatch', 'diary', 'export', 'timeline', 'completion', 'catalog']);
const VALUE_OPTIONS = new Set(['--catalog', '--color', '--lang']);

/** The command word of argv, when it has a cache of its own. A wrong guess costs speed, not correctness. */
function cacheName(argv) {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (VALUE_OPTIONS.has(a)) i++;
    else if (!a.startsWith('-')) return OWN_CACHE.has(a) ? a : 'other';
  }
  return 'other';
}

function load(argv = process.argv.slice(2)) {
  const cacheFile = `${file}.${process.version}-${process.arch}.${cacheName(argv)}.cache`;
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // The build writes the bundle as pure ASCII (so V8 keeps it as a one-byte string), already
  // wrapped as a CommonJS function.
  const source = fs.readFileSync(file, 'utf8');
  const script = new vm.Script(source, { filename: file, cachedData });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, require, mod, file, path.dirname(file));
  return { main: mod.exports.main, script, cacheFile, stale: cachedData === undefined || script.cachedDataRejected === true };
}

/** Written after a run, so the cache also holds the functions it compiled; renamed into place, never half-written. */
function saveCache(script, cacheFile) {
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, cacheFile);
  } catch {
    try {
      fs.unlinkSync(tmp);
    } catch {}
    // A read-only install just starts a little slower.
  }
}

if (require.main === module) {
  const { main, script, cacheFile, stale } = load();
  main().then((code) => {
    if (stale) saveCache(script, cacheFile);
    // Every write is finished by now (output goes out synchronously), so the run ends at once
    // rather than through node's teardown, which costs a few ms. On Windows a terminal is
    // written asynchronously, so there the process ends by itself.
    if (process.platform === 'win32') process.exitCode = code;
    else process.exit(code);
  });
} else {
  module.exports = { load, saveCache, cacheName };
}
