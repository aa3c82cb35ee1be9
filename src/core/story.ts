// Story search: BM25 (MiniSearch) over what a viewer remembers of a film, in both languages, stemmed.
import type MiniSearchClass from 'minisearch';
import type { Bilingual, Film } from './types.js';

type MiniSearch = MiniSearchClass<StoryDoc>;

/** A film's story as the index sees it: its position in the catalog and four texts. */
interface StoryDoc {
  id: number;
  /** Synopsis, love line and source work in English; `ru` the same in Russian. */
  en: string;
  ru: string;
  /** Keywords are what a viewer remembers best, so a match on them counts double. */
  kwEn: string;
  kwRu: string;
}

const FIELDS = ['en', 'ru', 'kwEn', 'kwRu'] as const;
const BOOST = { kwEn: 2, kwRu: 2 };

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
  ru: ['фильм', 'кино', 'кинофильм', 'про', 'который', 'которая', 'которые', 'которого', 'которой', 'где', 'советский', 'мужик', 'какой', 'какая', 'там'],
};

let languages: { en: Language; ru: Language } | undefined;
/** The stemmers, stop words and MiniSearch are required on the first story search only. */
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

function miniSearch(): typeof MiniSearchClass {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('minisearch') as typeof MiniSearchClass;
}

/** Letters and digits of any script (a loop, not \p{L}: that regular expression costs time to build). */
const isWordChar = (c: string) => (c >= '0' && c <= '9') || c.toLowerCase() !== c.toUpperCase();

/** The words of a text, lower-cased, ё as е, split at anything but a letter or digit. */
export function words(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const c of text.toLowerCase()) {
    if (isWordChar(c)) word += c === 'ё' ? 'е' : c;
    else if (word !== '') {
      out.push(word);
      word = '';
    }
  }
  if (word !== '') out.push(word);
  return out;
}

const cyrillic = (word: string) => word.charCodeAt(0) >= 0x400 && word.charCodeAt(0) <= 0x4ff;

/** A word's stem by the Snowball rules of its script's language, or null for a stop word or a lone letter. */
export function stem(word: string): string | null {
  const l = lang()[cyrillic(word) ? 'ru' : 'en'];
  if (word.length < 2 || l.stop.has(word)) return null;
  return l.stem(word);
}

const OPTIONS = {
  fields: [...FIELDS],
  tokenize: words,
  processTerm: stem,
};

const joined = (texts: (Bilingual | null)[], l: 'en' | 'ru') => texts.map((t) => (t ? (t[l] ?? '') : '')).join('\n');

function storyDoc(film: Film, id: number): StoryDoc {
  const texts = [film.synopsis, film.love, film.basedOn];
  return { id, en: joined(texts, 'en'), ru: joined(texts, 'ru'), kwEn: film.keywords.en.join('\n'), kwRu: film.keywords.ru.join('\n') };
}

export interface StoryHit {
  /** The film's position in the catalog. */
  film: number;
  /** 0–1: the share of the query's words that matched, weighed by how rare they are. */
  relevance: number;
  /** The stems that matched, as the index holds them. */
  terms: string[];
}

/** A BM25 index over each film's synopsis, love line, source work and keywords, both languages. */
export class StoryIndex {
  private constructor(private readonly index: MiniSearch) {}

  static build(films: readonly Film[]): StoryIndex {
    const MiniSearch = miniSearch();
    const index = new MiniSearch({ ...OPTIONS, storeFields: [] });
    index.addAll(films.map(storyDoc));
    return new StoryIndex(index);
  }

  /** An index the build serialised with toJSON(); undefined when the text is not one. */
  static fromJSON(json: string): StoryIndex | undefined {
    try {
      return new StoryIndex(miniSearch().loadJSON<StoryDoc>(json, OPTIONS));
    } catch {
      return undefined;
    }
  }

  toJSON(): unknown {
    return this.index.toJSON();
  }

  search(query: string): StoryHit[] {
    const stems = [...new Set(words(query).map(stem).filter((s): s is string => s !== null))];
    if (stems.length === 0) return [];
    const results = this.index.search(stems.join(' '), {
      boost: BOOST,
      // The query is stemmed already; a longer stem may also stand for a compound ("bath" → "bathhous").
      processTerm: (t) => t,
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      weights: { fuzzy: 0.4, prefix: 0.5 },
    });
    if (results.length === 0) return [];
    const top = results[0]!.score;
    return results.map((r) => {
      // How many of the query's stems found something in this film (each counted once).
      const covered = r.queryTerms.length / stems.length;
      return { film: r.id as number, relevance: covered * (0.5 + 0.5 * (r.score / top)), terms: r.terms };
    });
  }
}

/**
 * Why a film matched, in words the reader knows: its keywords that contain a matched stem, then
 * other words of its story that do, in the reader's language first; at most `max`.
 */
export function matchedWords(film: Film, terms: readonly string[], reader: 'en' | 'ru', max = 4): string[] {
  // The terms are the film's own stems (MiniSearch reports the indexed terms a query met).
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
    for (const l of [reader, other] as const) {
      for (const w of words(joined([film.synopsis, film.love, film.basedOn], l))) if (hits(w)) add(w);
    }
  }
  return out;
}
