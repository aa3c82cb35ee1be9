// Where to watch a film (SPEC §7): its own official pages, else its studio's channel, else a web search; built offline.
import type { Film, Lang } from './types.js';
import type { Messages } from '../i18n.js';
import { stripControl } from './search/normalize.js';
import { WATCH_SOURCES, WEB_SEARCH, type StudioSource, type WebSearch } from './watch-sources.js';

export type WatchKind = 'direct' | 'studio-search' | 'web-search';

/** One place to watch, ready to open: what `watch --json`, `show --json` and `pick --json` carry. */
export interface WatchOption {
  url: string;
  kind: WatchKind;
  provider: string;
  /** Subtitle languages (ISO 639-1), as the page or source states them. */
  subtitles: string[];
  /** What it is, in the interface language: "search on Mosfilm's official channel for …". */
  label: string;
}

/** What watchOptions reads of a film: its titles, year, studio and direct entries. */
export type WatchableFilm = Pick<Film, 'title' | 'russianTitle' | 'year' | 'studio' | 'watch'>;

/** A search query of any length is cut here: enough for any real title, and a sane address. */
export const MAX_QUERY = 200;
/** Longer addresses are not opened or shown: no browser or catalog needs them. */
const MAX_URL = 2048;
const SAFE_URL = /^https:\/\/[^\s\u0000-\u001f\u007f-\u009f/]+\.[^\s\u0000-\u001f\u007f-\u009f/]+\/[^\s\u0000-\u001f\u007f-\u009f]*$/;

/** An https address with nothing a terminal or a shell could take for something else. */
export function isSafeUrl(url: string): boolean {
  return url.length <= MAX_URL && SAFE_URL.test(url);
}

/**
 * The text to search for: no control characters, runs of space made one, at most MAX_QUERY
 * characters (never splitting a character), and lone surrogates replaced, since
 * encodeURIComponent throws on them.
 */
export function cleanQuery(text: string): string {
  const oneLine = stripControl(text.replace(/[\s\u0000-\u001f]+/g, ' ')).trim();
  const whole = oneLine.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  const chars = Array.from(whole);
  return chars.length <= MAX_QUERY ? whole : chars.slice(0, MAX_QUERY).join('').trimEnd();
}

/** A search address: the pattern with `{q}` replaced by the percent-encoded query. */
export function searchUrl(pattern: string, query: string): string {
  return pattern.replace('{q}', () => encodeURIComponent(cleanQuery(query)));
}

/** The table's sources for a film's studio, matched by the catalog's English studio name. */
export function sourcesFor(film: WatchableFilm, sources: readonly StudioSource[]): StudioSource[] {
  const studio = film.studio?.en;
  return studio === undefined ? [] : sources.filter((s) => s.studios.includes(studio));
}

const hasEnglish = (o: WatchOption) => o.subtitles.includes('en');

/**
 * Every place to watch, best first: the film's direct entries, then a search of each of its
 * studio's sources (by the Russian title, and by the English title where the source carries
 * English subtitles), then the web search for the Russian title and year. In English, options with
 * English subtitles come first, and on such a source the English title is searched first.
 */
export function watchOptions(film: WatchableFilm, m: Messages, sources: readonly StudioSource[] = WATCH_SOURCES, web: WebSearch = WEB_SEARCH): WatchOption[] {
  const w = m.watch;
  const lang: Lang = m.lang;
  const withSubs = (label: string, subtitles: readonly string[]) => label + w.subtitles(subtitles);
  const options: WatchOption[] = [];
  for (const entry of film.watch) {
    if (!isSafeUrl(entry.url)) continue;
    options.push({ url: entry.url, kind: 'direct', provider: entry.provider, subtitles: [...entry.subtitles], label: withSubs(w.direct(cleanQuery(entry.provider)), entry.subtitles) });
  }
  for (const source of sourcesFor(film, sources)) {
    const english = source.subtitles.includes('en');
    const titles = english ? (lang === 'en' ? [film.title, film.russianTitle] : [film.russianTitle, film.title]) : [film.russianTitle];
    for (const title of titles) {
      const query = cleanQuery(title);
      const url = searchUrl(source.search, query);
      if (!isSafeUrl(url)) continue;
      options.push({ url, kind: 'studio-search', provider: source.provider, subtitles: [...source.subtitles], label: withSubs(w.studioSearch(source.on[lang], query), source.subtitles) });
    }
  }
  const query = cleanQuery(`${film.russianTitle} ${film.year}`);
  options.push({ url: searchUrl(web.search, query), kind: 'web-search', provider: web.provider, subtitles: [], label: w.webSearch(web.provider, query) });
  // The same address twice (two direct entries, or a direct entry that is a search) is offered once.
  const unique = options.filter((o, i) => options.findIndex((x) => x.url === o.url) === i);
  // Array.prototype.sort is stable: within each group the order above holds.
  return lang === 'en' ? unique.sort((a, b) => Number(hasEnglish(b)) - Number(hasEnglish(a))) : unique;
}
