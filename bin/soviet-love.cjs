#!/usr/bin/env node
// The installed command. It loads the bundle through V8's code cache, kept beside the bundle for
// each node version, because compiling the bundle is most of the start-up cost on Node 20.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

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
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData, importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  return { main: mod.exports.main, script, stale: cachedData === undefined || script.cachedDataRejected === true };
}

const { main, script, stale } = load();
main().then((code) => {
  process.exitCode = code;
  if (stale) {
    // Written after the run, so the cache also holds the functions this run compiled.
    try {
      fs.writeFileSync(cacheFile, script.createCachedData());
    } catch {
      // A read-only install just starts a little slower.
    }
  }
});
