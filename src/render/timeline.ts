// Draws the timeline: a bar per year (or decade), watched films in a second shade, titles as room allows.
import type { Bucket } from '../core/timeline.js';
import type { Style } from './style.js';
import { cell, truncate } from './text.js';

export const MARKS = { film: '█', watched: '▓' } as const;

export function timelineChart(rows: readonly Bucket[], s: Style, columns: number, russianTitles = false, withTitles = true): string {
  const labelWidth = Math.max(...rows.map((r) => r.label.length));
  const most = Math.max(...rows.map((r) => r.films.length));
  const barRoom = Math.max(5, Math.min(most, Math.floor((columns - labelWidth - 8) / (withTitles ? 3 : 1))));
  const scale = most > barRoom ? barRoom / most : 1;
  return rows
    .map((r) => {
      const total = Math.max(1, Math.round(r.films.length * scale));
      const seen = Math.min(total, Math.round(r.watched * scale) || (r.watched > 0 ? 1 : 0));
      const bar = s.dim(MARKS.film.repeat(total - seen)) + s.good(MARKS.watched.repeat(seen));
      const barWidth = total;
      const count = String(r.films.length).padStart(3);
      let line = `${r.label.padStart(labelWidth)} ${count} ${bar}${' '.repeat(Math.max(0, barRoom - barWidth))}`;
      if (withTitles) {
        const room = columns - labelWidth - 5 - barRoom - 2;
        const titles = r.films.map((f) => cell(russianTitles ? f.russianTitle : f.title)).join(', ');
        if (room > 10) line += `  ${s.dim(truncate(titles, room))}`;
      }
      return `${line.trimEnd()}\n`;
    })
    .join('');
}
