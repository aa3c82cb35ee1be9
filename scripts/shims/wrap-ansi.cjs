// Bundled in place of wrap-ansi for the prompts (see scripts/build.mjs): a line that surely fits is
// returned as it is, and only a longer one loads the real wrap-ansi. Loading it and its first call
// (ansi-styles' colour tables, the emoji expression) cost about 10 ms before the first question,
// and almost every line a prompt draws fits.
'use strict';

// eslint-disable-next-line no-control-regex
const ESCAPES = /\u001b\[[0-9;]*m|\u001b\]8;[^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
/**
 * Characters string-width counts as one column, checked against it in test/unit/wrap-shim.test.ts:
 * printable ASCII and Latin-1 (less © and ®, which it may count as emoji), Cyrillic, and the
 * symbols our prompts draw. Anything else counts as two here, never less than string-width says.
 */
const NARROW = /[\x20-\x7e\u00a0-\u00a8\u00aa-\u00ad\u00af-\u00ff\u0400-\u04ff\u2013\u2014\u2022\u2026\u2190-\u2193\u23ce\u2605\u2606\u25c9\u25ef\u2714\u2716\u276f]/;

/** A width never below what string-width would say. */
function widthAtMost(line) {
  const plain = line.replace(ESCAPES, '');
  let width = 0;
  for (const ch of plain) width += NARROW.test(ch) ? 1 : 2;
  return width;
}

let real;

module.exports = (string, columns, options) => {
  const text = String(string);
  if (!text.includes('\n') && !text.includes('\r') && widthAtMost(text) <= columns) return text;
  real ??= require('wrap-ansi');
  return real(string, columns, options);
};
module.exports.widthAtMost = widthAtMost;
module.exports.NARROW = NARROW;
