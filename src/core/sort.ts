// Orders films for list: by year, title or running time, ties broken the same way every time.
import type { Film } from './types.js';

export type SortKey = 'year' | 'title' | 'runtime';

const collator = new Intl.Collator(['en', 'ru'], { sensitivity: 'base' });
const stripArticle = (t: string) => t.replace(/^(the|a|an)\s+/i, '');

export function sortFilms(films: readonly Film[], key: SortKey, lang: 'en' | 'ru' = 'en'): Film[] {
  const title = (f: Film) => stripArticle(lang === 'ru' ? f.russianTitle : f.title);
  const byTitle = (a: Film, b: Film) => collator.compare(title(a), title(b));
  const byYear = (a: Film, b: Film) => a.year - b.year;
  const compare: Record<SortKey, (a: Film, b: Film) => number> = {
    year: (a, b) => byYear(a, b) || byTitle(a, b),
    title: (a, b) => byTitle(a, b) || byYear(a, b),
    // Unknown running times sort last, whatever the direction asked for before --reverse.
    runtime: (a, b) => (a.runtimeMinutes ?? Infinity) - (b.runtimeMinutes ?? Infinity) || byYear(a, b) || byTitle(a, b),
  };
  return [...films].sort(compare[key]);
}
