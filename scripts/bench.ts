// `npm run bench`: start-up of every command against a bare node start (tonight's in a pseudo-terminal), and search at scale.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Catalog } from '../src/core/types.js';
import { SearchIndex } from '../src/core/search/search-index.js';
import { searchFilms } from '../src/core/search/search-films.js';
import { StoryIndex } from '../src/core/search/story-index.js';
import { syntheticCatalog } from './synthetic.js';

const ROOT = resolve(__dirname, '..');
const BIN = join(ROOT, 'bin', 'soviet-love.cjs');
const WORK = join(ROOT, '.bench');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
/** BENCH_ONLY=startup skips the search-at-scale part; BENCH_ONLY=interactive runs only the pseudo-terminal row. */
const STARTUP_ONLY = process.env.BENCH_ONLY === 'startup' || process.env.BENCH_ONLY === 'interactive';
const INTERACTIVE_ONLY = process.env.BENCH_ONLY === 'interactive';
mkdirSync(WORK, { recursive: true });
const HOME = join(WORK, 'home');
rmSync(HOME, { recursive: true, force: true });
const env = { PATH: process.env.PATH, HOME: process.env.HOME, SOVIET_LOVE_HOME: HOME, LANG: 'C.UTF-8' };

function time(args: string[]): number {
  const t = performance.now();
  // Output goes to a pipe, as in `soviet-love list | grep …`; the bare node start gets the same pipes.
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return performance.now() - t;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

interface Paired {
  ratio: number;
  ms: number;
  refMs: number;
}

/**
 * Paired runs: each command run right after a reference run, so machine noise hits both alike.
 * The commands take turns, round by round, so a noisy spell is shared by all of them rather than
 * spoiling one command's figures.
 */
function pairedRounds(ref: string[], cmds: string[][], rounds = ROUNDS): Paired[] {
  for (const cmd of cmds) {
    time(ref);
    time(cmd);
  }
  const samples = cmds.map(() => ({ ratios: [] as number[], ms: [] as number[], refs: [] as number[] }));
  for (let i = 0; i < rounds; i++) {
    cmds.forEach((cmd, c) => {
      const a = time(ref);
      const b = time(cmd);
      samples[c]!.ratios.push(b / a);
      samples[c]!.ms.push(b);
      samples[c]!.refs.push(a);
    });
  }
  return samples.map((s) => ({ ratio: median(s.ratios), ms: median(s.ms), refMs: median(s.refs) }));
}

const paired = (ref: string[], cmd: string[], rounds = ROUNDS): Paired => pairedRounds(ref, [cmd], rounds)[0]!;

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

// Part 1: start-up of each command against `node -e 0`.
spawnSync(process.execPath, [BIN, 'watched', 'cranes-are-flying', '--date', '2026-01-01'], { env });
const commands: [string, string[]][] = [
  ['list --json', ['list', '--json']],
  ['list (piped)', ['list']],
  ['show cranes', ['show', 'cranes']],
  ['search moskva slezam', ['search', 'moskva', 'slezam']],
  ['pick --seed 7 --json', ['pick', '--seed', '7', '--json']],
  ['diary --json', ['diary', '--json']],
  ['export --format letterboxd', ['export']],
  ['timeline', ['timeline']],
  ['completion bash', ['completion', 'bash']],
  ['catalog check', ['catalog', 'check']],
  ['--help', ['--help']],
];
// A user's own catalog is read whole and validated on every run; the bundled one's build copy is not.
const userCatalog = join(WORK, 'user-catalog.json');
writeFileSync(userCatalog, readFileSync(join(ROOT, 'data', 'films.json')));
commands.push(['catalog check <a copy of it> (read and validated)', ['catalog', 'check', userCatalog]]);
const bare = ['-e', '0'];
if (!INTERACTIVE_ONLY) {
console.log(`Start-up, ${ROUNDS} paired runs each, median ratio to a bare \`node -e 0\` (node ${process.version}):\n`);
console.log(row(['command', 'median ms', 'bare node ms', 'ratio']));
console.log(row(['---', '---:', '---:', '---:']));
{
  const runs: [string, string[]][] = [
    ['*floor: commander + chalk bundled, nothing else*', [join(WORK, 'deps-only.cjs')]],
    ['*floor with Fuse.js too (what show and search load)*', [join(WORK, 'deps-fuse.cjs')]],
    ...commands.map(([label, args]): [string, string[]] => [`\`${label}\``, [BIN, ...args]]),
  ];
  const results = pairedRounds(
    bare,
    runs.map(([, args]) => args),
  );
  runs.forEach(([label], i) => {
    const r = results[i]!;
    console.log(row([label, r.ms.toFixed(1), r.refMs.toFixed(1), `${r.ratio.toFixed(2)}×`]));
  });
}
}

/** Spawns a command in a pseudo-terminal and times it from spawn until `until` is on screen (`times` times), then kills it. */
function ptyTime(args: string[], until: string, times = 1): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pty = require('@lydell/node-pty') as typeof import('@lydell/node-pty');
  return new Promise((done, fail) => {
    const t = performance.now();
    const term = pty.spawn(process.execPath, args, { name: 'xterm-256color', cols: 100, rows: 40, env: { ...env, TERM: 'xterm-256color' } as Record<string, string> });
    let screen = '';
    let seen = false;
    term.onData((d) => {
      screen += d;
      if (seen || screen.split(until).length <= times) return;
      seen = true;
      const ms = performance.now() - t;
      term.kill();
      done(ms);
    });
    term.onExit(() => seen || fail(new Error(`${args.join(' ')} ended before showing ${until}`)));
  });
}

/**
 * Part 1b: the first question of `tonight`, as a person sees it: from spawn to the question on the
 * screen of a pseudo-terminal, paired with a bare node that prints one character in the same kind
 * of terminal (building node's terminal stream, as any program that writes to a terminal does).
 */
async function interactiveRow(): Promise<void> {
  const bareTty = ['-e', 'process.stdout.write("x")'];
  const tonight = [BIN, 'tonight'];
  // A first run makes any missing code cache, as a user's first run would.
  await ptyTime(tonight, 'What mood are you in?');
  const ratios: number[] = [];
  const ms: number[] = [];
  const refs: number[] = [];
  const readyRatios: number[] = [];
  const readyMs: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const a = await ptyTime(bareTty, 'x');
    const b = await ptyTime(tonight, 'What mood are you in?');
    // The question drawn again, in place, by the prompt library: from then on the keys move its cursor.
    const c = await ptyTime(tonight, 'What mood are you in?', 2);
    ratios.push(b / a);
    ms.push(b);
    refs.push(a);
    readyRatios.push(c / a);
    readyMs.push(c);
  }
  console.log(`
Interactive, ${ROUNDS} paired runs in a pseudo-terminal, median ratio to a bare node printing one character there:
`);
  console.log(row(['command', 'median ms to the first question', 'bare node ms', 'ratio']));
  console.log(row(['---', '---:', '---:', '---:']));
  console.log(row(['`tonight` (the mood question on screen)', median(ms).toFixed(1), median(refs).toFixed(1), `${median(ratios).toFixed(2)}×`]));
  console.log(row(['`tonight` (the prompt library has drawn it: keys answered)', median(readyMs).toFixed(1), median(refs).toFixed(1), `${median(readyRatios).toFixed(2)}×`]));
}

// Part 2: search at scale.
function searchAtScale(): void {
const base = (JSON.parse(readFileSync(join(ROOT, 'data', 'films.json'), 'utf8')) as Catalog).films;
const QUERIES = ['irony of fate', 'moskva slezam', 'letjat zhuravli', 'ktnzn ;ehfdkb', 'ryazanov', 'gurchenko', 'love', 'ka li no', 'winter river 512', 'ofice romanse'];
// What a viewer remembers: the story index answers these (the synthetic films' story words).
// What a viewer remembers (the synthetic films keep their model films' stories, and add names).
const STORY_QUERIES = ['new year sauna leningrad', 'напился в бане', 'boy who breathes underwater', 'начальница мымра', 'pianist misses his train', 'девушка снайпер на острове', 'pigeons resort affair', 'вор вышел из тюрьмы', 'geologists in the taiga', 'жёны декабристов в сибири'];

function percentiles(index: SearchIndex, story: StoryIndex | undefined, queries: string[]): [number, number] {
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    for (const q of queries) {
      const t = performance.now();
      if (story) searchFilms(index, q, () => story, 10);
      else index.search(q, 10);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  return [times[Math.floor(times.length * 0.5)]!, times[Math.floor(times.length * 0.95)]!];
}

console.log(`\nSearch at scale (title queries: ${QUERIES.length}, story queries: ${STORY_QUERIES.length}, each run 20 times in-process):\n`);
console.log(row(['films', 'title index build ms', 'title query p50 / p95 ms', 'story index build ms', 'story query p50 / p95 ms', 'process: search ÷ list --limit 1', 'process: story search ÷ list --limit 1']));
console.log(row(['---:', '---:', '---:', '---:', '---:', '---:', '---:']));
for (const size of [1_000, 10_000, 100_000]) {
  const catalog = syntheticCatalog(base, size);
  const file = join(WORK, `catalog-${size}.json`);
  writeFileSync(file, JSON.stringify(catalog));
  const t0 = performance.now();
  const index = new SearchIndex(catalog.films);
  const build = performance.now() - t0;
  const [p50, p95] = percentiles(index, undefined, QUERIES);
  const t1 = performance.now();
  const story = StoryIndex.build(catalog.films);
  const storyBuild = performance.now() - t1;
  const [s50, s95] = percentiles(index, story, STORY_QUERIES);
  let proc = 'skipped (too slow to repeat)';
  let storyProc = proc;
  if (size <= 10_000) {
    const list = [BIN, '--catalog', file, 'list', '--limit', '1'];
    const rounds = Math.max(5, Math.floor(ROUNDS / 2));
    const [r, s] = pairedRounds(list, [[BIN, '--catalog', file, 'search', 'moskva', 'slezam'], [BIN, '--catalog', file, 'search', 'new', 'year', 'sauna', 'leningrad']], rounds);
    proc = `${r!.ratio.toFixed(2)}× (${r!.ms.toFixed(0)} ms vs ${r!.refMs.toFixed(0)} ms)`;
    storyProc = `${s!.ratio.toFixed(2)}× (${s!.ms.toFixed(0)} ms vs ${s!.refMs.toFixed(0)} ms)`;
  }
  console.log(row([size.toLocaleString('en'), build.toFixed(0), `${p50.toFixed(2)} / ${p95.toFixed(2)}`, storyBuild.toFixed(0), `${s50.toFixed(2)} / ${s95.toFixed(2)}`, proc, storyProc]));
}
}

interactiveRow().then(() => {
  if (!STARTUP_ONLY) searchAtScale();
  process.exit(0);
});
