// Every user-facing interface string in English, and the Russian from i18n-ru.ts; `Messages` makes both complete.
import { russian } from './i18n-ru.js';
import { echo } from './core/search/normalize.js';

import type { Lang } from './core/types.js';

export type { Lang };

/** A message not yet rendered: core code builds these, and the language is chosen at output. */
export type Text = (m: Messages) => string;

export interface Messages {
  /** The language these messages are in: catalog texts are picked by it. */
  lang: Lang;
  errors: {
    badDecade: (value: string) => string;
    badNumber: (flag: string, min: number, max: number, value: string) => string;
    emptyValue: (what: string) => string;
    unknownCommand: (name: string) => string;
    twoFilms: (query: string) => string;
    futureDate: (date: string) => string;
    beforeRelease: (date: string, title: string, year: number) => string;
    noHome: string;
    notADiary: (path: string) => string;
    diaryFileHint: string;
    outputFailed: (why: string) => string;
    noFilmIds: (why: string) => string;
    badChoice: (flag: string, allowed: readonly string[], value: string) => string;
    emptyYears: (from: number, to: number) => string;
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
      notRegular: string;
      tooBig: (megabytes: number) => string;
      noReader: string;
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
    control: (codePoint: string) => string;
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
  showing: (shown: number, total: number) => string;
  columns: { year: string; title: string; russianTitle: string; directors: string; runtime: string; id: string };
  noMatch: (query: string) => string;
  didYouMean: string;
  nothingFits: (why: string) => string;
  catalogOk: (file: string, count: number) => string;
  catalogBad: (file: string, count: number) => string;
  recorded: (title: string, date: string, rating: number | null, times: number) => string;
  unwatched: (title: string, count: number) => string;
  notWatched: (title: string) => string;
  diaryEmpty: string;
  diaryDamaged: (file: string, lines: number[], good: number) => string;
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
  /** Where to watch (SPEC §7): the card's section, the labels of the options, opening them. */
  watch: {
    heading: string;
    /** A film's own page: the provider as the catalog names it. */
    direct: (provider: string) => string;
    /** `on` is the place as a phrase after "on" (the table has it in both languages). */
    studioSearch: (on: string, query: string) => string;
    webSearch: (provider: string, query: string) => string;
    /** ", English subtitles" for ['en']; empty for none. */
    subtitles: (codes: readonly string[]) => string;
    menu: string;
    opening: (label: string) => string;
    noDisplay: string;
    openFailed: (why: string) => string;
  };
  /** The watchlist, half-star ratings and Letterboxd import (SPEC §8). */
  lists: {
    saved: (title: string, count: number) => string;
    savedShort: (title: string) => string;
    alreadySaved: (title: string) => string;
    unsaved: (title: string) => string;
    notSaved: (title: string) => string;
    empty: string;
    emptyForPick: string;
    onYourWatchlist: string;
    onYourWatchlistReason: string;
    exportedSaved: (count: number, file: string) => string;
    source: string;
    fromWatchlist: string;
    fromEverything: string;
    saveForLater: string;
    onWatchlist: string;
    takeOff: (title: string) => string;
    takeOffYes: string;
    takeOffNo: string;
    rewatch: string;
    toWatchlist: string;
    found: (films: number, viewings: number, saved: number, skipped: number) => string;
    already: (n: number) => string;
    ambiguous: (n: number) => string;
    unreadableRows: (n: number) => string;
    nothingNew: string;
    dryRun: string;
    confirm: (viewings: number, saved: number) => string;
    yes: string;
    no: string;
    notAdded: string;
    added: (viewings: number, saved: number, file: string) => string;
    needYes: string;
    jsonNeedsYes: string;
    unreadable: (path: string, why: string) => string;
    notRegular: (path: string) => string;
    tooBig: (path: string, bytes: number, limit: number) => string;
    notCsv: (name: string) => string;
    badCsv: (name: string, line: number | null) => string;
    badZip: (path: string) => string;
    zipBomb: (path: string) => string;
    noLetterboxdFiles: (path: string) => string;
    notLetterboxd: (name: string) => string;
  };
  story: {
    /** Under a story hit in a terminal: the film's words the query met. */
    matched: (words: string) => string;
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
    badDecade: (v) => `--decade must be a decade from the 1920s to the 1990s (1970s, 1970 or 70s), not "${echo(v)}".`,
    badNumber: (flag, min, max, v) => `${flag} must be a whole number from ${min} to ${max}, not "${echo(v)}".`,
    emptyValue: (what) => `${what} is empty; give it a value.`,
    unknownCommand: (name) => `error: unknown command '${echo(name)}'`,
    twoFilms: (q) => `"${echo(q)}" names more than one film; say which.`,
    futureDate: (date) => `--date ${date} is in the future; a viewing is dated today or earlier.`,
    beforeRelease: (date, title, year) => `--date ${date} is before ${echo(title)} came out in ${year}.`,
    noHome: 'There is no usable home directory (HOME is empty or not an absolute path); set SOVIET_LOVE_HOME to a directory for the diary.',
    notADiary: (path) => `${echo(path)} is not a soviet-love diary (none of its lines is a diary entry), so it was left untouched; move it away or set SOVIET_LOVE_HOME.`,
    diaryFileHint: 'The diary file exists but cannot be written: check its permissions, or set SOVIET_LOVE_HOME to another directory.',
    outputFailed: (why) => `Cannot write the output: ${why}.`,
    noFilmIds: (why) => `Warning: the script completes no film ids: ${why}`,
    badChoice: (flag, allowed, v) => `${flag} must be one of: ${allowed.join(', ')} (not "${echo(v)}").`,
    emptyYears: (from, to) => `The years ask for films from ${from} to ${to}, which is an empty range.`,
    badDate: (v) => `--date must be a real day written YYYY-MM-DD, such as 2026-12-31 (not "${echo(v)}").`,
    badRating: (v) => `--rating must be 0.5 to 5 in half stars, such as 4 or 3.5 (not "${echo(v)}").`,
    badColor: (v) => `--color must be auto, always or never (not "${echo(v)}").`,
    badShell: (shells, v) => `completion needs one of: ${shells.join(', ')} (not "${echo(v)}").`,
    badBy: (v) => `--by must be year or decade, not "${echo(v)}".`,
    needQuery: 'search needs a query (or a terminal, to search as you type).',
    searchExample: 'Example: soviet-love search irony of fate',
    pickExample: 'Example: soviet-love pick --mood light --max-runtime 120',
    noFit: (why) => `No film fits: ${why}.`,
    noMatchFiltered: (q) => `No film matches "${echo(q)}" (none of the matches fits the filters).`,
    ambiguous: (q, n) => `"${echo(q)}" names ${n} films; say which.`,
    allWatched: 'You have watched every film that fits.',
    allWatchedHint: 'Use --include-watched to pick from them again, or loosen the filters.',
    catalogUnreadable: (path, why) => `Cannot read the catalog ${echo(path)}: ${why}.`,
    catalogNotJson: (path, detail) => `The catalog ${echo(path)} is not valid JSON: ${echo(detail)}.`,
    catalogInvalid: (path, problem, more) => `The catalog ${echo(path)} is invalid: ${problem}${more > 0 ? ` (and ${more} more problems)` : ''}.`,
    catalogCheckHint: (path) => `Run "soviet-love catalog check ${echo(path)}" to see every problem.`,
    diaryUnreadable: (path, why) => `Cannot read the diary ${echo(path)}: ${why}.`,
    diaryUnwritable: (path, why) => `Cannot write the diary ${echo(path)}: ${why}.`,
    diaryHint: 'Check that the directory exists and is writable, or set SOVIET_LOVE_HOME to another directory.',
    outputIsDirectory: (path) => `${echo(path)} is a directory; give --output a file name.`,
    outputExists: (path) => `${echo(path)} already exists; add --force to replace it, or choose another --output.`,
    outputUnwritable: (path, why) => `Cannot write ${echo(path)}: ${why}.`,
    unexpected: (detail) => `soviet-love: unexpected error: ${echo(detail)}`,
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
      notRegular: 'it is not a regular file (a device, FIFO or socket)',
      tooBig: (mb) => `it is larger than ${mb} MB`,
      noReader: 'nothing is reading from it',
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
    transliteration: (expected, title) => `should be "${echo(expected)}" for "${echo(title)}"`,
    conflict: (a, b) => `cannot be both ${a} and ${b}`,
    originalRussian: 'must equal russianTitle for a Russian-language film',
    productionYear: (year) => `must be before the release year ${year} (or null when it is the same year)`,
    newYearFestive: 'must include festive: it is the New Year film',
    missing: 'is missing',
    unknownField: 'is not a catalog field',
    fileShape: 'the file must hold an object { "schemaVersion": 2, "films": [...] }',
    control: (cp) => `contains a control character (${cp})`,
    schemaVersion: 'must be 2',
    schemaOne: 'is 1, an older format: run "soviet-love catalog upgrade <file>" to write it in schema 2',
    repeatedId: (i) => `repeats the id of films[${i}]`,
    repeatedTitle: (other) => `repeats the Russian title and year of ${echo(other)}`,
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
  2    usage error (unknown command or option, bad or empty value, no terminal)
  3    data or output error (unreadable or invalid catalog or diary, output
       that cannot be written)
  130  cancelled (Ctrl-C or Esc)

Environment:
  SOVIET_LOVE_CATALOG  a catalog file to use instead of the bundled one
  SOVIET_LOVE_HOME     where the diary lives (default: the platform's data
                       directory)
  NO_COLOR, FORCE_COLOR, TERM=dumb
                       colour, as usual
  DEBUG=soviet-love    stack traces on errors
  LANG, LC_ALL         a Russian locale shows this interface in Russian (or
                       use --lang ru)
`,
  why: 'Why:',
  onlyFit: (n) => `Only ${n} film${n === 1 ? '' : 's'} fit.`,
  showing: (shown, total) => `Showing ${shown} of ${total} matches; --limit ${total} shows them all.`,
  columns: { year: 'Year', title: 'Title', russianTitle: 'Russian title', directors: 'Directed by', runtime: 'Time', id: 'Id' },
  noMatch: (q) => `No film matches "${echo(q)}".`,
  didYouMean: 'Did you mean:',
  nothingFits: (why) => `Nothing to pick: ${why}.`,
  catalogOk: (file, n) => `${echo(file)}: valid, ${n} films.`,
  catalogBad: (file, n) => `${echo(file)}: ${n} problem${n === 1 ? '' : 's'} found.`,
  recorded: (title, date, rating, times) =>
    `Recorded ${echo(title)}, watched on ${date}${rating === null ? '' : `, rated ${rating}/5`}${times > 1 ? ` (viewing number ${times})` : ''}.`,
  unwatched: (title, n) => `Removed ${n} viewing${n === 1 ? '' : 's'} of ${echo(title)} from your diary.`,
  notWatched: (title) => `${echo(title)} is not in your diary.`,
  diaryEmpty: 'Your diary is empty. Record a film with: soviet-love watched <film>',
  diaryDamaged: (file, lines, good) =>
    `Warning: ${echo(file)} has ${lines.length} damaged line${lines.length === 1 ? '' : 's'} (${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ', …' : ''}), skipped; ${good === 0 ? 'there are no other entries' : `the other ${good} entr${good === 1 ? 'y is' : 'ies are'} fine`}. New entries are added after them; to tidy up, edit or delete those lines.`,
  exported: (n, file) => `Exported ${n} viewing${n === 1 ? '' : 's'} to ${echo(file)}.`,
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
    marked: (title, date) => `Marked ${echo(title)} as watched on ${date}.`,
    searchPrompt: 'Search films (English, Russian or translit):',
    newYear: 'Happy New Year! Tonight, a tradition:',
    keys: { navigate: 'navigate', select: 'select' },
    hours: { '90': '1½ h', '120': '2 h', '150': '2½ h', long: '2½ h+' },
  },
  lists: {
    saved: (title, n) => `Saved ${title} for later (${n} film${n === 1 ? '' : 's'} on your watchlist).`,
    savedShort: (title) => `Saved ${title} for later.`,
    alreadySaved: (title) => `${title} is already on your watchlist.`,
    unsaved: (title) => `Took ${title} off your watchlist.`,
    notSaved: (title) => `${title} is not on your watchlist.`,
    empty: 'Your watchlist is empty. Save a film with: soviet-love watchlist add <film>',
    emptyForPick: 'Your watchlist is empty, so --watchlist leaves nothing to pick. Save a film with: soviet-love watchlist add <film>',
    onYourWatchlist: 'on your watchlist',
    onYourWatchlistReason: 'on your watchlist',
    exportedSaved: (n, file) => `Exported ${n} film${n === 1 ? '' : 's'} of your watchlist to ${file}.`,
    source: 'From your watchlist or from everything?',
    fromWatchlist: 'From my watchlist',
    fromEverything: 'From everything',
    saveForLater: 'Save for later',
    onWatchlist: 'on your watchlist',
    takeOff: (title) => `${title} is on your watchlist. Take it off?`,
    takeOffYes: 'Yes, take it off',
    takeOffNo: 'No, keep it there',
    rewatch: 'rewatch',
    toWatchlist: 'watchlist',
    found: (f, v, w, s) =>
      `${f} Soviet love film${f === 1 ? '' : 's'} found: ${v} viewing${v === 1 ? '' : 's'}, ${w} on the watchlist; ${s} other film${s === 1 ? '' : 's'} skipped.`,
    already: (n) => `${n} entr${n === 1 ? 'y is' : 'ies are'} already in your diary or watchlist.`,
    ambiguous: (n) => `${n} of the skipped film${n === 1 ? '' : 's'} matched more than one film of the catalog, so ${n === 1 ? 'it was' : 'they were'} left out.`,
    unreadableRows: (n) => `${n} row${n === 1 ? '' : 's'} without a name, a date or a rating on Letterboxd's scale ${n === 1 ? 'was' : 'were'} skipped.`,
    nothingNew: 'Nothing new to add.',
    dryRun: 'Nothing was added (--dry-run).',
    confirm: (v, w) => `Add ${v} viewing${v === 1 ? '' : 's'} and ${w} film${w === 1 ? '' : 's'} for the watchlist to your diary?`,
    yes: 'Yes, add them',
    no: 'No',
    notAdded: 'Nothing was added.',
    added: (v, w, file) => `Added ${v} viewing${v === 1 ? '' : 's'} and ${w} film${w === 1 ? '' : 's'} for the watchlist to ${file}.`,
    needYes: 'import asks before it adds anything, so it needs a terminal; add --yes to add without asking, or --dry-run to only look.',
    jsonNeedsYes: '--json does not ask: add --yes to import, or --dry-run to only look.',
    unreadable: (path, why) => `Cannot read ${path}: ${why}.`,
    notRegular: (path) => `${path} is not a regular file (a FIFO, a device or a socket); give the ZIP or a CSV file from Letterboxd.`,
    tooBig: (path, bytes, limit) => `${path} is ${Math.round(bytes / 1048576)} MB, too big for a Letterboxd export (the limit is ${limit / 1048576} MB).`,
    notCsv: (name) => `${name} is neither a ZIP nor a CSV text file.`,
    badCsv: (name, line) => `${name} is not a readable CSV file${line === null ? '' : ` (line ${line})`}.`,
    badZip: (path) => `${path} is not a readable ZIP file.`,
    zipBomb: (path) => `${path} unpacks to far more than a Letterboxd export could (too many files, or files too large); it was not read.`,
    noLetterboxdFiles: (path) => `${path} has none of Letterboxd's files (diary.csv, watched.csv, ratings.csv, watchlist.csv).`,
    notLetterboxd: (name) => `${name} does not have Letterboxd's columns (Date, Name, Year, and Rating or Watched Date where they belong).`,
  },
  timeline: { title: (n) => `Timeline of ${n} film${n === 1 ? '' : 's'}`, watchedMark: 'watched', filmMark: 'a film', decade: (d) => `${d}s` },
  upgrade: {
    already: (file) => `${file} is already in schema 2; nothing to upgrade.`,
    notSchemaOne: (file) => `${file} is not a schema 1 catalog (its schemaVersion is not 1).`,
    written: (n, file) => `Wrote ${n} film${n === 1 ? '' : 's'} in schema 2 to ${file}; their Russian texts are null until you fill them in.`,
  },
  watch: {
    heading: 'Watch',
    direct: (provider) => provider,
    studioSearch: (on, q) => `search on ${on} for “${q}”`,
    webSearch: (provider, q) => `web search on ${provider} for “${q}”`,
    subtitles: (codes) => {
      if (codes.length === 0) return '';
      const names: Record<string, string> = { en: 'English', ru: 'Russian', uk: 'Ukrainian', fr: 'French', de: 'German', es: 'Spanish', it: 'Italian' };
      return `, ${codes.map((c) => names[c] ?? c).join(' and ')} subtitles`;
    },
    menu: 'Watch it now',
    opening: (label) => `Opening in your browser: ${label}`,
    noDisplay: 'No display to open a browser on; the address:',
    openFailed: (why) => `Could not open the browser (${why}); open the address above yourself.`,
  },
  story: { matched: (words) => `in the story: ${words}` },
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
