// Makes large, valid synthetic catalogs for the benchmarks, derived from the real films.
import type { Catalog, Film } from '../src/core/types.js';
import { transliterate } from '../src/core/search/translit.js';
import { seededRandom } from '../src/core/pick.js';

// Enough syllables and words that titles vary as real ones do, not so many that search is easy.
const CONSONANTS = [...'бвгджзклмнпрстфхцчшщ'];
const VOWELS = [...'аеиоуыэюяё'];
const EN = [
  'love', 'winter', 'river', 'night', 'station', 'letter', 'song', 'garden', 'city', 'summer', 'sea', 'road', 'heart',
  'star', 'bridge', 'autumn', 'spring', 'ballad', 'romance', 'miracle', 'waltz', 'snow', 'train', 'house', 'window',
  'wedding', 'island', 'village', 'soldier', 'girl', 'stranger', 'mother', 'music', 'rain', 'dream', 'morning',
];

export function syntheticCatalog(base: readonly Film[], size: number, seed = 1): Catalog {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const word = () => Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => pick(CONSONANTS) + pick(VOWELS)).join('');
  const films: Film[] = [];
  for (let i = 0; i < size; i++) {
    const model = base[i % base.length]!;
    // Its story: the model film's own (real words, as common as they are in real synopses), plus
    // names of its own people and places, which make most of a real catalog's vocabulary.
    const [person, place] = [word(), `${word()}ово`].map((w) => w.replace(/^./, (c) => c.toUpperCase()));
    const [personEn, placeEn] = [transliterate(person!), transliterate(place!)];
    const ru = `${word()} ${word()} ${i}`.replace(/^./, (c) => c.toUpperCase());
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
      productionYear: null,
      synopsis: { en: `${model.synopsis.en} ${personEn} lives in ${placeEn}.`, ru: `${model.synopsis.ru} ${person} живёт в ${place}.` },
      keywords: { en: [...model.keywords.en.slice(0, 13), personEn, placeEn], ru: [...model.keywords.ru.slice(0, 13), person!, place!] },
      facts: [model.facts[0]!],
    });
  }
  return { schemaVersion: 2, films };
}
