// Where the user's files live on each platform: the diary's data directory and the cache directory.
import { isAbsolute, join } from 'node:path';

export type Place = 'data' | 'cache';

/**
 * A directory named by the environment, when it is usable: as the XDG spec says, an empty or
 * relative value is ignored (a relative one would put files wherever the command happens to run).
 */
function absolute(value: string | undefined): string | undefined {
  return value && isAbsolute(value) ? value : undefined;
}

/**
 * $HOME when it is set (and absolute), else the account's home directory; undefined when there is
 * no usable home. node:os is required only when HOME is unset.
 */
function home(env: NodeJS.ProcessEnv): string | undefined {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return env.HOME !== undefined ? absolute(env.HOME) : absolute((require('node:os') as typeof import('node:os')).homedir());
}

const under = (base: string | undefined, ...parts: string[]) => (base === undefined ? undefined : join(base, ...parts));

/**
 * $SOVIET_LOVE_HOME (the cache in its `cache` folder), else the platform's own place (XDG on
 * Linux); undefined when neither is usable, and the caller says what to set.
 */
export function userDir(place: Place, env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string | undefined {
  const own = absolute(env.SOVIET_LOVE_HOME);
  if (own) return place === 'data' ? own : join(own, 'cache');
  if (platform === 'darwin') return under(home(env), 'Library', place === 'data' ? 'Application Support' : 'Caches', 'soviet-love');
  if (platform === 'win32') return under(absolute(env.LOCALAPPDATA) ?? under(home(env), 'AppData', 'Local'), 'soviet-love', place === 'data' ? 'Data' : 'Cache');
  const xdg = place === 'data' ? absolute(env.XDG_DATA_HOME) ?? under(home(env), '.local', 'share') : absolute(env.XDG_CACHE_HOME) ?? under(home(env), '.cache');
  return under(xdg, 'soviet-love');
}
