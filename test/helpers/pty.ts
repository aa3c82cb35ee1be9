// Drives the built command in a real pseudo-terminal, as a person at a keyboard would.
import * as pty from '@lydell/node-pty';
import { afterEach } from 'vitest';
import { BIN, NODE, cleanEnv, tempHome } from './run.js';

export const KEYS = { enter: '\r', down: '\u001b[B', up: '\u001b[A', ctrlC: '\u0003', esc: '\u001b' } as const;

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007|\u001b[=>]/g;

export class Terminal {
  private raw = '';
  readonly exited: Promise<number>;
  private readonly proc: pty.IPty;

  constructor(args: string[], env: Record<string, string | undefined> = {}, size = { cols: 100, rows: 40 }) {
    this.proc = pty.spawn(NODE, [BIN, ...args], { name: 'xterm-256color', cols: size.cols, rows: size.rows, env: cleanEnv({ TERM: 'xterm-256color', ...env }) as Record<string, string> });
    this.proc.onData((d) => (this.raw += d));
    this.exited = new Promise((done) => this.proc.onExit(({ exitCode }) => done(exitCode)));
  }

  /** Everything written to the terminal so far, escape sequences and all. */
  get output(): string {
    return this.raw;
  }

  /** Everything shown so far, with escape sequences removed. */
  get text(): string {
    return this.raw.replace(ANSI, '');
  }

  /** Waits until the screen text matches, or fails with what was on screen. */
  async waitFor(pattern: RegExp | string, timeoutMs = 10_000, from = 0): Promise<void> {
    const test = () => {
      const t = this.text.slice(from);
      return typeof pattern === 'string' ? t.includes(pattern) : pattern.test(t);
    };
    const start = Date.now();
    while (!test()) {
      if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${pattern}. Screen:\n${this.text.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** A position to search from, so later waits only see new output. */
  mark(): number {
    return this.text.length;
  }

  write(keys: string): void {
    this.proc.write(keys);
  }

  /** Sends a key after a short pause, since prompts read keys one render at a time. */
  async press(key: string, pauseMs = 60): Promise<void> {
    await new Promise((r) => setTimeout(r, pauseMs));
    this.proc.write(key);
  }

  kill(): void {
    try {
      this.proc.kill();
    } catch {
      /* already gone */
    }
  }
}

/**
 * Terminals and private diary homes for one test file, all closed and removed after each test.
 * Call at the top of a test file.
 */
export function terminalSession(): {
  open: (args: string[], env?: Record<string, string | undefined>, size?: { cols: number; rows: number }) => Terminal;
  home: () => string;
} {
  let terminals: Terminal[] = [];
  let cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const t of terminals) t.kill();
    for (const c of cleanups) c();
    terminals = [];
    cleanups = [];
  });
  const home = () => {
    const h = tempHome();
    cleanups.push(h.cleanup);
    return h.dir;
  };
  const open = (args: string[], env: Record<string, string | undefined> = { SOVIET_LOVE_HOME: home() }, size?: { cols: number; rows: number }) => {
    const t = new Terminal(args, env, size);
    terminals.push(t);
    return t;
  };
  return { open, home };
}
