// Every user-facing interface string in English, and the Russian from i18n-ru.ts; `Messages` makes both complete.
import { russian } from './i18n-ru.js';

import type { Lang } from './core/types.js';

export type { Lang };

/** A message not yet rendered: core code builds these, and the language is chosen at output. */
export type Text = (m: Messages) => string;

export interface Messages {
  /** The language these messages are in: catalog texts are picked by it. */
  lang: Lang;
  errors: {
    badDecade: (value: string) => string;
    badYear: (flag: string, value: string) => string;
    badMinutes: (flag: string, value: string) => string;
    badChoice: (flag: string, allowed: readonly string[], value: string) => string;
    emptyYears: (from: number, to: number) => string;
    badCount: (flag: string, value: string) => string;
    badSeed: (value: string) => string;
    badDate: (value: string) => string;
    badRating: (value: string) => string;
    badColor: (value: string) => string;
    badShell: (shells: readonly string[], value: string) => string;
    badBy: (value: string) => string;
    needQuery: string;
    searchExample: string;
    pickExample: string;
    noFit: (why: string) => string;
    noMatchFiltered: (query: string) => string;
    ambiguous: (query: string, n: number) => string;
    allWatched: string;
    allWatchedHint: string;
    allSeen: string;
    catalogUnreadable: (path: string, why: string) => string;
    catalogNotJson: (path: string, detail: string) => string;
    catalogInvalid: (path: string, problem: string, more: number) => string;
    catalogCheckHint: (path: string) => string;
    diaryUnreadable: (path: string, why: string) => string;
    diaryUnwritable: (path: string, why: string) => string;
    diaryHint: string;
    outputIsDirectory: (path: string) => string;
    outputExists: (path: string) => string;
    outputUnwritable: (path: string, why: string) => string;
    unexpected: (detail: string) => string;
    reportIt: string;
    noCommand: string;
    why: {
      notFound: string;
      denied: string;
      notDirectory: string;
      isDirectory: string;
      partIsFile: string;
      readOnly: string;
      full: string;
      other: (code: string) => string;
    };
  };
  validation: {
    nonEmpty: string;
    type: (type: string) => string;
    invalid: string;
    wholeNumber: (min: number, max: number) => string;
    oneOf: (allowed: readonly string[]) => string;
    atLeastItems: (n: number) => string;
    atMostItems: (n: number) => string;
    itemsBetween: (min: number, max: number) => string;
    repeatedItem: string;
    https: string;
    slug: string;
    cyrillic: string;
    latin: string;
    imdb: string;
    wikidata: string;
    languageCode: string;
    linkPrefix: (prefix: string) => string;
    transliteration: (expected: string, title: string) => string;
    conflict: (a: string, b: string) => string;
    originalRussian: string;
    productionYear: (year: number) => string;
    newYearFestive: string;
    missing: string;
    unknownField: string;
    fileShape: string;
    schemaVersion: string;
    schemaOne: string;
    repeatedId: (index: number) => string;
    repeatedTitle: (other: string) => string;
  };
  filters: {
    decade: (start: number) => string;
    until: (year: number) => string;
    since: (year: number) => string;
    between: (from: number, to: number) => string;
    genre: (list: string) => string;
    notGenre: (list: string) => string;
    mood: (list: string) => string;
    director: (list: string) => string;
    atLeast: (min: number) => string;
    atMost: (max: number) => string;
    unwatched: string;
    or: string;
    and: string;
    noFilm: (conditions: string) => string;
    catalogEmpty: string;
    yearIs: (year: number, label: string) => string;
    genreIs: (list: string) => string;
    notIs: (list: string) => string;
    moodIs: (list: string) => string;
    directorIs: (list: string) => string;
    longEnough: (runtime: number, min: number) => string;
    fits: (runtime: number, max: number) => string;
    notInDiary: string;
    notInDiaryYet: string;
    newYear: (day: 'dec31' | 'jan1') => string;
    noFilters: string;
  };
  /** The exit codes and environment, after the main help. */
  helpFooter: string;
  why: string;
  onlyFit: (n: number) => string;
  noMatch: (query: string) => string;
  didYouMean: string;
  nothingFits: (why: string) => string;
  catalogOk: (file: string, count: number) => string;
  catalogBad: (file: string, count: number) => string;
  recorded: (title: string, date: string, rating: number | null, times: number) => string;
  unwatched: (title: string, count: number) => string;
  notWatched: (title: string) => string;
  diaryEmpty: string;
  diaryDamaged: (file: string, lines: number[]) => string;
  exported: (count: number, file: string) => string;
  needTerminal: (command: string) => string;
  cancelled: string;
  seedLine: (seed: number) => string;
  card: {
    directedBy: string;
    starring: string;
    runtime: string;
    studio: string;
    genres: string;
    mood: string;
    basedOn: string;
    music: string;
    loveStory: string;
    trueStory: string;
    source: string;
    readMore: string;
    minutes: string;
    unknownRuntime: string;
    parts: (n: number) => string;
    formats: { feature: string; 'tv-film': string; miniseries: string };
    made: (year: number) => string;
    wikipediaEn: string;
    wikipediaRu: string;
  };
  prompt: {
    mood: string;
    time: string;
    era: string;
    any: string;
    surprise: string;
    films: (n: number) => string;
    upTo: (label: string) => string;
    longEvening: string;
    before1950: string;
    decade: (d: number) => string;
    next: string;
    another: string;
    details: string;
    markWatched: string;
    startOver: string;
    quit: string;
    noMore: string;
    marked: (title: string, date: string) => string;
    searchPrompt: string;
    newYear: string;
    /** inquirer's key hint, by its English action word. */
    keys: { navigate: string; select: string };
    hours: { '90': string; '120': string; '150': string; long: string };
  };
  timeline: { title: (n: number) => string; watchedMark: string; filmMark: string; decade: (start: number) => string };
  upgrade: {
    already: (file: string) => string;
    notSchemaOne: (file: string) => string;
    written: (n: number, file: string) => string;
  };
  /** `tonight --together` (SPEC §9): two people's answers, the offer, the strikes. */
  together: {
    welcome: string;
    justMe: string;
    twoOfUs: string;
    name: (n: 1 | 2) => string;
    person: (n: number) => string;
    mood: (who: string) => string;
    time: (who: string) => string;
    eraQuestion: string;
    pass: (who: string | null) => string;
    passBack: (who: string) => string;
    anyMood: string;
    fitCount: (n: number) => string;
    offerFits: string;
    offerSome: (n: number) => string;
    offerNone: string;
    diaryRule: string;
    diaryIncluded: string;
    strike: (who: string, left: number) => string;
    struck: string;
    tonight: string;
    markBoth: string;
    markedBoth: (title: string, date: string) => string;
    bothMood: (mood: string) => string;
    whoseMood: (mood: string, who: string) => string;
    notMood: (has: string, wanted: string) => string;
    or: (words: string[]) => string;
    under: (time: string) => string;
    over: (runtime: string, time: string) => string;
    longer: (time: string) => string;
    short: (runtime: string, time: string) => string;
    unknownRuntime: string;
    era: (era: { from?: number; to?: number }) => string;
    notEra: (year: number, era: { from?: number; to?: number }) => string;
    but: (keeps: string, gives: string) => string;
    anything: string;
    hours: (minutes: number) => string;
    runtime: (minutes: number) => string;
    keys: { tick: string; submit: string };
  };
  /** What `tonight` says around its menu: the rating, a diary it cannot write, a shortened card. */
  evening: {
    rate: (title: string) => string;
    skipRating: string;
    stars: (rating: number) => string;
    notSaved: string;
    cut: string;
    inDiary: string;
  };
}

const en: Messages = {
  lang: 'en',
  errors: {
    badDecade: (v) => `--decade must be a decade from the 1920s to the 1990s (1970s, 1970 or 70s), not "${v}".`,
    badYear: (flag, v) => `${flag} must be a year such as 1975, not "${v}".`,
    badMinutes: (flag, v) => `${flag} must be a number of minutes such as 120, not "${v}".`,
    badChoice: (flag, allowed, v) => `${flag} must be one of: ${allowed.join(', ')} (not "${v}").`,
    emptyYears: (from, to) => `The years ask for films from ${from} to ${to}, which is an empty range.`,
    badCount: (flag, v) => `${flag} must be a whole number of at least 1, not "${v}".`,
    badSeed: (v) => `--seed must be a whole number from 0 to 4294967295, not "${v}".`,
    badDate: (v) => `--date must be a real day written YYYY-MM-DD, such as 2026-12-31 (not "${v}").`,
    badRating: (v) => `--rating must be a whole number from 1 to 5, not "${v}".`,
    badColor: (v) => `--color must be auto, always or never (not "${v}").`,
    badShell: (shells, v) => `completion needs one of: ${shells.join(', ')} (not "${v}").`,
    badBy: (v) => `--by must be year or decade, not "${v}".`,
    needQuery: 'search needs a query (or a terminal, to search as you type).',
    searchExample: 'Example: soviet-love search irony of fate',
    pickExample: 'Example: soviet-love pick --mood light --max-runtime 120',
    noFit: (why) => `No film fits: ${why}.`,
    noMatchFiltered: (q) => `No film matches "${q}" (none of the matches fits the filters).`,
    ambiguous: (q, n) => `"${q}" names ${n} films; say which.`,
    allWatched: 'You have watched every film that fits.',
    allWatchedHint: 'Use --include-watched to pick from them again, or loosen the filters.',
    allSeen: 'every film that fits is in your diary or filtered out',
    catalogUnreadable: (path, why) => `Cannot read the catalog ${path}: ${why}.`,
    catalogNotJson: (path, detail) => `The catalog ${path} is not valid JSON: ${detail}.`,
    catalogInvalid: (path, problem, more) => `The catalog ${path} is invalid: ${problem}${more > 0 ? ` (and ${more} more problems)` : ''}.`,
    catalogCheckHint: (path) => `Run "soviet-love catalog check ${path}" to see every problem.`,
    diaryUnreadable: (path, why) => `Cannot read the diary ${path}: ${why}.`,
    diaryUnwritable: (path, why) => `Cannot write the diary ${path}: ${why}.`,
    diaryHint: 'Check that the directory exists and is writable, or set SOVIET_LOVE_HOME to another directory.',
    outputIsDirectory: (path) => `${path} is a directory; give --output a file name.`,
    outputExists: (path) => `${path} already exists; add --force to replace it, or choose another --output.`,
    outputUnwritable: (path, why) => `Cannot write ${path}: ${why}.`,
    unexpected: (detail) => `soviet-love: unexpected error: ${detail}`,
    reportIt: 'Run again with DEBUG=soviet-love for details, and please report it.',
    noCommand: 'No command given, and no terminal to ask questions in. Try "soviet-love pick" or "soviet-love list".',
    why: {
      notFound: 'the file or its directory does not exist',
      denied: 'permission denied',
      notDirectory: 'a part of the path is not a directory',
      isDirectory: 'it is a directory',
      partIsFile: 'a part of the path is a file, not a directory',
      readOnly: 'the file system is read-only',
      full: 'the disk is full',
      other: (code) => code,
    },
  },
  validation: {
    nonEmpty: 'must be a non-empty line of text, without control characters',
    type: (type) => `must be ${({ string: 'text', integer: 'a whole number', number: 'a number', array: 'a list', object: 'an object', boolean: 'true or false', null: 'null' } as Record<string, string>)[type] ?? type}`,
    invalid: 'is not valid here',
    wholeNumber: (min, max) => `must be a whole number from ${min} to ${max}`,
    oneOf: (allowed) => `must be one of: ${allowed.join(', ')}`,
    atLeastItems: (n) => `must have at least ${n} item(s)`,
    atMostItems: (n) => `must have at most ${n} items`,
    itemsBetween: (min, max) => `must have ${min} to ${max} items`,
    repeatedItem: 'has a repeated item',
    https: 'must be an https address',
    slug: 'must be a kebab-case ASCII slug',
    cyrillic: 'must be a title in Cyrillic',
    latin: 'must be in Latin letters',
    imdb: 'must be an IMDb title id such as tt0073179',
    wikidata: 'must be a Wikidata item id such as Q1937436',
    languageCode: 'must be a two-letter language code such as en',
    linkPrefix: (prefix) => `must start with ${prefix}`,
    transliteration: (expected, title) => `should be "${expected}" for "${title}"`,
    conflict: (a, b) => `cannot be both ${a} and ${b}`,
    originalRussian: 'must equal russianTitle for a Russian-language film',
    productionYear: (year) => `must be before the release year ${year} (or null when it is the same year)`,
    newYearFestive: 'must include festive: it is the New Year film',
    missing: 'is missing',
    unknownField: 'is not a catalog field',
    fileShape: 'the file must hold an object { "schemaVersion": 2, "films": [...] }',
    schemaVersion: 'must be 2',
    schemaOne: 'is 1, an older format: run "soviet-love catalog upgrade <file>" to write it in schema 2',
    repeatedId: (i) => `repeats the id of films[${i}]`,
    repeatedTitle: (other) => `repeats the Russian title and year of ${other}`,
  },
  filters: {
    decade: (d) => `from the ${d}s`,
    until: (y) => `made by ${y}`,
    since: (y) => `made from ${y} on`,
    between: (a, b) => `made ${a}–${b}`,
    genre: (list) => `of genre ${list}`,
    notGenre: (list) => `that is not ${list}`,
    mood: (list) => `in a ${list} mood`,
    director: (list) => `directed by ${list}`,
    atLeast: (n) => `at least ${n} minutes long`,
    atMost: (n) => `at most ${n} minutes long`,
    unwatched: 'you have not watched',
    or: 'or',
    and: 'and',
    noFilm: (c) => `no film ${c}`,
    catalogEmpty: 'the catalog is empty',
    yearIs: (year, label) => `${year} is ${label.replace(/^made /, '')}`,
    genreIs: (list) => `genre: ${list}`,
    notIs: (list) => `not ${list}`,
    moodIs: (list) => `mood: ${list}`,
    directorIs: (list) => `directed by ${list}`,
    longEnough: (r, min) => `${r} min ≥ ${min}`,
    fits: (r, max) => `${r} min fits in ${max}`,
    notInDiary: 'not in your diary',
    notInDiaryYet: 'not in your diary yet',
    newYear: (day) => `${day === 'dec31' ? '31 December' : '1 January'}: the New Year film`,
    noFilters: 'any film fits: no filters given',
  },
  helpFooter: `
Exit codes:
  0    success
  1    nothing found (no match, unknown film, no film fits the filters)
  2    usage error (unknown command or option, bad value, no terminal for a prompt)
  3    data error (unreadable or invalid catalog or diary)
  130  cancelled (Ctrl-C or Esc)

Environment:
  SOVIET_LOVE_CATALOG  a catalog file to use instead of the bundled one
  SOVIET_LOVE_HOME     where the diary lives (default: the platform's data directory)
  NO_COLOR, FORCE_COLOR, TERM=dumb   colour, as usual; DEBUG=soviet-love shows stack traces
  LANG, LC_ALL         a Russian locale shows this interface in Russian (or use --lang ru)
`,
  why: 'Why:',
  onlyFit: (n) => `Only ${n} film${n === 1 ? '' : 's'} fit.`,
  noMatch: (q) => `No film matches "${q}".`,
  didYouMean: 'Did you mean:',
  nothingFits: (why) => `Nothing to pick: ${why}.`,
  catalogOk: (file, n) => `${file}: valid, ${n} films.`,
  catalogBad: (file, n) => `${file}: ${n} problem${n === 1 ? '' : 's'} found.`,
  recorded: (title, date, rating, times) =>
    `Recorded ${title}, watched on ${date}${rating === null ? '' : `, rated ${rating}/5`}${times > 1 ? ` (viewing number ${times})` : ''}.`,
  unwatched: (title, n) => `Removed ${n} viewing${n === 1 ? '' : 's'} of ${title} from your diary.`,
  notWatched: (title) => `${title} is not in your diary.`,
  diaryEmpty: 'Your diary is empty. Record a film with: soviet-love watched <film>',
  diaryDamaged: (file, lines) =>
    `Warning: ${file} has ${lines.length} damaged line${lines.length === 1 ? '' : 's'} (${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ', …' : ''}), skipped; the other entries are fine. New entries are added after them; to tidy up, edit or delete those lines.`,
  exported: (n, file) => `Exported ${n} viewing${n === 1 ? '' : 's'} to ${file}.`,
  needTerminal: (cmd) => `"${cmd}" asks questions, so it needs a terminal. For scripts, use "soviet-love pick" with filters instead.`,
  cancelled: 'Cancelled.',
  seedLine: (seed) => `seed ${seed} · add --seed ${seed} to the same command to get this pick again`,
  card: {
    directedBy: 'Directed by',
    starring: 'Starring',
    runtime: 'Runtime',
    studio: 'Studio',
    genres: 'Genres',
    mood: 'Mood',
    basedOn: 'Based on',
    music: 'Music',
    loveStory: 'The love story:',
    trueStory: 'The true story',
    source: 'source:',
    readMore: 'Read more:',
    minutes: 'min',
    unknownRuntime: 'running time unknown',
    parts: (n) => `${n} parts`,
    formats: { feature: 'feature film', 'tv-film': 'TV film', miniseries: 'TV miniseries' },
    made: (year) => `made ${year}`,
    wikipediaEn: 'Wikipedia',
    wikipediaRu: 'Wikipedia in Russian',
  },
  prompt: {
    mood: 'What mood are you in?',
    time: 'How much time do you have?',
    era: 'Which era?',
    any: 'Any',
    surprise: 'surprise me',
    films: (n) => `${n} film${n === 1 ? '' : 's'}`,
    upTo: (label) => `Up to ${label}`,
    longEvening: 'A long evening',
    before1950: 'Before 1950',
    decade: (d) => `The ${d}s`,
    next: 'What next?',
    another: 'Another one',
    details: 'Full details',
    markWatched: 'Mark as watched',
    startOver: 'Start over',
    quit: 'Quit',
    noMore: 'No other film fits these answers.',
    marked: (title, date) => `Marked ${title} as watched on ${date}.`,
    searchPrompt: 'Search films (English, Russian or translit):',
    newYear: 'Happy New Year! Tonight, a tradition:',
    keys: { navigate: 'navigate', select: 'select' },
    hours: { '90': '1½ h', '120': '2 h', '150': '2½ h', long: '2½ h+' },
  },
  timeline: { title: (n) => `Timeline of ${n} film${n === 1 ? '' : 's'}`, watchedMark: 'watched', filmMark: 'a film', decade: (d) => `${d}s` },
  upgrade: {
    already: (file) => `${file} is already in schema 2; nothing to upgrade.`,
    notSchemaOne: (file) => `${file} is not a schema 1 catalog (its schemaVersion is not 1).`,
    written: (n, file) => `Wrote ${n} film${n === 1 ? '' : 's'} in schema 2 to ${file}; their Russian texts are null until you fill them in.`,
  },
  together: {
    welcome: 'Who is watching tonight?',
    justMe: 'Just me',
    twoOfUs: 'The two of us',
    name: (n) => (n === 1 ? 'Your name? (Enter to skip)' : "Your partner's name? (Enter to skip)"),
    person: (n) => `Person ${n}`,
    mood: (who) => `${who}, which moods would suit you? (tick any, or none for any)`,
    time: (who) => `${who}, how much time do you have?`,
    eraQuestion: 'Which era, for the two of you?',
    pass: (who) => `Now pass the keyboard to your partner${who === null ? '' : `, ${who}`}.`,
    passBack: (who) => `Now pass the keyboard back to ${who}.`,
    anyMood: 'any (surprise me)',
    fitCount: (n) => (n === 0 ? 'none fits you both' : `${n} fit${n === 1 ? 's' : ''} you both`),
    offerFits: 'Three films that fit you both:',
    offerSome: (n) => `Only ${n} film${n === 1 ? ' fits' : 's fit'} you both; then the closest, with what each gives up:`,
    offerNone: 'No film fits you both. The closest, each with what it gives up:',
    diaryRule: "Only films neither of you has marked watched: this computer keeps one diary, and none of these is in it.",
    diaryIncluded: 'Films in the diary are included (--include-watched).',
    strike: (who, left) => `${who}, strike one of these ${left === 3 ? 'three' : left}:`,
    struck: 'struck',
    tonight: "Tonight's film:",
    markBoth: 'Mark as watched for both',
    markedBoth: (title, date) => `Marked ${title} as watched on ${date}: one viewing in the diary, for the two of you.`,
    bothMood: (mood) => `${mood} (you both)`,
    whoseMood: (mood, who) => `${mood} (${who})`,
    notMood: (has, wanted) => `${has}, not ${wanted}`,
    or: (words) => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`),
    under: (time) => `shorter than ${time}`,
    over: (runtime, time) => `${runtime}, longer than ${time}`,
    longer: (time) => `longer than ${time}`,
    short: (runtime, time) => `${runtime}, not longer than ${time}`,
    unknownRuntime: 'running time unknown',
    era: (era) => eraLabel(era, 'en'),
    notEra: (year, era) => `from ${year}, not ${eraLabel(era, 'en').replace(/^from /, '')}`,
    but: (keeps, gives) => `${keeps}, but ${gives}`,
    anything: 'any film will do for you both',
    hours: (min) => (min % 60 === 0 ? `${min / 60} h` : min % 60 === 30 ? `${Math.floor(min / 60)}½ h` : `${min} min`),
    runtime: (min) => `${min} min`,
    keys: { tick: 'tick', submit: 'done' },
  },
  evening: {
    rate: (title) => `Your rating for ${title}? (optional)`,
    skipRating: 'No rating',
    stars: (r) => starsLabel(r),
    notSaved: 'Nothing was recorded; the menu is still here.',
    cut: '… more in "Full details"',
    inDiary: '(in the diary)',
  },
};

/** "from the 1970s", "before 1950", "from 1960 to 1975": the era of `tonight --together`. */
export function eraLabel(era: { from?: number; to?: number }, lang: Lang): string {
  const { from, to } = era;
  const ru = lang === 'ru';
  if (from !== undefined && to !== undefined && from % 10 === 0 && to === from + 9) return ru ? `${from}-х годов` : `from the ${from}s`;
  if (from === undefined && to !== undefined) return ru ? `до ${to + 1} года` : `before ${to + 1}`;
  if (to === undefined && from !== undefined) return ru ? `не раньше ${from} года` : `from ${from} on`;
  return ru ? `${from}–${to} годов` : `from ${from} to ${to}`;
}

/** "★★★★☆ 4", "★★★½ 3.5": a rating as stars and its number, the same in both languages. */
export function starsLabel(rating: number): string {
  const whole = Math.floor(rating);
  const half = rating - whole >= 0.5;
  return `${'★'.repeat(whole)}${half ? '½' : ''}${'☆'.repeat(5 - whole - (half ? 1 : 0))} ${rating}`;
}

export const MESSAGES: Record<Lang, Messages> = {
  en,
  // Built on first use, so an English run never creates the Russian tables.
  get ru() {
    return russian().messages;
  },
};


/** A Text in a language; plain strings pass through. */
export function render(text: Text | string, lang: Lang = 'en'): string {
  return typeof text === 'string' ? text : text(MESSAGES[lang]);
}

/** --lang wins; otherwise a Russian LC_ALL / LC_MESSAGES / LANG (in that order) means Russian. */
export function detectLang(option: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (option !== undefined) return option.toLowerCase().startsWith('ru') ? 'ru' : 'en';
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ru([_.-]|$)/i.test(locale) ? 'ru' : 'en';
}
