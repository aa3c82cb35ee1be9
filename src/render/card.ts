// Renders one film's card: what a person wants to know before pressing play.
import type { Film, FilmSummary } from '../core/types.js';
import type { Messages } from '../i18n.js';
import { names, text } from '../core/bilingual.js';
import { GENRE_LABELS, MOOD_LABELS, REPUBLIC_NAMES_RU } from '../core/vocab.js';
import type { Style } from './style.js';
import { cell, wrap } from './text.js';
import { watchOptions } from '../core/watch.js';
import { WATCH_SOURCES, type StudioSource } from '../core/watch-sources.js';

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
  /** The table of studio sources (tests give their own). */
  watchSources?: readonly StudioSource[];
}

/** "1976, made 1975": the release year, and the year it was made where that differs. */
export function yearLabel(film: FilmSummary, m: Messages['card']): string {
  return film.productionYear === null ? String(film.year) : `${film.year}, ${m.made(film.productionYear)}`;
}

export function filmCard(film: Film, s: Style, messages: Messages, opts: CardOptions): string {
  const m = messages.card;
  const lang = messages.lang;
  // As wide as the terminal (up to 100): a card wider than its terminal wraps mid-word.
  const width = Math.max(16, Math.min(opts.columns, 100));
  const lines: string[] = [];
  const heading = opts.russianFirst ? [film.russianTitle, film.title] : [film.title, film.russianTitle];
  const [first, ...rest] = wrap(`${cell(heading[0])} (${yearLabel(film, m)})`, width);
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
  field(m.directedBy, names(film.directors, lang));
  field(m.starring, names(film.cast, lang));
  field(m.runtime, runtimeLabel(film, m));
  const republic = film.republic && (lang === 'ru' ? REPUBLIC_NAMES_RU[film.republic] : film.republic);
  const studio = [text(film.studio, lang), republic].filter(Boolean).join(', ');
  if (studio) field(m.studio, studio);
  field(m.genres, film.genres.map((g) => GENRE_LABELS[g][lang]).join(', '));
  field(m.mood, film.moods.map((x) => MOOD_LABELS[x][lang]).join(', '));
  if (!opts.brief) {
    if (film.basedOn) field(m.basedOn, text(film.basedOn, lang));
    if (film.composer) field(m.music, text(film.composer, lang));
  }
  lines.push('');
  lines.push(...wrap(cell(text(film.synopsis, lang)), width));
  lines.push('');
  wrap(`${m.loveStory} ${cell(text(film.love, lang))}`, width).forEach((l, i) => lines.push(i === 0 ? s.bold(m.loveStory) + l.slice(m.loveStory.length) : l));
  if (!opts.brief) {
    lines.push('');
    lines.push(s.bold(m.trueStory));
    for (const fact of film.facts) {
      wrap(cell(text(fact.text, lang)), width - 2).forEach((l, i) => lines.push(`${i === 0 ? '• ' : '  '}${l}`));
      lines.push(`  ${s.dim(m.source)} ${s.link(cell(fact.source), cell(fact.source))}`);
    }
    const links = [
      film.links.wikipedia ? s.link(m.wikipediaEn, cell(film.links.wikipedia)) : null,
      film.links.wikipediaRu ? s.link(m.wikipediaRu, cell(film.links.wikipediaRu)) : null,
    ].filter(Boolean);
    if (links.length > 0) {
      lines.push('');
      lines.push(s.dim(m.readMore));
      for (const link of links) lines.push(`  ${link}`);
    }
  }
  lines.push('', ...watchSection(film, s, messages, width, opts));
  return `${lines.join('\n')}\n`;
}

/**
 * "Watch": what each place is (a film's own page, a search on its studio's channel, a web search)
 * and its address. The brief card shows the best one, the one "Watch it now" opens.
 */
function watchSection(film: Film, s: Style, messages: Messages, width: number, opts: CardOptions): string[] {
  const options = watchOptions(film, messages, opts.watchSources ?? WATCH_SOURCES);
  const lines = [s.bold(messages.watch.heading)];
  for (const option of opts.brief ? options.slice(0, 1) : options) {
    wrap(cell(option.label), width - 2).forEach((l, i) => lines.push(`${i === 0 ? '• ' : '  '}${l}`));
    lines.push(`  ${s.link(cell(option.url), cell(option.url))}`);
  }
  return lines;
}
