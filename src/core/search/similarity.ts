// How alike two words or names are: edit distance, word similarity, and the --director name match.
import { searchKey } from './normalize.js';

/** 1 for the same word, 0.9 for a prefix, then by edit distance; 0 when they are not alike. */
export function wordSimilarity(w: string, x: string): number {
  if (w === x) return 1;
  if (w.length >= 4 && x.startsWith(w)) return 0.9;
  if (Math.abs(w.length - x.length) > Math.max(w.length, x.length) * 0.3) return 0;
  const ratio = 1 - editDistance(w, x) / Math.max(w.length, x.length);
  return ratio >= 0.7 ? ratio * 0.95 : 0;
}

/** Does a name (any script, any spelling) match the query? Used by --director. */
export function nameMatches(query: string, name: string): boolean {
  const q = searchKey(query);
  const n = searchKey(name);
  if (q === '') return false;
  if (` ${n} `.includes(` ${q} `) || n.includes(q)) return true;
  // Every query word must be close to some word of the name: "tarkovski" ~ "tarkovsky".
  const nameWords = n.split(' ');
  return q.split(' ').every((w) => nameWords.some((nw) => editDistance(w, nw) <= Math.floor(Math.max(w.length, nw.length) / 4)));
}

/** Two rows of the edit-distance table, reused by every call (grown when a longer word comes). */
let rows = new Int32Array(64);

function editDistance(a: string, b: string): number {
  if (rows.length < 2 * (b.length + 1)) rows = new Int32Array(4 * (b.length + 1));
  let prev = rows.subarray(0, b.length + 1);
  let cur = rows.subarray(b.length + 1, 2 * (b.length + 1));
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (c === b.charCodeAt(j - 1) ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}
