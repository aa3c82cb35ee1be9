// The only module that talks to inquirer; it is loaded on interactive paths alone, to keep start-up fast.
import { names } from '../core/bilingual.js';
import type { FilmSummary } from '../core/types.js';
import type { Context } from '../context.js';
import { CancelledError } from '../core/errors.js';
import { MESSAGES } from '../i18n.js';
import { cell } from '../render/text.js';
import { promptLook, selectFrame, type FrameChoice, type PromptLook } from '../render/prompt.js';

/**
 * The four prompts we use, each its own small package, bundled apart from the command into
 * dist/prompts.cjs (scripts/build.mjs) and loaded through its own code cache by the bin shim, so
 * no non-interactive command reads a byte of them.
 */
interface Inquirer {
  select: typeof import('@inquirer/select').default;
  checkbox: typeof import('@inquirer/checkbox').default;
  search: typeof import('@inquirer/search').default;
  input: typeof import('@inquirer/input').default;
}

let loaded: Inquirer | undefined;

/* eslint-disable @typescript-eslint/no-require-imports */
function inquirer(): Inquirer {
  if (!loaded) {
    // The bundle runs from dist/, the shim beside it in bin/ (it is the running main module).
    const shim = require(require('node:path').join(__dirname, '..', 'bin', 'soviet-love.cjs')) as { loadChunk: (name: string) => Inquirer };
    loaded = shim.loadChunk('prompts');
  }
  return loaded;
}

/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * The first question is drawn before the prompt library is loaded (its frame from render/prompt.ts,
 * the same as inquirer's), so it is on screen while the library loads; just before inquirer draws
 * it again, that frame is erased. Returns the frame's lines, 0 when none was drawn.
 */
function paintFirst(ctx: Context, message: string, choices: readonly FrameChoice[], defaultValue: unknown, pageSize: number): number {
  if (loaded || !ctx.stdout.isTTY) return 0;
  const frame = selectFrame(look(ctx), message, choices, defaultValue, pageSize, ctx.stdout);
  if (frame === undefined) return 0;
  // As inquirer does before it draws: keys pressed from now on (Ctrl-C too) wait for the prompt.
  if (process.stdin.isTTY) process.stdin.setRawMode(true);
  ctx.stdout.write(frame);
  return frame.split('\n').length;
}

/** Back to the frame's first column and line, and clears from there down, for inquirer to draw. */
function erase(lines: number): void {
  // Cursor movement is not ours to send through ctx.stdout (it lets only colours and links by).
  if (lines > 0) process.stdout.write(`\r${lines > 1 ? `\u001b[${lines - 1}A` : ''}\u001b[J`);
}

/** Esc on a prompt that allows it: go back one step. Left uncaught, it cancels like Esc anywhere (130). */
export class BackError extends CancelledError {}

export interface PromptChoice<T> {
  name: string;
  value: T;
  description?: string;
  disabled?: boolean | string;
}

export interface PromptOptions {
  /** Esc goes back a step (BackError, the prompt erased) rather than cancelling the run. */
  back?: boolean;
}

type Run<T> = (signal: AbortSignal, context: { signal: AbortSignal; clearPromptOnDone: boolean }) => Promise<T>;

/** Runs one prompt so that Esc cancels it like Ctrl-C (or goes back), and either becomes a CancelledError (exit 130). */
async function cancellable<T>(run: Run<T>, opts: PromptOptions = {}): Promise<T> {
  const controller = new AbortController();
  // inquirer reads clearPromptOnDone when the prompt ends, so a step left with Esc can be erased.
  const context = { signal: controller.signal, clearPromptOnDone: false };
  let back = false;
  const onKey = (_: string, key: { name?: string } | undefined) => {
    if (key?.name !== 'escape') return;
    back = opts.back === true;
    context.clearPromptOnDone = back;
    controller.abort();
  };
  // readline is required here, not imported, so non-interactive commands never load it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('node:readline') as typeof import('node:readline')).emitKeypressEvents(process.stdin);
  process.stdin.on('keypress', onKey);
  try {
    return await run(controller.signal, context);
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'AbortPromptError' && back) throw new BackError();
    if (name === 'ExitPromptError' || name === 'AbortPromptError' || name === 'CancelPromptError') {
      throw new CancelledError();
    }
    throw err;
  } finally {
    process.stdin.off('keypress', onKey);
  }
}

/** A terminal that draws ❯ and ✔ (the rule inquirer's own figures follow): not a Linux console. */
function unicode(env: NodeJS.ProcessEnv): boolean {
  if (process.platform !== 'win32') return env.TERM !== 'linux';
  return Boolean(env.WT_SESSION) || env.TERM_PROGRAM === 'vscode' || env.TERM === 'xterm-256color' || env.TERM === 'alacritty';
}

/** Our look, with the key hint ("↑↓ navigate • ⏎ select") in the interface language. */
function look(ctx: Context, extra: Record<string, string> = {}): PromptLook {
  return promptLook(ctx.stdout.style, { ...MESSAGES[ctx.lang].prompt.keys, ...extra }, unicode(ctx.env));
}

/** The look as inquirer's theme, so its prompts take our colours (and `--color never`) too. */
export function inquirerTheme(l: PromptLook) {
  return {
    prefix: l.prefix,
    icon: { cursor: l.cursor },
    style: { message: l.message, highlight: l.highlight, answer: l.answer, disabled: l.disabled, description: l.highlight, keysHelpTip: l.keysHelpTip },
  };
}

export async function choose<T>(ctx: Context, message: string, choices: PromptChoice<T>[], defaultValue?: T, opts: PromptOptions = {}): Promise<T> {
  const pageSize = Math.max(5, Math.min(choices.length, 12));
  const painted = paintFirst(ctx, message, choices, defaultValue, pageSize);
  const { select } = inquirer();
  erase(painted);
  return cancellable((_, context) => select<T>({ message, choices, default: defaultValue, pageSize, loop: false, theme: inquirerTheme(look(ctx)) }, context), opts);
}

/** Several answers at once (space ticks, Enter submits); none ticked is an answer too, shown as `none`. */
export async function tick<T>(ctx: Context, message: string, choices: PromptChoice<T>[], none: string, opts: PromptOptions = {}): Promise<T[]> {
  const { checkbox } = inquirer();
  const m = MESSAGES[ctx.lang];
  const base = inquirerTheme(look(ctx, { select: m.together.keys.tick, submit: m.together.keys.submit }));
  const shown = (picked: readonly { name: string }[]) => (picked.length === 0 ? none : picked.map((c) => c.name.split(' — ')[0]).join(', '));
  return cancellable(
    (_, context) =>
      checkbox<T>(
        {
          message,
          choices,
          pageSize: Math.max(5, Math.min(choices.length, 12)),
          loop: false,
          shortcuts: { all: null, invert: null },
          theme: { ...base, style: { ...base.style, renderSelectedChoices: shown } },
        },
        context,
      ),
    opts,
  );
}

/** A line of text; Enter alone gives the empty string. What is typed is the caller's to make safe. */
export async function ask(ctx: Context, message: string, opts: PromptOptions = {}): Promise<string> {
  const { input } = inquirer();
  // What is typed is shown through cell(), so no control sequence reaches the terminal.
  return cancellable((_, context) => input({ message, transformer: (value) => cell(value), theme: inquirerTheme(look(ctx)) }, context), opts);
}

/** Live type-ahead search over the allowed films, updated per keystroke, using the one search index. */
export async function searchPrompt(ctx: Context, allowed: ReadonlySet<FilmSummary>): Promise<FilmSummary> {
  const { search } = inquirer();
  const films = ctx.summaries();
  const ru = ctx.lang === 'ru';
  const label = (f: FilmSummary) => `${cell(ru ? f.russianTitle : f.title)} · ${cell(ru ? f.title : f.russianTitle)} (${f.year})`;
  return cancellable((_, context) =>
    search<FilmSummary>(
      {
        message: MESSAGES[ctx.lang].prompt.searchPrompt,
        pageSize: 10,
        theme: inquirerTheme(look(ctx)),
        source: (term) => {
          // The same search as the command: titles, people, then the story.
          const found = term && term.trim() !== '' ? ctx.search(term).map((h) => h.film) : films;
          return found
            .filter((f) => allowed.has(f))
            .slice(0, 30)
            .map((f) => ({ name: label(f), value: f, description: cell(names(f.directors, ctx.lang)) }));
        },
      },
      context,
    ),
  );
}
