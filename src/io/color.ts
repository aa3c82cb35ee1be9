// Decides colour and hyperlinks for each output stream (SPEC §4 rules) and builds its Style.
import type { ChalkInstance } from 'chalk';
import type { Style } from '../render/style.js';
import { plainStyle } from '../render/style.js';
import { UsageError } from '../core/errors.js';

export type ColorChoice = 'auto' | 'always' | 'never';

export interface StreamInfo {
  isTTY: boolean;
  /** From tty.WriteStream#getColorDepth, when the stream is a terminal. */
  colorDepth?: number;
}

export function parseColorChoice(value: string): ColorChoice {
  if (value === 'auto' || value === 'always' || value === 'never') return value;
  throw new UsageError((m) => m.errors.badColor(value));
}

/** Chalk's level for a stream, the first rule that applies winning; 0 means no colour. */
export function colorLevel(choice: ColorChoice, env: NodeJS.ProcessEnv, stream: StreamInfo): 0 | 1 | 2 | 3 {
  const force = env.FORCE_COLOR;
  const forced = force !== undefined && force !== '0' && force !== 'false';
  if (choice === 'never') return 0;
  if (choice === 'always' || (forced && choice === 'auto')) {
    if (force === '2') return 2;
    if (force === '3') return 3;
    return stream.isTTY ? depthToLevel(stream.colorDepth) || 1 : 1;
  }
  if (force !== undefined && !forced) return 0;
  if (env.NO_COLOR) return 0;
  if (env.TERM === 'dumb') return 0;
  if (!stream.isTTY) return 0;
  return depthToLevel(stream.colorDepth) || 1;
}

function depthToLevel(depth: number | undefined): 0 | 1 | 2 | 3 {
  if (depth === undefined || depth < 4) return 0;
  if (depth >= 24) return 3;
  if (depth >= 8) return 2;
  return 1;
}

/** OSC 8 hyperlinks, only in terminals known to show them. */
export function supportsHyperlinks(env: NodeJS.ProcessEnv, stream: StreamInfo): boolean {
  if (env.FORCE_HYPERLINK !== undefined) return env.FORCE_HYPERLINK !== '0';
  if (!stream.isTTY || env.TERM === 'dumb' || env.CI) return false;
  if (env.WT_SESSION || env.KITTY_WINDOW_ID || env.WEZTERM_PANE) return true;
  if (env.TERM_PROGRAM && ['iTerm.app', 'WezTerm', 'vscode', 'ghostty'].includes(env.TERM_PROGRAM)) return true;
  const vte = Number(env.VTE_VERSION ?? 0);
  return vte >= 5000;
}

export function makeStyle(level: 0 | 1 | 2 | 3, hyperlinks: boolean): Style {
  if (level === 0 && !hyperlinks) return plainStyle;
  // chalk is required here, not imported: piped output, the common case, never evaluates it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Chalk } = require('chalk') as typeof import('chalk');
  const c: ChalkInstance = new Chalk({ level });
  return {
    enabled: level > 0,
    title: (t) => c.bold.yellow(t),
    accent: (t) => c.cyan(t),
    dim: (t) => c.dim(t),
    bold: (t) => c.bold(t),
    good: (t) => c.green(t),
    warn: (t) => c.yellow(t),
    error: (t) => c.red(t),
    link: (text, url) => (hyperlinks ? `\u001b]8;;${url}\u0007${c.underline(text)}\u001b]8;;\u0007` : plainStyle.link(text, url)),
  };
}
