// Makes large, valid synthetic catalogs for the benchmarks, derived from the real films.
import type { Catalog, Film } from '../src/core/types.js';
import { transliterate } from '../src/core/translit.js';
import { seededRandom } from '../src/core/pick.js';

const SYLLABLES = ['ка', 'ли', 'но', 'ра', 'ве', 'су', 'мо', 'та', 'пе', 'ду', 'жи', 'ло', 'ша', 'ця', 'ню', 'хо', 'бы', 'зе', 'гри', 'сто'];
const EN = ['love', 'winter', 'river', 'night', 'station', 'letter', 'song', 'garden', 'city', 'summer', 'sea', 'road', 'heart', 'star', 'bridge'];

export function syntheticCatalog(base: readonly Film[], size: number, seed = 1): Catalog {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const word = () => Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => pick(SYLLABLES)).join('');
  const films: Film[] = [];
  for (let i = 0; i < size; i++) {
    const model = base[i % base.length]!;
    const ru = `${word()} ${word()}`.replace(/^./, (c) => c.toUpperCase());
    films.push({
      ...model,
      id: `${model.id}-${i}`,
      title: `The ${pick(EN)} of ${pick(EN)} ${i}`,
      originalTitle: ru,
      russianTitle: ru,
      transliteration: transliterate(ru),
      language: 'ru',
      altTitles: [],
      year: 1924 + Math.floor(rnd() * 68),
      synopsis: 'A synthetic film for benchmarks.',
      facts: [model.facts[0]!],
    });
  }
  return { schemaVersion: 1, films };
}
