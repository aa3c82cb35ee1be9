// Shortens a card to the rows a terminal has left, so its title stays on screen above a menu.
import { width } from './text.js';

// eslint-disable-next-line no-control-regex
const ESCAPES = /\u001b\[[0-9;]*m|\u001b\]8;[^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/** How many terminal rows a line takes at this width (a long line wraps). */
export function rowsOf(line: string, columns: number): number {
  return Math.max(1, Math.ceil(width(line.replace(ESCAPES, '')) / Math.max(1, columns)));
}

/**
 * The card's first lines that fit in `rows` (the title first, so it is always kept), then `cut`
 * when anything was left out. A card that fits is returned as it is.
 */
export function fitCard(card: string, rows: number, columns: number, cut: string): string {
  const lines = card.replace(/\n$/, '').split('\n');
  const total = lines.reduce((n, l) => n + rowsOf(l, columns), 0);
  if (total <= rows) return card;
  const kept: string[] = [];
  let used = rowsOf(cut, columns);
  for (const line of lines) {
    const r = rowsOf(line, columns);
    if (kept.length > 0 && used + r > rows) break;
    kept.push(line);
    used += r;
  }
  while (kept.length > 1 && kept.at(-1)!.trim() === '') kept.pop();
  return `${kept.join('\n')}\n${cut}\n`;
}
