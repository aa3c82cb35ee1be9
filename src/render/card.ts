// Renders one film's card: what a person wants to know before pressing play.
import type { Film, FilmSummary } from '../core/types.js';
import type { Messages } from '../i18n.js';
import type { Style } from './style.js';
import { cell, wrap } from './text.js';

export function runtimeLabel(film: FilmSummary, m: Messages['card']): string {
  const parts = film.parts > 1 ? m.parts(film.parts) : '';
  const mins = film.runtimeMinutes === null ? m.unknownRuntime : `${film.runtimeMinutes} ${m.minutes}`;
  return [mins, m.formats[film.format], parts].filter(Boolean).join(', ');
}

export interface CardOptions {
  columns: number;
  /** The short card of the tonight prompt leaves out facts and links. */
  brief?: boolean;
  russianFirst?: boolean;
}

export function filmCard(film: Film, s: Style, m: Messages['card'], opts: CardOptions): string {
  // As wide as the terminal (up to 100): a card wider than its terminal wraps mid-word.
  const width = Math.max(16, Math.min(opts.columns, 100));
  const lines: string[] = [];
  const heading = opts.russianFirst ? [film.russianTitle, film.title] : [film.title, film.russianTitle];
  const [first, ...rest] = wrap(`${cell(heading[0])} (${film.year})`, width);
  lines.push(s.title(first!), ...rest.map((l) => s.title(l)));
  const alt = [heading[1], film.originalTitle !== film.russianTitle ? film.originalTitle : null, film.transliteration]
    .filter((t): t is string => Boolean(t))
    .map(cell);
  lines.push(...wrap(alt.join(' · '), width).map((l) => s.accent(l)));
  lines.push('');
  const labelWidth = Math.max(...[m.directedBy, m.starring, m.runtime, m.studio, m.genres, m.mood, m.basedOn, m.music].map((l) => l.length));
  // In a narrow terminal a label takes a line of its own, and its value the whole width below it.
  const narrow = width - labelWidth - 1 < 30;
  const field = (label: string, value: string) => {
    if (narrow) {
      lines.push(s.dim(label));
      lines.push(...wrap(cell(value), width, '  '));
    } else wrap(cell(value), width - labelWidth - 1).forEach((l, i) => lines.push(`${s.dim((i === 0 ? label : '').padEnd(labelWidth))} ${l}`));
  };
  field(m.directedBy, film.directors.join(', '));
  field(m.starring, film.cast.join(', '));
  field(m.runtime, runtimeLabel(film, m));
  const studio = [film.studio, film.republic].filter(Boolean).join(', ');
  if (studio) field(m.studio, studio);
  field(m.genres, film.genres.join(', '));
  field(m.mood, film.moods.join(', '));
  if (!opts.brief) {
    if (film.basedOn) field(m.basedOn, film.basedOn);
    if (film.composer) field(m.music, film.composer);
  }
  lines.push('');
  lines.push(...wrap(cell(film.synopsis), width));
  lines.push('');
  wrap(`${m.loveStory} ${cell(film.love)}`, width).forEach((l, i) => lines.push(i === 0 ? s.bold(m.loveStory) + l.slice(m.loveStory.length) : l));
  if (!opts.brief) {
    lines.push('');
    lines.push(s.bold(m.trueStory));
    for (const fact of film.facts) {
      wrap(cell(fact.text), width - 2).forEach((l, i) => lines.push(`${i === 0 ? '• ' : '  '}${l}`));
      lines.push(`  ${s.dim(m.source)} ${s.link(cell(fact.source), cell(fact.source))}`);
    }
    const links = [
      film.links.wikipedia ? s.link('Wikipedia', cell(film.links.wikipedia)) : null,
      film.links.wikipediaRu ? s.link('Википедия', cell(film.links.wikipediaRu)) : null,
    ].filter(Boolean);
    if (links.length > 0) {
      lines.push('');
      lines.push(s.dim(m.readMore));
      for (const link of links) lines.push(`  ${link}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
