// Spawns the built soviet-love exactly as a user's shell would, with a clean environment.
import { spawnSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'soviet-love.cjs');

/** The node that runs the command under test: SOVIET_LOVE_TEST_NODE lets CI try Node 22 and 24. */
export const NODE = process.env.SOVIET_LOVE_TEST_NODE || process.execPath;

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A minimal environment: no colour hints, no locale, a private diary home. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' };
  // A key given as undefined is left out, so a test can run with HOME unset.
  for (const [k, v] of Object.entries(extra)) {
    if (v !== undefined) env[k] = v;
    else delete env[k];
  }
  return env;
}

export function run(args: string[], opts: { env?: Record<string, string | undefined>; input?: string; node?: string; cwd?: string; bin?: string } = {}): RunResult {
  const r = spawnSync(opts.node ?? NODE, [opts.bin ?? BIN, ...args], {
    env: cleanEnv(opts.env),
    cwd: opts.cwd,
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: 15_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs with the command's stdout piped into `head -1`-like early close. */
export function runClosedPipe(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stderr: string; first: string }> {
  return new Promise((done) => {
    const child = spawn(NODE, [BIN, ...args], { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let first = '';
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', (d: Buffer) => {
      first = d.toString().split('\n')[0] ?? '';
      child.stdout.destroy();
    });
    child.on('close', (code) => done({ code, stderr, first }));
  });
}

export function tempHome(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'soviet-love-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
