// The closed vocabularies of the catalog: the one place genres, moods, formats and republics are defined.

export const GENRES = [
  'comedy',
  'drama',
  'melodrama',
  'war',
  'period',
  'musical',
  'fantasy',
  'science-fiction',
  'crime',
  'adventure',
  'fairy-tale',
] as const;

/** Each genre's name in both languages: cards, tables and prompts show these. */
export const GENRE_LABELS: Record<Genre, Label> = {
  comedy: { en: 'comedy', ru: 'комедия' },
  drama: { en: 'drama', ru: 'драма' },
  melodrama: { en: 'melodrama', ru: 'мелодрама' },
  war: { en: 'war', ru: 'военный' },
  period: { en: 'period', ru: 'исторический' },
  musical: { en: 'musical', ru: 'музыкальный' },
  fantasy: { en: 'fantasy', ru: 'фэнтези' },
  'science-fiction': { en: 'science fiction', ru: 'фантастика' },
  crime: { en: 'crime', ru: 'криминальный' },
  adventure: { en: 'adventure', ru: 'приключения' },
  'fairy-tale': { en: 'fairy tale', ru: 'сказка' },
};

/** What each mood promises the viewer, and its name, in both languages; the tonight prompt and the README show these. */
export const MOOD_LABELS = {
  light: { en: 'light', ru: 'лёгкое', promise: { en: 'easy and funny, nothing heavy', ru: 'легко и смешно, без тяжёлого' } },
  heartwarming: { en: 'heartwarming', ru: 'тёплое', promise: { en: 'kind, leaves you feeling good', ru: 'доброе, после него хорошо на душе' } },
  bittersweet: { en: 'bittersweet', ru: 'светлая грусть', promise: { en: 'wistful: love mixed with loss or parting', ru: 'любовь пополам с утратой или разлукой' } },
  tragic: { en: 'tragic', ru: 'трагическое', promise: { en: 'heavy, expect tears', ru: 'тяжело, приготовьте платок' } },
  poetic: { en: 'poetic', ru: 'поэтичное', promise: { en: 'lyrical, visual, unhurried', ru: 'лирично, красиво, неспешно' } },
  festive: { en: 'festive', ru: 'новогоднее', promise: { en: 'for the New Year holidays', ru: 'для новогодних праздников' } },
  passionate: { en: 'passionate', ru: 'страстное', promise: { en: 'stormy, jealous, intense', ru: 'бурно, ревниво, на разрыв' } },
  thoughtful: { en: 'thoughtful', ru: 'вдумчивое', promise: { en: 'reflective: choices, marriage, middle age', ru: 'о выборе, браке и зрелых годах' } },
} as const satisfies Record<string, Label & { promise: Label }>;

export const MOODS = Object.keys(MOOD_LABELS) as (keyof typeof MOOD_LABELS)[];

export const FORMATS = ['feature', 'tv-film', 'miniseries'] as const;

export const REPUBLICS = [
  'Russian SFSR',
  'Ukrainian SSR',
  'Byelorussian SSR',
  'Georgian SSR',
  'Armenian SSR',
  'Azerbaijan SSR',
  'Kazakh SSR',
  'Kirghiz SSR',
  'Uzbek SSR',
  'Tajik SSR',
  'Turkmen SSR',
  'Moldavian SSR',
  'Lithuanian SSR',
  'Latvian SSR',
  'Estonian SSR',
] as const;

export const LANGUAGES = ['ru', 'uk', 'be', 'ka', 'hy', 'az', 'kk', 'ky', 'uz', 'tg', 'tk', 'ro', 'lt', 'lv', 'et'] as const;

/** The republics' names in Russian (the English ones are the catalog's values). */
export const REPUBLIC_NAMES_RU: Record<Republic, string> = {
  'Russian SFSR': 'РСФСР',
  'Ukrainian SSR': 'Украинская ССР',
  'Byelorussian SSR': 'Белорусская ССР',
  'Georgian SSR': 'Грузинская ССР',
  'Armenian SSR': 'Армянская ССР',
  'Azerbaijan SSR': 'Азербайджанская ССР',
  'Kazakh SSR': 'Казахская ССР',
  'Kirghiz SSR': 'Киргизская ССР',
  'Uzbek SSR': 'Узбекская ССР',
  'Tajik SSR': 'Таджикская ССР',
  'Turkmen SSR': 'Туркменская ССР',
  'Moldavian SSR': 'Молдавская ССР',
  'Lithuanian SSR': 'Литовская ССР',
  'Latvian SSR': 'Латвийская ССР',
  'Estonian SSR': 'Эстонская ССР',
};

export const FIRST_YEAR = 1924;
export const LAST_YEAR = 1991;

/** Moods that contradict each other: a film tagged with one must not carry the other. */
export const CONFLICTING_MOODS: readonly (readonly [Mood, Mood])[] = [['light', 'tragic']];

export type Genre = (typeof GENRES)[number];
export type Mood = keyof typeof MOOD_LABELS;

/** A vocabulary word in both languages. */
export interface Label {
  en: string;
  ru: string;
}
export type Format = (typeof FORMATS)[number];
export type Republic = (typeof REPUBLICS)[number];
export type Language = (typeof LANGUAGES)[number];
