// The only module that talks to inquirer; it is loaded on interactive paths alone, to keep start-up fast.
import { names } from '../core/bilingual.js';
import type { FilmSummary } from '../core/types.js';
import type { Context } from '../context.js';
import { CancelledError } from '../core/errors.js';
import { MESSAGES } from '../i18n.js';
import { cell } from '../render/text.js';

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

/**
 * Runs the prompt library's module code (and readline's) now: a command calls it before reading
 * the catalog, so the first question is drawn as soon as the films are counted.
 */
export function preloadPrompts(): void {
  inquirer();
  require('node:readline');
}
/* eslint-enable @typescript-eslint/no-require-imports */

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

/** inquirer's key hint ("↑↓ navigate • ⏎ select") in the interface language. */
function theme(ctx: Context, extra: Record<string, string> = {}) {
  const m = MESSAGES[ctx.lang];
  const keys: Record<string, string> = { ...m.prompt.keys, ...extra };
  const s = ctx.stdout.style;
  return {
    style: {
      keysHelpTip: (pairs: [string, string][]) => pairs.map(([key, action]) => `${s.bold(key)} ${s.dim(keys[action] ?? action)}`).join(s.dim(' • ')),
    },
  };
}

export async function choose<T>(ctx: Context, message: string, choices: PromptChoice<T>[], defaultValue?: T, opts: PromptOptions = {}): Promise<T> {
  const { select } = inquirer();
  return cancellable(
    (_, context) => select<T>({ message, choices, default: defaultValue, pageSize: Math.max(5, Math.min(choices.length, 12)), loop: false, theme: theme(ctx) }, context),
    opts,
  );
}

/** Several answers at once (space ticks, Enter submits); none ticked is an answer too, shown as `none`. */
export async function tick<T>(ctx: Context, message: string, choices: PromptChoice<T>[], none: string, opts: PromptOptions = {}): Promise<T[]> {
  const { checkbox } = inquirer();
  const m = MESSAGES[ctx.lang];
  const base = theme(ctx, { select: m.together.keys.tick, submit: m.together.keys.submit });
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
          theme: { style: { ...base.style, renderSelectedChoices: shown } },
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
  return cancellable((_, context) => input({ message, transformer: (value) => cell(value) }, context), opts);
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
        theme: theme(ctx),
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
