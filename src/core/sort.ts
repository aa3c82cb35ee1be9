// Orders films for list: by year, title or running time, ties broken the same way every time.
import type { FilmSummary } from './types.js';

export type SortKey = 'year' | 'title' | 'runtime';

// A plain comparison of folded titles: Intl.Collator would cost ~10 ms of start-up to load ICU data,
// and code-point order is already alphabetical for Latin and for Cyrillic once ё is folded to е.
const fold = (t: string) => t.replace(/^(the|a|an)\s+/i, '').toLowerCase().replace(/ё/g, 'е');
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function sortFilms<F extends FilmSummary>(films: readonly F[], key: SortKey, lang: 'en' | 'ru' = 'en'): F[] {
  // Folded once per film, not once per comparison.
  const folded = new Map(films.map((f) => [f, fold(lang === 'ru' ? f.russianTitle : f.title)]));
  const byTitle = (a: F, b: F) => compareText(folded.get(a)!, folded.get(b)!);
  const byYear = (a: F, b: F) => a.year - b.year;
  const compare: Record<SortKey, (a: F, b: F) => number> = {
    year: (a, b) => byYear(a, b) || byTitle(a, b),
    title: (a, b) => byTitle(a, b) || byYear(a, b),
    // Unknown running times sort last, whatever the direction asked for before --reverse.
    runtime: (a, b) => (a.runtimeMinutes ?? Infinity) - (b.runtimeMinutes ?? Infinity) || byYear(a, b) || byTitle(a, b),
  };
  return [...films].sort(compare[key]);
}
