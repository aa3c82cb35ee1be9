// What a command needs from the outside world, gathered once by cli.ts and injected for tests.
import type { Film, Viewing } from './core/types.js';
import type { Style } from './render/style.js';
import type { SearchIndex } from './core/search.js';
import type { Lang } from './i18n.js';

export interface Output {
  write(text: string): void;
  readonly isTTY: boolean;
  readonly columns: number;
  readonly style: Style;
}

export interface Context {
  env: NodeJS.ProcessEnv;
  readonly stdout: Output;
  readonly stderr: Output;
  /** Is there a person at a terminal to answer prompts? */
  readonly interactive: boolean;
  lang: Lang;
  catalogFile: string;
  /** The validated catalog, read on first use. */
  films(): Film[];
  /** The search index over films(), built on first use. */
  index(): SearchIndex;
  diaryFile: string;
  diaryDir: string;
  /** Viewings from the diary, newest first; damaged lines are reported once on stderr. */
  viewings(): Viewing[];
  watchedIds(): Set<string>;
  /** Forget the cached diary after writing to it. */
  resetDiary(): void;
  now(): Date;
  random(): number;
}
