// Opens an address in the user's browser: $BROWSER when set, else the platform's opener (the `open` package).
import type { ChildProcess } from 'node:child_process';

export type OpenResult = { ok: true } | { ok: false; why: string };

/**
 * Whether a browser can be shown at all. $BROWSER counts as one (it may be a text browser); on
 * Linux and the BSDs a graphical one needs X11 or Wayland, except under WSL, where `open` starts the
 * Windows browser; macOS and Windows always have a screen.
 */
export function hasDisplay(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): boolean {
  if (browserCommand(env, platform) !== undefined) return true;
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY || env.WSL_DISTRO_NAME);
}

/**
 * $BROWSER as a program and its arguments, by the usual convention: a list of commands separated by
 * the path separator, the first one used; `%s` in an argument stands for the address, else the
 * address comes last. Split on spaces only: it is never given to a shell.
 */
export function browserCommand(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string[] | undefined {
  const first = (env.BROWSER ?? '').split(platform === 'win32' ? ';' : ':').find((c) => c.trim() !== '');
  const words = first?.trim().split(/\s+/);
  return words && words.length > 0 ? words : undefined;
}

/** The program and arguments that open `url` with a $BROWSER command. */
export function browserArgs(command: readonly string[], url: string): [string, string[]] {
  const [program, ...rest] = command as [string, ...string[]];
  const hasSlot = rest.some((a) => a.includes('%s'));
  const args = hasSlot ? rest.map((a) => a.replace(/%s/g, () => url)) : [...rest, url];
  return [program, args];
}

/**
 * Starts $BROWSER with the address as one argument (no shell, so nothing in it is interpreted), on
 * this terminal, and waits for it, as git's and Python's openers do: a text browser runs in the
 * terminal, and a graphical one returns once it has handed the address over.
 */
function runBrowser(command: readonly string[], url: string): Promise<OpenResult> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { spawn } = require('node:child_process') as typeof import('node:child_process');
  const [program, args] = browserArgs(command, url);
  return new Promise((done) => {
    let child: ChildProcess;
    try {
      child = spawn(program, args, { stdio: 'inherit', shell: false });
    } catch (err) {
      done({ ok: false, why: `${program}: ${(err as Error).message}` });
      return;
    }
    child.once('error', (err: NodeJS.ErrnoException) => done({ ok: false, why: `${program}: ${err.code ?? err.message}` }));
    child.once('close', (code, signal) => done(code === 0 ? { ok: true } : { ok: false, why: `${program}: ${signal ?? `exit ${code}`}` }));
  });
}

/**
 * The `open` package is required here and nowhere else, so only a run that opens a browser loads
 * it (the code-cached bundle cannot use import(); node ≥ 20.19 requires ES modules).
 */
async function runOpen(url: string): Promise<OpenResult> {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const open = (require('open') as typeof import('open')).default;
    const child = await open(url);
    child.once('error', () => {});
    return { ok: true };
  } catch (err) {
    return { ok: false, why: (err as Error).message };
  }
}

/** Opens an https address in the browser. Never throws: a failure comes back with its reason. */
export function openUrl(url: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): Promise<OpenResult> {
  const command = browserCommand(env, platform);
  return command ? runBrowser(command, url) : runOpen(url);
}
