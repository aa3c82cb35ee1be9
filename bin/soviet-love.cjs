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
const OWN_CACHE = new Set(['list', 'show', 'search', 'pick', 'tonight', 'watched', 'unwatch', 'diary', 'export', 'timeline', 'completion', 'catalog', 'watch', 'watchlist']);
const VALUE_OPTIONS = new Set(['--catalog', '--color', '--lang']);

/**
 * The command word of argv, when it has a cache of its own. A wrong guess costs speed, not
 * correctness: a bare run is taken for `tonight`, which it is in a terminal.
 */
function cacheName(argv) {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (VALUE_OPTIONS.has(a)) i++;
    else if (!a.startsWith('-')) return OWN_CACHE.has(a) ? a : 'other';
  }
  return argv.some((a) => a === '-h' || a === '--help' || a === '-V' || a === '--version') ? 'other' : 'tonight';
}

/** The code cache beside the bundle, made by the build (or by a first run), for this node and command. */
const besideFile = (tag, of = file) => `${of}.${tag}.cache`;

/** The cache for argv: beside the bundle, else the user's own copy. */
function findCache(tag, of = file) {
  for (const where of [() => besideFile(tag, of), () => userCacheFile(tag)]) {
    try {
      const cacheFile = where();
      return { cacheFile, cachedData: fs.readFileSync(cacheFile) };
    } catch {}
  }
  return { cacheFile: besideFile(tag, of), cachedData: undefined };
}

/**
 * Where a user keeps the cache when the install folder is read-only (a system-wide install): the
 * cache folder of src/io/places.ts. V8 checks a cache against its source's length only, so the
 * name carries the bundle's size and time; caches of older bundles are removed when one is saved.
 */
function userCacheFile(tag) {
  const { userDir } = require('../dist/places.cjs');
  // Named by the main bundle even for a chunk's cache: the build writes them together.
  const st = fs.statSync(file);
  const dir = userDir('cache', process.env);
  if (dir === undefined) throw new Error('no usable cache folder');
  return path.join(dir, `code-${st.size}-${Math.floor(st.mtimeMs)}.${tag}.cache`);
}

/** Runs a file the build wrote (pure ASCII, already wrapped as a CommonJS function) through its code cache. */
function run(of, tag) {
  const { cacheFile, cachedData } = findCache(tag, of);
  const source = fs.readFileSync(of, 'utf8');
  const script = new vm.Script(source, { filename: of, cachedData });
  const mod = { exports: {} };
  (debugging() && of === file ? throughModule(source, of) : script.runInThisContext())(mod.exports, require, mod, of, path.dirname(of));
  return { exports: mod.exports, script, cacheFile, stale: cachedData === undefined || script.cachedDataRejected === true };
}

function load(argv = process.argv.slice(2)) {
  const tag = `${process.version}-${process.arch}.${cacheName(argv)}`;
  const { exports, script, cacheFile, stale } = run(file, tag);
  return { main: exports.main, script, tag, cacheFile, stale };
}

/** Chunks loaded this run whose cache is missing or stale: saved once the run is over. */
const staleChunks = [];

/**
 * A chunk of the build loaded on one path only (dist/prompts.cjs: the prompt library), through a
 * code cache of its own, so no other command reads it or its cache. The bundle reaches it through
 * the module object the shim runs it with.
 */
function loadChunk(name) {
  const of = path.join(__dirname, '..', 'dist', `${name}.cjs`);
  const tag = `${process.version}-${process.arch}.${name}`;
  const chunk = run(of, tag);
  if (chunk.stale) staleChunks.push(() => saveCache(chunk.script, tag, of));
  return chunk.exports;
}

/** Writes whole or not at all: to a temporary name, then renamed into place. */
function writeAtomically(target, data) {
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, target);
    return true;
  } catch {
    try {
      fs.unlinkSync(tmp);
    } catch {}
    return false;
  }
}

/**
 * Written after a run, so the cache also holds the functions it compiled: beside the bundle, or,
 * where that folder cannot be written, in the user's cache folder. A run that can do neither just
 * starts a little slower next time.
 */
function saveCache(script, tag, of = file) {
  const data = script.createCachedData();
  if (writeAtomically(besideFile(tag, of), data)) return;
  try {
    const own = userCacheFile(tag);
    const dir = path.dirname(own);
    // One level at a time: a recursive mkdir spins for minutes under /proc.
    require('../dist/places.cjs').makeDirs(dir);
    const bundle = path.basename(own).split('.')[0];
    for (const name of fs.readdirSync(dir)) {
      if (name.startsWith('code-') && name.endsWith('.cache') && name.split('.')[0] !== bundle) fs.rmSync(path.join(dir, name), { force: true });
    }
    writeAtomically(own, data);
  } catch {}
}

/** DEBUG=soviet-love (or *): stack traces are wanted, and worth the source map's cost. */
const debugging = () => /(^|,)\s*(soviet-love|\*)\s*(,|$)/.test(process.env.DEBUG || '');

/**
 * Under DEBUG, the bundle is compiled as a CommonJS module instead: node applies source maps
 * (dist/cli.cjs.map, named at the bundle's end) to modules it loads, not to vm scripts. The
 * assignment shares the wrapper's own line, so the map's lines still match.
 */
function throughModule(source, of) {
  process.setSourceMapsEnabled(true);
  const Module = require('node:module');
  const m = new Module(of, module);
  m.filename = of;
  m._compile(`module.exports = ${source}`, of);
  return m.exports;
}

// The bundle reaches loadChunk through this module, so it is exported when run as the command too.
module.exports = { load, saveCache, cacheName, loadChunk, staleChunks };

if (require.main === module) {
  const { main, script, tag, stale } = load();
  main().then((code) => {
    if (stale && !debugging()) saveCache(script, tag);
    if (!debugging()) for (const save of staleChunks) save();
    // Every write is finished by now (output goes out synchronously), so the run ends at once
    // rather than through node's teardown, which costs a few ms. On Windows a terminal is
    // written asynchronously, so there the process ends by itself.
    if (process.platform === 'win32') process.exitCode = code;
    else process.exit(code);
  });
}
