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

/** What each mood promises the viewer; the tonight prompt and the README show these. */
export const MOOD_DESCRIPTIONS = {
  light: 'easy and funny, nothing heavy',
  heartwarming: 'kind, leaves you feeling good',
  bittersweet: 'wistful: love mixed with loss or parting',
  tragic: 'heavy, expect tears',
  poetic: 'lyrical, visual, unhurried',
  festive: 'for the New Year holidays',
  passionate: 'stormy, jealous, intense',
  thoughtful: 'reflective: choices, marriage, middle age',
} as const;

export const MOODS = Object.keys(MOOD_DESCRIPTIONS) as (keyof typeof MOOD_DESCRIPTIONS)[];

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

export const FIRST_YEAR = 1924;
export const LAST_YEAR = 1991;

/** Moods that contradict each other: a film tagged with one must not carry the other. */
export const CONFLICTING_MOODS: readonly (readonly [Mood, Mood])[] = [['light', 'tragic']];

export type Genre = (typeof GENRES)[number];
export type Mood = keyof typeof MOOD_DESCRIPTIONS;
export type Format = (typeof FORMATS)[number];
export type Republic = (typeof REPUBLICS)[number];
export type Language = (typeof LANGUAGES)[number];
