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

// Apostrophes mark the soft sign in scholarly romanisation ("sud’by"): they join words, not split them.
const APOSTROPHES = new Set(["'", '’', 'ʹ', 'ʼ', '`', '´', '"'].map((c) => c.charCodeAt(0)));

const SPACE = 32;
const code = (c: string) => c.charCodeAt(0);
const [A, E, I, O, U, Z, ZERO, NINE] = ['a', 'e', 'i', 'o', 'u', 'z', '0', '9'].map(code) as [number, number, number, number, number, number, number, number];
const [C, F, H, J, K, N, P, S, T, V, W, X, Y] = ['c', 'f', 'h', 'j', 'k', 'n', 'p', 's', 't', 'v', 'w', 'x', 'y'].map(code) as number[] as [
  number, number, number, number, number, number, number, number, number, number, number, number, number,
];

let folds: Map<number, number[]> | undefined;
/**
 * Non-ASCII characters folded to Latin letter codes, built from the tables above on first use:
 * commands that never fold a key (list, pick, the diary) never pay for it.
 */
function foldTable(): Map<number, number[]> {
  if (folds) return folds;
  folds = new Map();
  for (const [from, to] of Object.entries({ ...CYRILLIC, ...LATIN_SPECIAL })) {
    const codes = [...to].map(code);
    folds.set(code(from), codes);
    folds.set(code(from.toUpperCase()), codes);
  }
  return folds;
}

const isDigit = (c: number) => c >= ZERO && c <= NINE;
const isLetter = (c: number) => c >= A && c <= Z;
const isVowel = (c: number | undefined) => c === A || c === E || c === I || c === O || c === U;
const isConsonant = (c: number | undefined) => c !== undefined && isLetter(c) && !isVowel(c);

/** Latin codes for a non-ASCII character (empty for ь and ъ), or null when it is not a letter. */
function foldOther(ch: string): number[] | null {
  const known = foldTable().get(ch.charCodeAt(0));
  if (known) return known;
  // NFKD: full-width and other compatibility forms (ＩＲＯＮＹ, ﬁ) fold to their plain letters.
  const base = ch.normalize('NFKD').toLowerCase().replace(/\p{M}/gu, '');
  const mapped = foldTable().get(base.charCodeAt(0));
  if (mapped) return mapped;
  const letters = [...base].map(code).filter((c) => isLetter(c) || isDigit(c));
  return letters.length > 0 ? letters : null;
}


/**
 * Rewrites the end of `out` after each new letter until no rule applies, so the key is reduced in
 * one pass and reducing it again changes nothing. The rules merge the spellings that different
 * schemes give one sound: shch/sch→sh, kh→h, ts/tz/tc→c, ph→f, a consonant's "io"→e (ё written
 * yo), "ie"→e (BGN's ye, and ье written "ye": Dzhulyetta, Vasilyev), doubled letters once.
 */
function rewriteTail(out: number[]): void {
  for (;;) {
    const n = out.length;
    const a = out[n - 4];
    const b = out[n - 3];
    const c = out[n - 2];
    const d = out[n - 1];
    if (d === undefined) return;
    // Each rule replaces the last two letters (c, d) with at most one; a, b are context.
    let keep: number | undefined;
    if (d === c && isLetter(d)) keep = d;
    else if (a === S && b === H && c === C && d === H) keep = -1;
    else if ((b === S && c === C && d === H) || (c === K && d === H)) keep = H;
    else if (c === T && (d === S || d === Z || d === C)) keep = C;
    else if (c === P && d === H) keep = F;
    else if (c === I && d === O && isConsonant(b)) keep = E;
    else if (c === I && d === E) keep = E;
    else return;
    if (keep === -1) out.length = n - 2;
    else {
      out[n - 2] = keep;
      out.length = n - 1;
    }
  }
}

/** Drops the word just finished when it is an English article (a, an, the). */
function dropArticle(out: number[]): void {
  let start = out.length;
  while (start > 0 && out[start - 1] !== SPACE) start--;
  const len = out.length - start;
  const a = out[start];
  const isArticle =
    (len === 1 && a === A) || (len === 2 && a === A && out[start + 1] === N) || (len === 3 && a === T && out[start + 1] === H && out[start + 2] === E);
  if (isArticle) out.length = start > 0 ? start - 1 : 0;
}

/** Adds one letter or digit code to the key, merging spellings as it goes. */
function addLetter(out: number[], c: number): void {
  // Single letters that schemes spell differently: x is ks, w is v, j and y are i.
  if (c === X) {
    out.push(K);
    rewriteTail(out);
    c = S;
  } else if (c === W) c = V;
  else if (c === J || c === Y) c = I;
  out.push(c);
  rewriteTail(out);
}

/** Ends the word being built: drops it if it is an article, then adds one space. */
function endWord(out: number[]): void {
  if (out.length === 0 || out[out.length - 1] === SPACE) return;
  dropArticle(out);
  if (out.length > 0) out.push(SPACE);
}

/**
 * The canonical search key of a text: idempotent, and equal for a Cyrillic title and its
 * transliterations. Case, Cyrillic, diacritics and punctuation are folded in one pass over the text.
 */
// One buffer for every call: folding a 100,000-film catalog allocates nothing but the keys themselves.
const buffer: number[] = [];

export function searchKey(text: string): string {
  const out = buffer;
  out.length = 0;
  // Folding is the one costly step of a search; a query cut to MAX_QUERY keeps every command quick.
  const end = Math.min(text.length, MAX_QUERY);
  for (let i = 0; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) c += 32;
      if (isLetter(c) || isDigit(c)) addLetter(out, c);
      else if (!APOSTROPHES.has(c)) endWord(out);
      continue;
    }
    if (APOSTROPHES.has(c)) continue;
    const folded = foldTable().get(c) ?? foldOther(text[i]!);
    if (folded === null) endWord(out);
    else {
      for (let k = 0; k < folded.length; k++) {
        const f = folded[k]!;
        if (isLetter(f) || isDigit(f)) addLetter(out, f);
      }
    }
  }
  endWord(out);
  if (out[out.length - 1] === SPACE) out.pop();
  return String.fromCharCode.apply(null, out);
}

const QWERTY = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
const JCUKEN = 'йцукенгшщзхъфывапролджэячсмитьбюё';

/** Reads text typed with the wrong keyboard layout: "ktnzn ;ehfdkb" → "летят журавли", and back. */
export function swapKeyboardLayout(text: string): string {
  let out = '';
  for (const ch of text.slice(0, MAX_QUERY).toLowerCase()) {
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

/**
 * Characters that must never reach a terminal as they are: C0 and C1 controls, DEL, the line and
 * paragraph separators, and the bidirectional overrides that make text read other than it is.
 */
// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
// Our own styles (SGR colours, OSC 8 links) and CSV's CRLF, then any single unsafe character.
// eslint-disable-next-line no-control-regex
const UNSAFE = /\u001b\[[0-9;]*m|\u001b\]8;;[^\u0000-\u001f\u007f-\u009f]*\u0007|\r\n|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * What every string written to stdout or stderr passes through (src/io/stdio.ts): newlines and
 * tabs stay, CSV's CRLF stays where asked (stdout), our own colour and link sequences stay when
 * styling is on, and every other control character is dropped.
 */
export function terminalSafe(text: string, keepStyles: boolean, keepCrlf = true): string {
  if (!CONTROL.test(text)) return text;
  return text.replace(UNSAFE, (s) => (s === '\r\n' ? (keepCrlf ? s : '\n') : s.length > 1 && keepStyles ? s : ''));
}

/** How much of a value typed or read is echoed back in a message. */
export const ECHO_MAX = 80;

/** A value as a message echoes it: at most ECHO_MAX characters, the middle cut with "…". */
export function echo(value: string): string {
  if (value.length <= ECHO_MAX) return value;
  // Cut between characters, never inside a surrogate pair (an emoji, a rare CJK character).
  const high = (at: number) => value.charCodeAt(at) >= 0xd800 && value.charCodeAt(at) <= 0xdbff;
  const half = (ECHO_MAX - 1) >> 1;
  const head = high(half - 1) ? half - 1 : half;
  const tail = high(value.length - half - 1) ? value.length - half + 1 : value.length - half;
  return `${value.slice(0, head)}…${value.slice(tail)}`;
}

/** A query is read up to this many characters: no title or name is longer, and folding costs by length. */
export const MAX_QUERY = 200;
