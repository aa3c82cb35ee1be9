// Decides colour and hyperlinks for each output stream (SPEC §4 rules) and builds its Style.
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

/** One SGR style as chalk keeps it: its own codes, and with the styles it is nested in. */
interface Sgr {
  open: string;
  close: string;
  openAll: string;
  closeAll: string;
  parent: Sgr | undefined;
}

const sgr = (open: number, close: number, parent?: Sgr): Sgr => {
  const o = `\u001b[${open}m`;
  const c = `\u001b[${close}m`;
  return { open: o, close: c, openAll: (parent?.openAll ?? '') + o, closeAll: c + (parent?.closeAll ?? ''), parent };
};

/**
 * What chalk writes for a style (test/unit/color.test.ts compares the two): a style closed inside
 * the text is opened again after it, and each line is closed and opened again around its break.
 * Its eight codes here cost nothing to load, where chalk's module took ~1.5 ms of a terminal run.
 */
function paint(style: Sgr, text: string): string {
  if (text === '') return text;
  if (text.includes('\u001b')) for (let s: Sgr | undefined = style; s; s = s.parent) text = text.replaceAll(s.close, s.close + s.open);
  if (text.includes('\n')) text = text.replace(/\r?\n/g, (br) => style.closeAll + br + style.openAll);
  return style.openAll + text + style.closeAll;
}

const BOLD = sgr(1, 22);
const TITLE = sgr(33, 39, BOLD);
const CYAN = sgr(36, 39);
const DIM = sgr(2, 22);
const GREEN = sgr(32, 39);
const YELLOW = sgr(33, 39);
const RED = sgr(31, 39);
const UNDERLINE = sgr(4, 24);

export function makeStyle(level: 0 | 1 | 2 | 3, hyperlinks: boolean): Style {
  if (level === 0 && !hyperlinks) return plainStyle;
  // The named colours are the same codes at every level; level 0 (links alone) paints nothing.
  const c = level > 0 ? paint : (_: Sgr, text: string) => text;
  return {
    enabled: level > 0,
    title: (t) => c(TITLE, t),
    accent: (t) => c(CYAN, t),
    dim: (t) => c(DIM, t),
    bold: (t) => c(BOLD, t),
    good: (t) => c(GREEN, t),
    warn: (t) => c(YELLOW, t),
    error: (t) => c(RED, t),
    link: (text, url) => (hyperlinks ? `\u001b]8;;${url}\u0007${c(UNDERLINE, text)}\u001b]8;;\u0007` : plainStyle.link(text, url)),
  };
}
