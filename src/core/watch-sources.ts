// The one table of official places to watch, each address with the public page that confirms it.
import type { Bilingual } from './types.js';

/** A studio's official channel or online cinema, searched for a film by its title. */
export interface StudioSource {
  /** The catalog's `studio.en` values this source carries films of, matched exactly. */
  studios: readonly string[];
  /** Who runs it, for JSON and scripts: "Mosfilm". */
  provider: string;
  /** The place, as a phrase after "on" / «на»: "Mosfilm's official channel" / «официальном канале „Мосфильма“». */
  on: { en: string; ru: string };
  /** The search address, `{q}` standing for the percent-encoded query. https only. */
  search: string;
  /** Subtitle languages the source carries on its films (ISO 639-1), as its page states them. */
  subtitles: readonly string[];
  /** The public page that confirms the address and who runs it. An entry without one never ships. */
  confirmedBy: string;
}

/** The general video search every film falls back to. */
export interface WebSearch {
  provider: string;
  search: string;
  confirmedBy: string;
}

/**
 * Empty until each address is confirmed on a public page (SPEC §7: "one table of verified channel
 * addresses, each with its source"). Leads waiting for that confirmation, from
 * ../shared/research/watch-sources.md, kept here as words so no code can use them:
 *   - Mosfilm's channel (youtube.com/user/mosfilm): launch in 2011 reported by the press; current
 *     handle unconfirmed.
 *   - Mosfilm's English-subtitled channel (youtube.com/@Mosfilm_eng): size claims conflict; owner
 *     not confirmed on a Mosfilm page.
 *   - Mosfilm's online cinema (cinema.mosfilm.ru, `/films/?online=Y&q=`): pattern seen only in a
 *     third party's code.
 *   - Lenfilm (youtube.com/user/LenfilmVideo), Belarusfilm (youtube.com/user/belarusfilmRV),
 *     Gorky Film Studio (own channel, handle unknown; distributor channels RVisionGorky,
 *     ClassicFilmRVisionTV): owner and licence unconfirmed.
 *   - Odessa Film Studio: an official channel of 400+ films reported by the press (2016), its address
 *     on no stored page (data/research/watch-sources-confirmed.md).
 * To add one: see "Where to watch" in the README.
 */
export const WATCH_SOURCES: readonly StudioSource[] = [];

/** The fallback: a video search for the Russian title and year. */
export const WEB_SEARCH: WebSearch = {
  provider: 'YouTube',
  search: 'https://www.youtube.com/results?search_query={q}',
  // The only pattern the research marks confirmed (row "General fallback").
  confirmedBy: '../shared/research/watch-sources.md',
};
