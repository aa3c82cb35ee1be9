#!/usr/bin/env node
// The installed command. It loads the bundle through V8's code cache, kept beside the bundle for
// each node version, because compiling the bundle is much of the start-up cost on Node 20.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const file = path.join(__dirname, '..', 'dist', 'cli.cjs');
const cacheFile = `${file}.${process.version}-${process.arch}.cache`;

function load() {
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const source = fs.readFileSync(file, 'utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, { filename: file, cachedData });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, require, mod, file, path.dirname(file));
  return { main: mod.exports.main, script, stale: cachedData === undefined || script.cachedDataRejected === true };
}

/** Written after a run, so the cache also holds the functions it compiled; renamed into place, never half-written. */
function saveCache(script) {
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
  const { main, script, stale } = load();
  main().then((code) => {
    process.exitCode = code;
    if (stale) saveCache(script);
  });
} else {
  module.exports = { load, saveCache };
}
