// What a command needs from the outside world: streams, language, catalog, index, diary, clock.
import type { Film, FilmMoods, FilmSummary, Viewing } from './core/types.js';
import type { Style } from './render/style.js';
import { SearchIndex } from './core/search/search-index.js';
import { searchFilms } from './core/search/search-films.js';
import type { IndexSnapshot } from './core/search/key-index.js';
import type { SearchHit } from './core/search/scoring.js';
import { StoryIndex, type StoryParts } from './core/search/story-index.js';
import { viewings as replay, type DiaryEvent } from './core/diary.js';
import { watchlist as replaySaved, type Saved } from './core/watchlist.js';
import { detectLang, MESSAGES, type Lang } from './i18n.js';
import { catalogPath, loadCatalog, loadMoods, loadSummaries, type LoadedCatalog, type LoadedSummaries } from './io/catalog.js';
import { colorLevel, makeStyle, parseColorChoice, supportsHyperlinks, type ColorChoice } from './io/color.js';
import { diaryDir, diaryFile, readDiary } from './io/diary.js';
import { CACHE_MIN_FILMS, readKeyCache, readStoryCache, writeKeyCache, writeStoryCache } from './io/index-cache.js';
import { stdStream, type RawStream } from './io/stdio.js';
import { jsonRecord } from './render/films.js';

declare const PACKAGE_VERSION: string;

/** The global options, as commander parsed them. */
export interface GlobalOptions {
  catalog?: string;
  color?: string;
  lang?: string;
}

export interface Output {
  /** Text, or bytes already encoded as UTF-8. */
  write(text: string | Uint8Array): void;
  readonly isTTY: boolean;
  readonly columns: number;
  /** The terminal's height, else 24 (menus and cards are fitted to it). */
  readonly rows: number;
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
  /** The films without their long texts, in the same order: all that most commands read. */
  summaries(): FilmSummary[];
  /**
   * Each film's id and moods, in the same order: the build's small table of them while the
   * summaries are unread (tonight's first question needs no more), else the summaries.
   */
  moods(): readonly FilmMoods[];
  /** The same films in full, for cards and JSON. */
  full(films: readonly FilmSummary[]): Film[];
  /** The same films as compact JSON records, for JSON output. */
  records(films: readonly FilmSummary[]): Uint8Array[];
  /** The search index over summaries(), built on first use. */
  index(): SearchIndex;
  /** The story index over the same films: the build's for the bundled catalog, else built on first use. */
  story(): StoryIndex;
  /** The one search (titles, people, then the story when those are not clear), best first. */
  search(query: string, limit?: number): SearchHit[];
  readonly diaryFile: string;
  readonly diaryDir: string;
  /** Viewings from the diary, newest first; damaged lines are reported once on stderr. */
  viewings(): Viewing[];
  watchedIds(): Set<string>;
  /** The films saved for later, newest first, from the same log as the viewings. */
  watchlist(): Saved[];
  /** Forget the cached diary after writing to it. */
  resetDiary(): void;
  now(): Date;
  random(): number;
}

function makeOutput(stream: RawStream, choice: ColorChoice, env: NodeJS.ProcessEnv): Output {
  const info = { isTTY: stream.isTTY, colorDepth: stream.colorDepth };
  const level = colorLevel(choice, env, info);
  const style = makeStyle(level, level > 0 && supportsHyperlinks(env, info));
  return {
    // Our own colour and link sequences pass only when this stream is styled; nothing else does.
    write: (text) => stream.write(text, level > 0),
    isTTY: info.isTTY,
    get columns() {
      return stream.columns || Number(env.COLUMNS) || 80;
    },
    get rows() {
      return stream.rows || Number(env.LINES) || 24;
    },
    style,
  };
}

/**
 * A person at a terminal on both ends. stdout is checked first: when it is not a terminal, the tty
 * module (and the net module it loads) never needs loading, which saves piped runs several ms.
 */
export function isInteractive(): boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return stdStream(1).isTTY && (require('node:tty') as typeof import('node:tty')).isatty(0);
}

/** The search index: the build's for the bundled catalog, cached keys for a large one, else built now. */
function makeIndex(films: FilmSummary[], file: string, built: IndexSnapshot | undefined, env: NodeJS.ProcessEnv): SearchIndex {
  if (built) return new SearchIndex(films, built);
  if (films.length < CACHE_MIN_FILMS) return new SearchIndex(films);
  const version = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev';
  const cached = readKeyCache(file, env, version, films.length);
  if (cached) return new SearchIndex(films, cached);
  const index = new SearchIndex(films);
  writeKeyCache(file, env, version, films.length, index);
  return index;
}

/** The story index: the build's for the bundled catalog, cached for a large one, else built now. */
function makeStory(size: number, built: StoryParts | undefined, file: string, env: NodeJS.ProcessEnv, films: () => Film[]): StoryIndex {
  const fromBuild = built && StoryIndex.open(built);
  if (fromBuild) return fromBuild;
  if (size < CACHE_MIN_FILMS) return StoryIndex.build(films());
  const version = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev';
  const parts = readStoryCache(file, env, version);
  const cached = parts && StoryIndex.open(parts);
  if (cached && cached.size === size) return cached;
  const story = StoryIndex.build(films());
  writeStoryCache(file, env, version, story.toFiles());
  return story;
}

/** Up to this many films, ctx.full() reads each one alone rather than the whole catalog. */
const FEW = 10;

export function makeContext(opts: GlobalOptions, env: NodeJS.ProcessEnv): Context {
  const color = opts.color === undefined ? 'auto' : parseColorChoice(opts.color);
  // Streams are made on first use: a run that never writes to stderr never builds it.
  let stdout: Output | undefined;
  let stderr: Output | undefined;
  const lang = detectLang(opts.lang, env);
  const file = catalogPath(opts.catalog, env);
  let loaded: LoadedCatalog | undefined;
  /** Where summaries() came from: the whole catalog, or the build's summaries of the bundled one. */
  let source: LoadedCatalog | LoadedSummaries | undefined;
  let byId: Map<string, Film> | undefined;
  let moodTable: FilmMoods[] | undefined;
  let index: SearchIndex | undefined;
  let story: StoryIndex | undefined;
  let seen: Viewing[] | undefined;
  let logged: DiaryEvent[] | undefined;
  /** The diary's entries, read once; damaged lines are reported once on stderr. */
  const events = (): DiaryEvent[] => {
    if (!logged) {
      const dFile = ctx.diaryFile;
      const parsed = readDiary(dFile);
      if (parsed.damaged.length > 0) ctx.stderr.write(`${ctx.stderr.style.warn(MESSAGES[lang].diaryDamaged(dFile, parsed.damaged, parsed.events.length))}\n`);
      logged = parsed.events;
    }
    return logged;
  };
  /**
   * Each film of the list read alone from the build's copy, when the summaries came from it and
   * nothing is missing; else undefined, and the caller falls back to the whole catalog.
   */
  const fromBuild = <T>(list: readonly FilmSummary[], get: (own: LoadedSummaries, position: number) => T | undefined): T[] | undefined => {
    if (!source || !('record' in source)) return undefined;
    const own = source;
    const found = list.map((f) => get(own, own.films.indexOf(f)));
    return found.every((x) => x !== undefined) ? (found as T[]) : undefined;
  };
  const ctx: Context = {
    env,
    get stdout() {
      return (stdout ??= makeOutput(stdStream(1, env), color, env));
    },
    get stderr() {
      return (stderr ??= makeOutput(stdStream(2, env), color, env));
    },
    get interactive() {
      return isInteractive();
    },
    lang,
    catalogFile: file,
    films: () => (loaded ??= loadCatalog(file)).catalog.films,
    // Whole films when they are already read (a card needs them anyway), else the build's summaries.
    summaries: () => {
      source ??= loaded ?? loadSummaries(file);
      // A catalog other than the bundled one is read whole.
      source ??= loadCatalog(file);
      return 'catalog' in source ? source.catalog.films : source.films;
    },
    moods: () => (source ? undefined : (moodTable ??= loadMoods(file))) ?? ctx.summaries(),
    full: (list) => {
      // A few films (a card, a pick, a page of search results) are parsed alone from the build's copy.
      const few = !loaded && list.length <= FEW ? fromBuild(list, (own, i) => own.film(i)) : undefined;
      if (few) return few;
      byId ??= new Map(ctx.films().map((f) => [f.id, f]));
      return list.map((f) => byId!.get(f.id)!);
    },
    // The bundled catalog's records are copied from the build's file as they are, never parsed.
    records: (list) => fromBuild(list, (own, i) => own.record(i)) ?? ctx.full(list).map(jsonRecord),
    index: () => (index ??= makeIndex(ctx.summaries(), file, source?.indexSnapshot(), env)),
    story: () => {
      if (!story) {
        ctx.summaries();
        story = makeStory(ctx.summaries().length, source?.storyIndex(), file, env, ctx.films);
      }
      return story;
    },
    search: (query, limit) => searchFilms(ctx.index(), query, ctx.story, limit),
    // Worked out on first use: a command that never reads the diary needs no home directory.
    get diaryFile() {
      return diaryFile(env);
    },
    get diaryDir() {
      return diaryDir(env);
    },
    viewings: () => (seen ??= replay(events())),
    watchedIds: () => new Set(ctx.viewings().map((v) => v.id)),
    watchlist: () => replaySaved(events()),
    resetDiary: () => {
      seen = undefined;
      logged = undefined;
    },
    now: () => new Date(),
    random: Math.random,
  };
  return ctx;
}
