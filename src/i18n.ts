// Every user-facing interface string, in English and Russian; `Messages` makes both complete.

export type Lang = 'en' | 'ru';

/** A message not yet rendered: core code builds these, and the language is chosen at output. */
export type Text = (m: Messages) => string;

export interface Messages {
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
    wholeNumber: (min: number, max: number) => string;
    oneOf: (allowed: readonly string[]) => string;
    list: string;
    atLeastItems: (n: number) => string;
    itemsBetween: (min: number, max: number) => string;
    itemThat: (problem: string) => string;
    repeatedItem: string;
    https: string;
    slug: string;
    cyrillic: string;
    latin: string;
    oneLine: string;
    oneFact: string;
    factShape: (i: number) => string;
    object: string;
    unknownLinkKey: (key: string) => string;
    linkPrefix: (key: string, prefix: string) => string;
    transliteration: (expected: string, title: string) => string;
    conflict: (a: string, b: string) => string;
    originalRussian: string;
    missing: string;
    unknownField: string;
    fileShape: string;
    schemaVersion: string;
    filmList: string;
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
  };
  timeline: { title: (n: number) => string; watchedMark: string };
}

const en: Messages = {
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
    nonEmpty: 'must be a non-empty string',
    wholeNumber: (min, max) => `must be a whole number from ${min} to ${max}`,
    oneOf: (allowed) => `must be one of: ${allowed.join(', ')}`,
    list: 'must be a list',
    atLeastItems: (n) => `must have at least ${n} item(s)`,
    itemsBetween: (min, max) => `must have ${min} to ${max} items`,
    itemThat: (problem) => `has an item that ${problem}`,
    repeatedItem: 'has a repeated item',
    https: 'must be an https address',
    slug: 'must be a kebab-case ASCII slug',
    cyrillic: 'must be a title in Cyrillic',
    latin: 'must be in Latin letters',
    oneLine: 'must be one non-empty line',
    oneFact: 'must have at least one fact',
    factShape: (i) => `[${i}] must be an object with text and source`,
    object: 'must be an object',
    unknownLinkKey: (key) => `has an unknown key "${key}" (allowed: wikipedia, wikipediaRu)`,
    linkPrefix: (key, prefix) => `.${key} must start with ${prefix}`,
    transliteration: (expected, title) => `should be "${expected}" for "${title}"`,
    conflict: (a, b) => `cannot be both ${a} and ${b}`,
    originalRussian: 'must equal russianTitle for a Russian-language film',
    missing: 'is missing',
    unknownField: 'is not a catalog field',
    fileShape: 'the file must hold an object { "schemaVersion": 1, "films": [...] }',
    schemaVersion: 'must be 1',
    filmList: 'must be a list of films',
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
  },
  timeline: { title: (n) => `Timeline of ${n} film${n === 1 ? '' : 's'}`, watchedMark: 'watched' },
};

const ru: Messages = {
  errors: {
    badDecade: (v) => `--decade: нужно десятилетие с 1920-х по 1990-е (1970s, 1970 или 70s), а не «${v}».`,
    badYear: (flag, v) => `${flag}: нужен год, например 1975, а не «${v}».`,
    badMinutes: (flag, v) => `${flag}: нужно число минут, например 120, а не «${v}».`,
    badChoice: (flag, allowed, v) => `${flag}: допустимо одно из: ${allowed.join(', ')} (а не «${v}»).`,
    emptyYears: (from, to) => `Годы с ${from} по ${to} — пустой промежуток.`,
    badCount: (flag, v) => `${flag}: нужно целое число не меньше 1, а не «${v}».`,
    badSeed: (v) => `--seed: нужно целое число от 0 до 4294967295, а не «${v}».`,
    badDate: (v) => `--date: нужна настоящая дата в виде ГГГГ-ММ-ДД, например 2026-12-31 (а не «${v}»).`,
    badRating: (v) => `--rating: нужна целая оценка от 1 до 5, а не «${v}».`,
    badColor: (v) => `--color: допустимо auto, always или never (а не «${v}»).`,
    badShell: (shells, v) => `completion: нужна одна из оболочек: ${shells.join(', ')} (а не «${v}»).`,
    badBy: (v) => `--by: допустимо year или decade, а не «${v}».`,
    needQuery: 'search: нужен запрос (или терминал, чтобы искать по мере ввода).',
    searchExample: 'Пример: soviet-love search ирония судьбы',
    pickExample: 'Пример: soviet-love pick --mood light --max-runtime 120',
    noFit: (why) => `Ни один фильм не подходит: ${why}.`,
    noMatchFiltered: (q) => `По запросу «${q}» ничего не найдено (найденное не проходит фильтры).`,
    ambiguous: (q, n) => `«${q}» — так называются фильмы (${n}); уточните, какой.`,
    allWatched: 'Вы уже посмотрели все подходящие фильмы.',
    allWatchedHint: 'Добавьте --include-watched, чтобы выбирать и из них, или ослабьте фильтры.',
    allSeen: 'все подходящие фильмы уже в дневнике или отсеяны фильтрами',
    catalogUnreadable: (path, why) => `Не удаётся прочитать каталог ${path}: ${why}.`,
    catalogNotJson: (path, detail) => `Каталог ${path} — не корректный JSON: ${detail}.`,
    catalogInvalid: (path, problem, more) => `Каталог ${path} содержит ошибки: ${problem}${more > 0 ? ` (и ещё ${more})` : ''}.`,
    catalogCheckHint: (path) => `Все ошибки покажет «soviet-love catalog check ${path}».`,
    diaryUnreadable: (path, why) => `Не удаётся прочитать дневник ${path}: ${why}.`,
    diaryUnwritable: (path, why) => `Не удаётся записать дневник ${path}: ${why}.`,
    diaryHint: 'Проверьте, что папка существует и доступна для записи, или укажите другую в SOVIET_LOVE_HOME.',
    outputIsDirectory: (path) => `${path} — это папка; укажите в --output имя файла.`,
    outputExists: (path) => `${path} уже существует; добавьте --force, чтобы заменить его, или выберите другой --output.`,
    outputUnwritable: (path, why) => `Не удаётся записать ${path}: ${why}.`,
    unexpected: (detail) => `soviet-love: непредвиденная ошибка: ${detail}`,
    reportIt: 'Запустите снова с DEBUG=soviet-love, чтобы увидеть подробности, и, пожалуйста, сообщите о ней.',
    noCommand: 'Команда не указана, а терминала для вопросов нет. Попробуйте «soviet-love pick» или «soviet-love list».',
    why: {
      notFound: 'нет такого файла или папки',
      denied: 'доступ запрещён',
      notDirectory: 'часть пути — не папка',
      isDirectory: 'это папка',
      partIsFile: 'часть пути — файл, а не папка',
      readOnly: 'файловая система только для чтения',
      full: 'диск заполнен',
      other: (code) => `ошибка ${code}`,
    },
  },
  validation: {
    nonEmpty: '— должна быть непустая строка',
    wholeNumber: (min, max) => `— должно быть целое число от ${min} до ${max}`,
    oneOf: (allowed) => `— должно быть одно из: ${allowed.join(', ')}`,
    list: '— должен быть список',
    atLeastItems: (n) => `— в списке должно быть не меньше ${n}`,
    itemsBetween: (min, max) => `— в списке должно быть от ${min} до ${max}`,
    itemThat: (problem) => `— есть элемент, у которого ${problem.replace(/^— /, '')}`,
    repeatedItem: '— есть повторяющийся элемент',
    https: '— должен быть адрес https',
    slug: '— должен быть идентификатор из латинских букв, цифр и дефисов',
    cyrillic: '— должно быть название кириллицей',
    latin: '— должно быть латиницей',
    oneLine: '— должна быть одна непустая строка',
    oneFact: '— нужен хотя бы один факт',
    factShape: (i) => `[${i}] — должен быть объект с text и source`,
    object: '— должен быть объект',
    unknownLinkKey: (key) => `— неизвестный ключ «${key}» (допустимы wikipedia, wikipediaRu)`,
    linkPrefix: (key, prefix) => `.${key} — должен начинаться с ${prefix}`,
    transliteration: (expected, title) => `— для «${title}» должно быть «${expected}»`,
    conflict: (a, b) => `— не может быть одновременно ${a} и ${b}`,
    originalRussian: '— для фильма на русском должно совпадать с russianTitle',
    missing: '— отсутствует',
    unknownField: '— такого поля в каталоге нет',
    fileShape: 'в файле должен быть объект { "schemaVersion": 1, "films": [...] }',
    schemaVersion: '— должно быть 1',
    filmList: '— должен быть список фильмов',
    repeatedId: (i) => `— повторяет id фильма films[${i}]`,
    repeatedTitle: (other) => `— повторяет русское название и год фильма ${other}`,
  },
  filters: {
    decade: (d) => `${d}-х годов`,
    until: (y) => `снятого не позже ${y} года`,
    since: (y) => `снятого не раньше ${y} года`,
    between: (a, b) => `снятого в ${a}–${b} годах`,
    genre: (list) => `в жанре ${list}`,
    notGenre: (list) => `не в жанре ${list}`,
    mood: (list) => `с настроением ${list}`,
    director: (list) => `режиссёра ${list}`,
    atLeast: (n) => `длиной не меньше ${n} минут`,
    atMost: (n) => `длиной не больше ${n} минут`,
    unwatched: 'из непросмотренных',
    or: 'или',
    and: 'и',
    noFilm: (c) => `нет ни одного фильма ${c}`,
    catalogEmpty: 'каталог пуст',
    yearIs: (year, label) => `${year} год: ${label}`,
    genreIs: (list) => `жанр: ${list}`,
    notIs: (list) => `не ${list}`,
    moodIs: (list) => `настроение: ${list}`,
    directorIs: (list) => `режиссёр: ${list}`,
    longEnough: (r, min) => `${r} мин ≥ ${min}`,
    fits: (r, max) => `${r} мин укладывается в ${max}`,
    notInDiary: 'нет в дневнике',
    notInDiaryYet: 'ещё нет в вашем дневнике',
    newYear: (day) => `${day === 'dec31' ? '31 декабря' : '1 января'}: новогодний фильм`,
    noFilters: 'подходит любой фильм: фильтров нет',
  },
  helpFooter: `
Коды выхода:
  0    успех
  1    ничего не найдено (нет совпадений, неизвестный фильм, ни один фильм не подходит под фильтры)
  2    ошибка использования (неизвестная команда или параметр, неверное значение, нет терминала для вопросов)
  3    ошибка данных (каталог или дневник не читается или содержит ошибки)
  130  отменено (Ctrl-C или Esc)

Переменные окружения:
  SOVIET_LOVE_CATALOG  файл каталога вместо встроенного
  SOVIET_LOVE_HOME     где хранится дневник (по умолчанию — папка данных системы)
  NO_COLOR, FORCE_COLOR, TERM=dumb   цвет, как обычно; DEBUG=soviet-love показывает трассировку стека
  LANG, LC_ALL         с русской локалью интерфейс на русском (или --lang ru)
`,
  why: 'Почему:',
  onlyFit: (n) => `Подходящих фильмов только ${n}.`,
  noMatch: (q) => `Не найдено ни одного фильма по запросу «${q}».`,
  didYouMean: 'Возможно, вы имели в виду:',
  nothingFits: (why) => `Выбрать не из чего: ${why}.`,
  catalogOk: (file, n) => `${file}: каталог в порядке, фильмов: ${n}.`,
  catalogBad: (file, n) => `${file}: найдено ошибок: ${n}.`,
  recorded: (title, date, rating, times) =>
    `Записано: «${title}», просмотр ${date}${rating === null ? '' : `, оценка ${rating}/5`}${times > 1 ? ` (просмотр № ${times})` : ''}.`,
  unwatched: (title, n) => `Из дневника удалено просмотров «${title}»: ${n}.`,
  notWatched: (title) => `«${title}» нет в вашем дневнике.`,
  diaryEmpty: 'Дневник пуст. Отметить фильм: soviet-love watched <фильм>',
  diaryDamaged: (file, lines) =>
    `Внимание: в ${file} повреждены строки (${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ', …' : ''}: всего ${lines.length}); они пропущены, остальные записи в порядке. Новые записи добавляются после них; чтобы навести порядок, исправьте или удалите эти строки.`,
  exported: (n, file) => `Просмотров выгружено: ${n}, файл ${file}.`,
  needTerminal: (cmd) => `«${cmd}» задаёт вопросы, поэтому нужен терминал. Для скриптов используйте «soviet-love pick» с фильтрами.`,
  cancelled: 'Отменено.',
  seedLine: (seed) => `seed ${seed} · добавьте --seed ${seed} к той же команде, чтобы повторить выбор`,
  card: {
    directedBy: 'Режиссёр',
    starring: 'В ролях',
    runtime: 'Длительность',
    studio: 'Студия',
    genres: 'Жанры',
    mood: 'Настроение',
    basedOn: 'По мотивам',
    music: 'Музыка',
    loveStory: 'История любви:',
    trueStory: 'Как это было',
    source: 'источник:',
    readMore: 'Подробнее:',
    minutes: 'мин',
    unknownRuntime: 'длительность неизвестна',
    parts: (n) => `серий: ${n}`,
    formats: { feature: 'художественный фильм', 'tv-film': 'телефильм', miniseries: 'мини-сериал' },
  },
  prompt: {
    mood: 'Какое у вас настроение?',
    time: 'Сколько у вас времени?',
    era: 'Какая эпоха?',
    any: 'Любое',
    surprise: 'удивите меня',
    films: (n) => `фильмов: ${n}`,
    upTo: (label) => `До ${label}`,
    longEvening: 'Целый вечер',
    before1950: 'До 1950 года',
    decade: (d) => `${d}-е`,
    next: 'Что дальше?',
    another: 'Другой фильм',
    details: 'Подробнее',
    markWatched: 'Отметить как просмотренный',
    startOver: 'Начать заново',
    quit: 'Выйти',
    noMore: 'Других фильмов под эти ответы нет.',
    marked: (title, date) => `«${title}» отмечен как просмотренный ${date}.`,
    searchPrompt: 'Поиск фильма (по-русски, по-английски или латиницей):',
    newYear: 'С Новым годом! Сегодня — по традиции:',
  },
  timeline: { title: (n) => `Хронология, фильмов: ${n}`, watchedMark: 'просмотрен' },
};

export const MESSAGES: Record<Lang, Messages> = { en, ru };

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

/** Russian for the help text, keyed by the English (commander shows descriptions as given). */
export const HELP_RU: Record<string, string> = {
  "Usage:": "Использование:",
  "Options:": "Параметры:",
  "Global Options:": "Общие параметры:",
  "Commands:": "Команды:",
  "Arguments:": "Аргументы:",
  "Examples:": "Примеры:",
  "display help for command": "показать справку по команде",
  "choices": "варианты",
  "default": "по умолчанию",
  "Pick tonight's Soviet film about love, search the catalog, and keep a viewing diary.": "Выберите советский фильм о любви на вечер, ищите по каталогу и ведите дневник просмотров.",
  "output the version number": "показать номер версии",
  "use this catalog file (env SOVIET_LOVE_CATALOG)": "использовать этот файл каталога (переменная SOVIET_LOVE_CATALOG)",
  "colour: auto, always or never": "цвет: auto, always или never",
  "no colour (same as --color never)": "без цвета (то же, что --color never)",
  "interface language: en or ru (default: from LANG)": "язык интерфейса: en или ru (по умолчанию — из LANG)",
  "in a terminal: answer three questions, get tonight's film": "в терминале: ответьте на три вопроса и получите фильм на вечер",
  "a random light film you have not seen": "случайный лёгкий фильм, который вы ещё не видели",
  "find a film however you spell it": "найти фильм, как бы вы его ни написали",
  "the full card, with the true story": "полная карточка с историей создания",
  "record an evening in your diary": "записать вечер в дневник",
  "answer three questions and get tonight's film (needs a terminal)": "ответить на три вопроса и получить фильм на вечер (нужен терминал)",
  "the day it is (default today); also the date \"mark as watched\" records": "какой сегодня день (по умолчанию — сегодня); эту дату записывает «Отметить как просмотренный»",
  "never prompt (exits 2: use pick instead)": "ничего не спрашивать (код выхода 2: используйте pick)",
  "films of one decade: 1970s, 1970 or 70s": "фильмы одного десятилетия: 1970s, 1970 или 70s",
  "films released in or after this year": "фильмы, вышедшие в этом году или позже",
  "films released in or before this year": "фильмы, вышедшие в этом году или раньше",
  "a genre, repeatable for \"either\"": "жанр; можно указать несколько — подойдёт любой",
  "leave out a genre, repeatable": "исключить жанр; можно повторять",
  "a mood, repeatable for \"either\"": "настроение; можно указать несколько — подойдёт любое",
  "a director, in Latin or Cyrillic letters, spelling forgiven; repeatable": "режиссёр латиницей или кириллицей, с любым написанием; можно повторять",
  "at least this long (films of unknown length are left out)": "не короче (фильмы неизвестной длины не входят)",
  "at most this long (films of unknown length are left out)": "не длиннее (фильмы неизвестной длины не входят)",
  "only films not in your diary": "только фильмы, которых нет в дневнике",
  "mood → time → era → a film": "настроение → время → эпоха → фильм",
  "the mood question answered in advance": "вопрос о настроении уже отвечен",
  "the same, in a terminal": "то же самое, в терминале",
  "pick random film(s) that fit the filters; watched films are skipped": "случайный фильм (или несколько) под фильтры; просмотренные пропускаются",
  "pick n different films": "выбрать n разных фильмов",
  "a number that makes the pick reproducible": "число, с которым выбор повторяется",
  "say why each film fits": "объяснить, почему фильм подходит",
  "also pick films from your diary": "выбирать и из просмотренных",
  "print JSON (always an array)": "вывести JSON (всегда массив)",
  "ask questions instead (same as tonight)": "задать вопросы (как tonight)",
  "the day to pick for (default today)": "день, на который выбирать (по умолчанию — сегодня)",
  "never prompt": "ничего не спрашивать",
  "any film you have not seen": "любой фильм, который вы не видели",
  "something light and short": "что-нибудь лёгкое и короткое",
  "three films of the 1960s, with reasons": "три фильма 1960-х с объяснением",
  "the same pick every time (share the seed)": "каждый раз тот же выбор (можно поделиться числом)",
  "list the catalog, sorted by year": "каталог, по годам",
  "sort by year, title, runtime": "сортировка: year (год), title (название), runtime (длительность)",
  "reverse the order": "в обратном порядке",
  "show at most n films": "не больше n фильмов",
  "print JSON (an array of films)": "вывести JSON (массив фильмов)",
  "every film, oldest first": "все фильмы, от старых к новым",
  "comedies of the 1970s": "комедии 1970-х",
  "Ryazanov films, shortest first": "фильмы Рязанова, от коротких к длинным",
  "short light films as JSON": "короткие лёгкие фильмы в JSON",
  "find films by any title, transliteration, director or actor, typos forgiven": "поиск по любому названию, транслитерации, режиссёру или актёру, с опечатками",
  "at most n results": "не больше n результатов",
  "print JSON (an array of films, best match first)": "вывести JSON (массив фильмов, лучшие совпадения первыми)",
  "what to look for; with none in a terminal, search as you type": "что искать; без запроса в терминале — поиск по мере ввода",
  "English title": "английское название",
  "Russian title": "русское название",
  "Russian in Latin letters": "русское название латиницей",
  "Russian typed on an English keyboard": "русское название, набранное в английской раскладке",
  "an actor, in the 1980s": "актриса, фильмы 1980-х",
  "search as you type (in a terminal)": "поиск по мере ввода (в терминале)",
  "show one film's full card": "полная карточка одного фильма",
  "print the film as a JSON object": "вывести фильм как объект JSON",
  "an id, any title (English, Russian, transliterated) or a fuzzy query": "id, любое название (английское, русское, латиницей) или приблизительный запрос",
  "by id": "по id",
  "by the Russian title": "по русскому названию",
  "by transliteration": "по транслитерации",
  "as JSON": "в JSON",
  "record that you watched a film (again, if you had)": "записать просмотр фильма (в том числе повторный)",
  "the day you watched it (default today)": "день просмотра (по умолчанию — сегодня)",
  "your rating, 1 to 5": "ваша оценка, от 1 до 5",
  "an id, any title or a fuzzy query": "id, любое название или приблизительный запрос",
  "watched today": "посмотрели сегодня",
  "with a date and a rating": "с датой и оценкой",
  "remove every viewing of a film from your diary": "удалить из дневника все просмотры фильма",
  "forget every viewing of it": "забыть все просмотры",
  "your viewing diary, newest first": "дневник просмотров, новые сверху",
  "print JSON": "вывести JSON",
  "what you watched, newest first": "что вы смотрели, новые сверху",
  "as JSON: { id, title, year, watchedOn, rating }": "в JSON: { id, title, year, watchedOn, rating }",
  "export your diary for other tools (Letterboxd import CSV, CSV or JSON)": "выгрузить дневник для других программ (CSV для импорта в Letterboxd, CSV или JSON)",
  "one of letterboxd, csv, json": "одно из: letterboxd, csv, json",
  "a file to write, or - for standard output": "файл для записи или - для стандартного вывода",
  "replace the output file if it exists": "заменить файл, если он уже есть",
  "for https://letterboxd.com/import/": "для https://letterboxd.com/import/",
  "JSON on standard output": "JSON в стандартный вывод",
  "a chart of the films over the years, watched ones marked": "хронология фильмов по годам, просмотренные отмечены",
  "year or decade (default: year, or decade in a narrow terminal)": "year или decade (по умолчанию — по годам, в узком терминале — по десятилетиям)",
  "every film, year by year": "все фильмы, год за годом",
  "light films per decade": "лёгкие фильмы по десятилетиям",
  "print a shell completion script (bash, zsh or fish)": "вывести скрипт автодополнения для оболочки (bash, zsh или fish)",
  "bash, zsh, fish": "bash, zsh, fish",
  "bash": "bash",
  "zsh": "zsh",
  "fish": "fish",
  "work with catalog files": "работа с файлами каталога",
  "validate a catalog file (the bundled one by default); exit 3 when it is invalid": "проверить файл каталога (по умолчанию встроенный); код выхода 3, если есть ошибки",
  "the catalog file to check": "файл каталога для проверки",
  "check the catalog in use": "проверить используемый каталог",
  "check your own file": "проверить свой файл",
};

/** Russian for commander's own error lines (it writes them itself, in English). */
export const COMMANDER_RU: [RegExp, string][] = [
  [/^error: unknown option '(.*?)'/, "ошибка: неизвестный параметр '$1'"],
  [/^error: unknown command '(.*?)'/, "ошибка: неизвестная команда '$1'"],
  [/^error: missing required argument '(.*?)'/, "ошибка: не указан обязательный аргумент '$1'"],
  [/^error: option '(.*?)' argument missing/, "ошибка: у параметра '$1' нет значения"],
  [/^error: too many arguments( for '.*?')?\. Expected (\d+) arguments? but got (\d+)\./, 'ошибка: слишком много аргументов$1: ожидалось $2, получено $3.'],
  [/^error: option '(.*?)' argument '(.*?)' is invalid\. Allowed choices are (.*)\./, "ошибка: значение '$2' параметра '$1' недопустимо; варианты: $3."],
  [/\(Did you mean (.*?)\?\)/, '(Возможно, имелось в виду $1?)'],
];
