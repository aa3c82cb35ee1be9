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

/**
 * Transliterates Cyrillic text, keeping case, punctuation and non-Cyrillic characters.
 * As in BGN/PCGN, е is "ye" at the start of a word and after a vowel, ъ, ь or й.
 */
export function transliterate(text: string): string {
  const chars = [...text];
  let out = '';
  chars.forEach((ch, i) => {
    const lower = ch.toLowerCase();
    let latin = TABLE[lower];
    if (latin === undefined) {
      out += ch;
      return;
    }
    const prev = chars[i - 1];
    if (lower === 'е' && (!isLetter(prev) || VOWELS.has(prev!) || SOFTENERS.has(prev!))) latin = 'ye';
    if (ch !== lower && latin.length > 0) {
      // Capitalise only the first Latin letter unless the whole word is upper case.
      const next = chars[i + 1];
      const shouting = next !== undefined && next !== next.toLowerCase() && isLetter(next);
      latin = shouting ? latin.toUpperCase() : latin[0]!.toUpperCase() + latin.slice(1);
    }
    out += latin;
  });
  return out;
}
