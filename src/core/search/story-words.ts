// A story's words: split, reduced to Snowball stems (EN/RU) without stop words, counted per film, and shown back as the film's own words.
import type { Bilingual, Film } from '../types.js';

/** Keywords are what a viewer remembers best: a word there counts double. */
const KEYWORD_BOOST = 2;

type Stem = (word: string) => string;
interface Language {
  stem: Stem;
  stop: ReadonlySet<string>;
}

/**
 * Words people put around what they remember ("the film where…", «фильм про…»): they say nothing
 * of a story, and the stop-word lists do not have them.
 */
const FILLER = {
  en: ['film', 'movie', 'one', 'soviet', 'guy', 'gets', 'get', 'got', 'also', 'someone', 'thing'],
  ru: ['фильм', 'кинофильм', 'про', 'который', 'которая', 'которые', 'которого', 'которой', 'где', 'советский', 'мужик', 'какой', 'какая', 'там'],
};

let languages: { en: Language; ru: Language } | undefined;
/** The stemmers and stop words are required on the first story search only. */
function lang(): { en: Language; ru: Language } {
  if (!languages) {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const en = require('@orama/stemmers/english') as { stemmer: Stem };
    const ru = require('@orama/stemmers/russian') as { stemmer: Stem };
    const enStop = require('@orama/stopwords/english') as { stopwords: string[] };
    const ruStop = require('@orama/stopwords/russian') as { stopwords: string[] };
    /* eslint-enable @typescript-eslint/no-require-imports */
    languages = {
      en: { stem: en.stemmer, stop: new Set([...enStop.stopwords, ...FILLER.en]) },
      ru: { stem: ru.stemmer, stop: new Set([...ruStop.stopwords.map((w) => w.replace(/ё/g, 'е')), ...FILLER.ru]) },
    };
  }
  return languages;
}

/**
 * Letters and digits: ASCII, Latin with accents and Cyrillic by code, anything else by whether it
 * has a case (a code check, not \p{L}: that regular expression costs time to build, this loop runs
 * once per character of a catalog's stories).
 */
function isWordChar(code: number, text: string, i: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  if ((code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x400 && code <= 0x4ff)) return true;
  const c = text[i]!;
  return c.toLowerCase() !== c.toUpperCase();
}

/** The words of a text, lower-cased, ё as е, split at anything but a letter or digit. */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isWordChar(code, lower, i)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const word = lower.slice(start, i);
      out.push(word.includes('ё') ? word.replace(/ё/g, 'е') : word);
      start = -1;
    }
  }
  return out;
}

const cyrillic = (word: string) => word.charCodeAt(0) >= 0x400 && word.charCodeAt(0) <= 0x4ff;

/** Stems already worked out: a catalog repeats its words, and a stemmer call costs far more than a lookup. */
const stems = new Map<string, string | null>();

/** A word's stem by the Snowball rules of its script's language, or null for a stop word or a lone letter. */
export function stem(word: string): string | null {
  let s = stems.get(word);
  if (s === undefined) {
    const l = lang()[cyrillic(word) ? 'ru' : 'en'];
    s = word.length < 2 || l.stop.has(word) ? null : l.stem(word);
    stems.set(word, s);
  }
  return s;
}

const joined = (texts: (Bilingual | null)[], l: 'en' | 'ru') => texts.map((t) => (t ? (t[l] ?? '') : '')).join('\n');

/** A film's story as weighted stem counts: every word once, keywords twice. */
export function storyTerms(film: Film, counts: Map<string, number>): number {
  let length = 0;
  const add = (text: string, weight: number) => {
    for (const w of words(text)) {
      const s = stem(w);
      if (s === null) continue;
      counts.set(s, (counts.get(s) ?? 0) + weight);
      length += weight;
    }
  };
  const texts = [film.synopsis, film.love, film.basedOn];
  add(joined(texts, 'en'), 1);
  add(joined(texts, 'ru'), 1);
  for (const k of [...film.keywords.en, ...film.keywords.ru]) add(k, KEYWORD_BOOST);
  return length;
}

/**
 * Why a film matched, in words the reader knows: its keywords that contain a matched stem, then
 * other words of its story that do, in the reader's language first; at most `max`.
 */
export function matchedWords(film: Film, terms: readonly string[], reader: 'en' | 'ru', max = 4): string[] {
  // The terms are the film's own stems that the query met.
  const wanted = new Set(terms);
  const hits = (text: string) =>
    words(text).some((w) => {
      const s = stem(w);
      return s !== null && wanted.has(s);
    });
  const out: string[] = [];
  const add = (w: string) => {
    if (out.length < max && !out.some((o) => o.toLowerCase() === w.toLowerCase())) out.push(w);
  };
  const other = reader === 'en' ? 'ru' : 'en';
  for (const l of [reader, other] as const) for (const k of film.keywords[l]) if (hits(k)) add(k);
  if (out.length === 0) {
    // One form of each stem: "роман", not also "роману".
    const shown = new Set<string | null>();
    for (const l of [reader, other] as const) {
      for (const w of words(joined([film.synopsis, film.love, film.basedOn], l))) {
        if (hits(w) && !shown.has(stem(w))) {
          shown.add(stem(w));
          add(w);
        }
      }
    }
  }
  return out;
}
