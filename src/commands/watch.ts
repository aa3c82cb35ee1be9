// `watch`: opens a film's best legal place to watch in the browser, or prints its address.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import type { Film } from '../core/types.js';
import { resolveFilm } from '../core/resolve.js';
import { watchOptions, type WatchOption } from '../core/watch.js';
import { hasDisplay, openUrl } from '../io/opener.js';
import { MESSAGES } from '../i18n.js';
import { cell } from '../render/text.js';
import { examples } from './help.js';
import { writeJsonArray } from './output.js';

export interface WatchCommandOptions {
  print?: boolean;
  json?: boolean;
}

export function register(program: Command, ctx: () => Context): void {
  const cmd = program
    .command('watch')
    .description("open the film's best legal place to watch in your browser, or print its address")
    .argument('<film...>', 'an id, any title or a fuzzy query')
    .option('--print', 'print the address instead of opening it')
    .option('--json', 'print every place to watch, best first, as JSON');
  examples(cmd, [
    ['soviet-love watch irony-of-fate', 'open it in your browser'],
    ['soviet-love watch cranes --print', 'just the address, for a script'],
    ['soviet-love watch solaris --json', 'every option, best first'],
  ]);
  cmd.action((words: string[], opts: WatchCommandOptions) => runWatch(ctx(), words.join(' '), opts));
}

export async function runWatch(ctx: Context, query: string, opts: WatchCommandOptions): Promise<void> {
  const found = resolveFilm(ctx.index(), query);
  const options = watchOptions(ctx.full([found])[0]!, MESSAGES[ctx.lang]);
  if (opts.json) return writeJsonArray(ctx, () => options);
  // The web search is always there, so there is always a first option.
  const best = options[0]!;
  // A script or a pipe gets the bare address; only a person at a terminal gets a browser (or, on a
  // machine without a screen, the address with a word on why it was not opened).
  if (opts.print === true || !ctx.interactive) ctx.stdout.write(`${cell(best.url)}\n`);
  else await openOption(ctx, best);
}

/** Opens an option in the browser, saying which it is; without a screen, shows its address instead. */
export async function openOption(ctx: Context, option: WatchOption): Promise<void> {
  const m = MESSAGES[ctx.lang].watch;
  const s = ctx.stdout.style;
  const url = cell(option.url);
  if (!hasDisplay(ctx.env)) {
    ctx.stdout.write(`${m.noDisplay}\n${s.link(url, url)}\n`);
    return;
  }
  ctx.stdout.write(`${s.dim(m.opening(cell(option.label)))}\n${s.link(url, url)}\n`);
  const result = await openUrl(option.url, ctx.env);
  if (!result.ok) ctx.stderr.write(`${ctx.stderr.style.warn(m.openFailed(cell(result.why)))}\n`);
}

/** `tonight`'s "Watch it now": the film's best option, opened; nothing is recorded. */
export function watchNow(ctx: Context, film: Film): Promise<void> {
  return openOption(ctx, watchOptions(film, MESSAGES[ctx.lang])[0]!);
}
