// Search keys: one canonical Latin form per text, so every spelling of a Russian title meets on it.

// A deliberately plain one-to-one table; the reductions below absorb the differences between schemes.
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  і: 'i', ї: 'i', є: 'e', ґ: 'g', ў: 'u',
};

// Scholarly and Czech-style letters that a plain diacritic fold would get wrong.
const LATIN_SPECIAL: Record<string, string> = {
  ž: 'zh', š: 'sh', č: 'ch', ŝ: 'shch', ć: 'ch', ś: 's', ź: 'z', ł: 'l', ə: 'a', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o',
};

const ARTICLES = new Set(['the', 'a', 'an']);

// Applied in order to Latin text; each merges the spellings that different schemes give one sound.
const REDUCTIONS: [RegExp, string][] = [
  [/shch|sch|shh/g, 'sh'],
  [/kh/g, 'h'],
  [/x/g, 'ks'],
  [/tch/g, 'ch'],
  [/t[sz]|tc(?!h)/g, 'c'],
  [/w/g, 'v'],
  [/ph/g, 'f'],
  [/[jy]/g, 'i'],
  [/([bcdfghklmnpqrstvz])io/g, '$1e'], // ё written yo/io after a consonant reads as е
  [/(^|[aeiou ])ie/g, '$1e'], // BGN's "ye" for е after a vowel or at a word's start
  [/([a-z])\1+/g, '$1'], // doubled letters: "Stantsionnyy" / "Stantsionny"
];

/** Folds case, Cyrillic, diacritics and punctuation: the shared first step of every key. */
function toPlainLatin(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC').toLowerCase()) {
    out += CYRILLIC[ch] ?? LATIN_SPECIAL[ch] ?? ch;
  }
  return out
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    // Apostrophes mark the soft sign in scholarly romanisation ("sud’by"); they join, not split, words.
    .replace(/['’ʹʼ`´"]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The canonical search key of a text: idempotent, and equal for a Cyrillic title and its transliterations. */
export function searchKey(text: string): string {
  let key = toPlainLatin(text);
  // Reductions can create new matches ("щч" → "shchch" → "shch"), so run them to a fixed point.
  for (let pass = 0; pass < 5; pass++) {
    let next = key;
    for (const [pattern, replacement] of REDUCTIONS) next = next.replace(pattern, replacement);
    if (next === key) break;
    key = next;
  }
  return key
    .split(' ')
    .filter((w) => w !== '' && !ARTICLES.has(w))
    .join(' ');
}

const QWERTY = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
const JCUKEN = 'йцукенгшщзхъфывапролджэячсмитьбюё';

/** Reads text typed with the wrong keyboard layout: "ktnzn ;ehfdkb" → "летят журавли", and back. */
export function swapKeyboardLayout(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) {
    const latin = QWERTY.indexOf(ch);
    const cyr = JCUKEN.indexOf(ch);
    out += latin >= 0 ? JCUKEN[latin] : cyr >= 0 ? QWERTY[cyr] : ch;
  }
  return out;
}

/** Strips control characters so nothing from the catalog or the user steers the terminal. */
export function stripControl(text: string): string {
  // C0 and C1 controls plus DEL; tabs and newlines go too, since output records are tab- and line-separated.
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}
