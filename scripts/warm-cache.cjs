// Makes the code caches the bin shim loads: each command is run in a fresh process, then that
// process saves its cache, so each holds what its command compiled and nothing more.
'use strict';
const { execFileSync } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { load, saveCache, staleChunks } = require('../bin/soviet-love.cjs');

/** The runs behind each cache, named by their first word; `--help` fills the shared cache. */
const RUNS = [
  [['list', '--json'], ['list'], ['list', '--decade', '70s', '--director', 'ryazanov']],
  [['show', 'cranes'], ['show', 'irony-of-fate']],
  [['search', 'moskva', 'slezam'], ['search', 'ktnzn', ';ehfdkb', '--json']],
  [['pick', '--seed', '1', '--json'], ['pick', '--seed', '2', '--explain']],
  [['watched', 'solaris', '--date', '2026-01-01']],
  [['unwatch', 'solaris']],
  [['diary', '--json'], ['diary']],
  [['watchlist', 'add', 'solaris'], ['watchlist', '--json'], ['watchlist'], ['watchlist', 'remove', 'solaris']],
  [['timeline']],
  [['export'], ['export', '--format', 'json']],
  [['completion', 'bash']],
  [['catalog', 'check']],
  [['watch', 'cranes', '--print'], ['watch', 'irony-of-fate', '--json']],
  // A Russian run loads the Russian chunk, so its cache is made here too.
  [['--help'], ['list', '--help'], ['--lang', 'ru', '--help'], ['--lang', 'ru', 'show', 'cranes']],
];

async function warm(runs, env) {
  const { main, script, tag } = load(runs[0]);
  for (const args of runs) await main(args, env);
  saveCache(script, tag);
  // The chunks these runs loaded (the Russian interface) keep their own caches.
  for (const save of staleChunks.splice(0)) save();
}

/**
 * `tonight` needs a terminal, so its cache (and the prompts chunk's) comes from a run in a pseudo-
 * terminal: three Enters, then Ctrl-C at the menu; the run saves both caches as it ends. Without
 * node-pty (a dev dependency) the first real run makes them instead.
 */
function warmTonight(env) {
  let pty;
  try {
    pty = require('@lydell/node-pty');
  } catch {
    return Promise.resolve();
  }
  const bin = join(__dirname, '..', 'bin', 'soviet-love.cjs');
  return new Promise((done) => {
    const term = pty.spawn(process.execPath, [bin, 'tonight'], { name: 'xterm-256color', cols: 100, rows: 40, env: { ...env, TERM: 'xterm-256color' } });
    let screen = '';
    let answered = 0;
    let waiting = false;
    const timer = setTimeout(() => term.kill(), 20000);
    term.onData((d) => {
      screen += d;
      // Each question is drawn with its key hint: three answered with Enter, then Ctrl-C at the menu.
      if (waiting || !screen.includes('select')) return;
      waiting = true;
      setTimeout(() => {
        screen = '';
        waiting = false;
        term.write(answered++ < Number(process.env.WARM_ANSWERS ?? 3) ? '\r' : '\u0003');
      }, 50);
    });
    term.onExit(() => {
      clearTimeout(timer);
      done();
    });
  });
}

if (process.argv[2] === '--runs') {
  // One cache: the runs come as JSON, the environment from the parent.
  warm(JSON.parse(process.argv[3]), process.env);
} else {
  const home = mkdtempSync(join(tmpdir(), 'soviet-love-warm-'));
  const env = { ...process.env, SOVIET_LOVE_HOME: home, SOVIET_LOVE_CATALOG: '', NO_COLOR: '1' };
  try {
    // The build runs this with standard output and error discarded.
    for (const runs of RUNS) execFileSync(process.execPath, [__filename, '--runs', JSON.stringify(runs)], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (err) {
    rmSync(home, { recursive: true, force: true });
    throw err;
  }
  warmTonight(env).finally(() => rmSync(home, { recursive: true, force: true }));
}
