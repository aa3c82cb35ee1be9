// Where the user's files live on each platform: the diary's data directory and the cache directory.
import { join } from 'node:path';

export type Place = 'data' | 'cache';

/** $HOME, else the account's home directory; node:os is required only when HOME is unset. */
function home(env: NodeJS.ProcessEnv): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return env.HOME || (require('node:os') as typeof import('node:os')).homedir();
}

/** $SOVIET_LOVE_HOME (the cache in its `cache` folder), else the platform's own place (XDG on Linux). */
export function userDir(place: Place, env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  if (env.SOVIET_LOVE_HOME) return place === 'data' ? env.SOVIET_LOVE_HOME : join(env.SOVIET_LOVE_HOME, 'cache');
  if (platform === 'darwin') return join(home(env), 'Library', place === 'data' ? 'Application Support' : 'Caches', 'soviet-love');
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home(env), 'AppData', 'Local'), 'soviet-love', place === 'data' ? 'Data' : 'Cache');
  const xdg = place === 'data' ? env.XDG_DATA_HOME || join(home(env), '.local', 'share') : env.XDG_CACHE_HOME || join(home(env), '.cache');
  return join(xdg, 'soviet-love');
}
