// Picks the reader's language from a bilingual catalog text, falling back to the English.
import type { Bilingual, Lang } from './types.js';

export function text(value: Bilingual, lang: Lang): string;
export function text(value: Bilingual | null, lang: Lang): string | null;
export function text(value: Bilingual | null, lang: Lang): string | null {
  if (value === null) return null;
  return lang === 'ru' && value.ru ? value.ru : value.en;
}

/** People's names in the reader's language, joined for one line. */
export function names(people: readonly Bilingual[], lang: Lang): string {
  let out = '';
  for (let i = 0; i < people.length; i++) out += (i > 0 ? ', ' : '') + text(people[i]!, lang);
  return out;
}
