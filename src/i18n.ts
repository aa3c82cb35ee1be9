// Every user-facing interface string, in English and Russian; `Messages` makes both complete.

export type Lang = 'en' | 'ru';

export interface Messages {
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

/** --lang wins; otherwise a Russian LC_ALL / LC_MESSAGES / LANG (in that order) means Russian. */
export function detectLang(option: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (option !== undefined) return option.toLowerCase().startsWith('ru') ? 'ru' : 'en';
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ru([_.-]|$)/i.test(locale) ? 'ru' : 'en';
}
