// The only module that talks to inquirer; it is loaded on interactive paths alone, to keep start-up fast.
import { names } from '../core/bilingual.js';
import type { FilmSummary } from '../core/types.js';
import type { Context } from '../context.js';
import { CancelledError } from '../core/errors.js';
import { MESSAGES } from '../i18n.js';
import { cell } from '../render/text.js';

/**
 * inquirer is required lazily (it ships CommonJS too), never imported at the top: non-interactive
 * commands must not pay for loading it, and the code-cached bundle cannot use import().
 */
function inquirer(): typeof import('@inquirer/prompts') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('@inquirer/prompts') as typeof import('@inquirer/prompts');
}

export interface PromptChoice<T> {
  name: string;
  value: T;
  description?: string;
  disabled?: boolean | string;
}

/** Runs one prompt so that Esc cancels it like Ctrl-C, and either becomes a CancelledError (exit 130). */
async function cancellable<T>(ctx: Context, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onKey = (_: string, key: { name?: string } | undefined) => {
    if (key?.name === 'escape') controller.abort();
  };
  // readline is required here, not imported, so non-interactive commands never load it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('node:readline') as typeof import('node:readline')).emitKeypressEvents(process.stdin);
  process.stdin.on('keypress', onKey);
  try {
    return await run(controller.signal);
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'ExitPromptError' || name === 'AbortPromptError' || name === 'CancelPromptError') {
      throw new CancelledError();
    }
    throw err;
  } finally {
    process.stdin.off('keypress', onKey);
  }
}

/** inquirer's key hint ("↑↓ navigate • ⏎ select") in the interface language. */
function theme(ctx: Context) {
  const keys = MESSAGES[ctx.lang].prompt.keys;
  const s = ctx.stdout.style;
  return {
    style: {
      keysHelpTip: (pairs: [string, string][]) =>
        pairs.map(([key, action]) => `${s.bold(key)} ${s.dim(keys[action as keyof typeof keys] ?? action)}`).join(s.dim(' • ')),
    },
  };
}

export async function choose<T>(ctx: Context, message: string, choices: PromptChoice<T>[], defaultValue?: T): Promise<T> {
  const { select } = inquirer();
  return cancellable(ctx, (signal) =>
    select<T>({ message, choices, default: defaultValue, pageSize: Math.max(5, Math.min(choices.length, 12)), loop: false, theme: theme(ctx) }, { signal }),
  );
}

/** Live type-ahead search over the allowed films, updated per keystroke, using the one search index. */
export async function searchPrompt(ctx: Context, allowed: ReadonlySet<FilmSummary>): Promise<FilmSummary> {
  const { search } = inquirer();
  const films = ctx.summaries();
  const ru = ctx.lang === 'ru';
  const label = (f: FilmSummary) => `${cell(ru ? f.russianTitle : f.title)} · ${cell(ru ? f.title : f.russianTitle)} (${f.year})`;
  return cancellable(ctx, (signal) =>
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
      { signal },
    ),
  );
}
