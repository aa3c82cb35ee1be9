// Russian → Latin transliteration: the catalog's simplified BGN/PCGN form.

const VOWELS = new Set('аеёиоуыэюяАЕЁИОУЫЭЮЯ');
const SOFTENERS = new Set('ъьйЪЬЙ');

const TABLE: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Letters of other Cyrillic alphabets that turn up in Soviet titles.
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u',
};

/** Cased letters differ between cases: cheaper than a Unicode regex, and enough for Cyrillic and Latin. */
function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();
}

/** Lower case of a Cyrillic letter's code (А–Я, Ѐ–Џ, Ґ), else the code itself. */
function lowerCyrillic(c: number): number {
  if (c >= 0x410 && c <= 0x42f) return c + 0x20;
  if (c >= 0x400 && c <= 0x40f) return c + 0x50;
  return c === 0x490 ? 0x491 : c;
}

let byCode: Map<number, string> | undefined;

/**
 * Transliterates Cyrillic text, keeping case, punctuation and non-Cyrillic characters.
 * As in BGN/PCGN, е is "ye" at the start of a word and after a vowel, ъ, ь or й.
 * It works on character codes: `catalog check` runs it on every title in a fresh process, where a
 * string per character is memory that soon costs a garbage collection.
 */
export function transliterate(text: string): string {
  byCode ??= new Map(Object.entries(TABLE).map(([letter, latin]) => [letter.charCodeAt(0), latin]));
  let out = '';
  // By UTF-16 unit: every letter in the table is one; anything else is copied as it is.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const lower = lowerCyrillic(code);
    let latin = byCode.get(lower);
    if (latin === undefined) {
      out += text[i];
      continue;
    }
    const prev = text[i - 1];
    if (lower === 0x435 && (!isLetter(prev) || VOWELS.has(prev!) || SOFTENERS.has(prev!))) latin = 'ye';
    if (code !== lower && latin.length > 0) {
      // Capitalise only the first Latin letter unless the whole word is upper case.
      const next = text[i + 1];
      const shouting = next !== undefined && next !== next.toLowerCase() && isLetter(next);
      latin = shouting ? latin.toUpperCase() : latin[0]!.toUpperCase() + latin.slice(1);
    }
    out += latin;
  }
  return out;
}
