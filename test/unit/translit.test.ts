// The transliteration works on character codes for speed; it must say exactly what the plain
// per-character reading of the rule says, for any text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { transliterate } from '../../src/core/search/translit.js';

/** The rule read plainly, one character string at a time (the simplified BGN/PCGN form). */
function reference(text: string): string {
  const table: Record<string, string> = {
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y',
    к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
    х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
    і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u',
  };
  const isLetter = (ch: string | undefined) => ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();
  const chars = text.split('');
  return chars
    .map((ch, i) => {
      const lower = ch.toLowerCase();
      let latin = table[lower];
      if (latin === undefined) return ch;
      const prev = chars[i - 1];
      if (lower === 'е' && (!isLetter(prev) || 'аеёиоуыэюяАЕЁИОУЫЭЮЯъьйЪЬЙ'.includes(prev!))) latin = 'ye';
      if (ch !== lower && latin.length > 0) {
        const next = chars[i + 1];
        const shouting = next !== undefined && next !== next.toLowerCase() && isLetter(next);
        latin = shouting ? latin.toUpperCase() : latin[0]!.toUpperCase() + latin.slice(1);
      }
      return latin;
    })
    .join('');
}

const LETTERS = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯіїєґўІЇЄҐЎ abcXYZ-«»,.!1';

describe('transliterate', () => {
  it('agrees with the plain reading of the rule on any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LETTERS), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(transliterate(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(transliterate(text)).toBe(reference(text));
      }),
    );
  });

  it('gives the catalog forms', () => {
    expect(transliterate('Ирония судьбы, или С лёгким паром!')).toBe('Ironiya sudby, ili S lyogkim parom!');
    expect(transliterate('Ёлка')).toBe('Yolka');
    expect(transliterate('ЁЛКА')).toBe('YOLKA');
    expect(transliterate('Подъезд')).toBe('Podyezd');
  });
});
