// `tonight`: the interactive picker — mood, time, era, then one film at a time with a menu.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import type { FilterSpec, Film } from '../core/types.js';
import { applyFilters, predicates } from '../core/filters.js';
import { NotFoundError, UsageError } from '../core/errors.js';
import { answeredInAdvance, applyAnswer, choicesFor, type Question } from '../core/tonight.js';
import { drawFilms, isNewYear } from '../core/pick.js';
import { localDate } from '../core/diary.js';
import { MOOD_LABELS, type Mood } from '../core/vocab.js';
import { MESSAGES, type Messages } from '../i18n.js';
import { filmCard } from '../render/card.js';
import { cell } from '../render/text.js';
import { appendDiary } from '../io/diary.js';
import { addFilterOptions, readFilters, type FilterOptions } from './filters.js';
import { examples } from './help.js';
import { parseDateOption } from './dates.js';
import { afterWatched, chooseSource, saveFromMenu, saveItem } from './tonight-lists.js';

export interface TonightOptions extends FilterOptions {
  date?: string;
  input?: boolean;
}

export function register(program: Command, ctx: () => Context): void {
  const cmd = program
    .command('tonight')
    .description("answer three questions and get tonight's film (needs a terminal)")
    .option('--date <YYYY-MM-DD>', 'the day it is (default today); also the date "mark as watched" records')
    .option('--no-input', 'never prompt (exits 2: use pick instead)');
  addFilterOptions(cmd);
  examples(cmd, [
    ['soviet-love tonight', 'mood → time → era → a film'],
    ['soviet-love tonight --mood light', 'the mood question answered in advance'],
    ['soviet-love', 'the same, in a terminal'],
  ]);
  cmd.action((opts: TonightOptions) => runTonight(ctx(), opts));
}

function questionLabel(q: Question, value: string, m: Messages): string {
  const p = m.prompt;
  if (value === 'any') return `${p.any} (${p.surprise})`;
  if (q === 'mood') {
    const mood = MOOD_LABELS[value as Mood];
    return `${mood[m.lang]} — ${mood.promise[m.lang]}`;
  }
  if (q === 'time') return value === 'long' ? `${p.longEvening} (${p.hours.long})` : p.upTo(p.hours[value as keyof typeof p.hours] ?? value);
  return value === 'before-1950' ? p.before1950 : p.decade(Number(value.slice(0, 4)));
}

async function ask(ctx: Context, films: readonly Film[], spec: FilterSpec): Promise<FilterSpec> {
  const { choose } = await import('../io/prompts.js');
  const m = MESSAGES[ctx.lang];
  const titles: Record<Question, string> = { mood: m.prompt.mood, time: m.prompt.time, era: m.prompt.era };
  let current = spec;
  for (const q of ['mood', 'time', 'era'] as const) {
    if (answeredInAdvance(spec, q)) continue;
    // inquirer prints a disabled choice as "name label", so the count goes in one place only.
    const choices = choicesFor(q, films, current).map((c) => ({
      name: c.disabled ? questionLabel(q, c.value, m) : `${questionLabel(q, c.value, m)}  ${m.prompt.films(c.count)}`,
      value: c.value,
      disabled: c.disabled ? m.prompt.films(0) : false,
    }));
    current = applyAnswer(current, q, await choose(ctx, titles[q], choices, 'any'));
  }
  return current;
}

export async function runTonight(ctx: Context, opts: TonightOptions): Promise<void> {
  const m = MESSAGES[ctx.lang];
  if (!ctx.interactive || opts.input === false) {
    throw new UsageError((t) => t.needTerminal('tonight'), [(t) => t.errors.pickExample]);
  }
  const date = opts.date !== undefined ? parseDateOption(opts.date) : localDate(ctx.now());
  const base = readFilters(opts);
  const { choose } = await import('../io/prompts.js');
  const shown = new Set<string>();
  const s = ctx.stdout.style;
  const card = (film: Film, brief: boolean) =>
    filmCard(film, s, m, { columns: ctx.stdout.columns, brief, russianFirst: ctx.lang === 'ru' });

  for (;;) {
    // Watched films are left out, and so is every film already suggested this session.
    const watched = ctx.watchedIds();
    const unseen = applyFilters(ctx.films(), predicates({ ...base, unwatched: false })).filter((f) => !watched.has(f.id));
    if (unseen.length === 0) throw new NotFoundError((t) => t.nothingFits(t.errors.allSeen));
    const pool = await chooseSource(ctx, unseen);
    const spec = await ask(ctx, pool, { ...base, unwatched: false });
    const fits = () => applyFilters(pool, predicates(spec)).filter((f) => !shown.has(f.id) && !ctx.watchedIds().has(f.id));
    let film: Film | undefined = drawFilms(fits(), 1, ctx.random, shown.size === 0 ? date : '')[0];
    if (film && isNewYear(date) && film.id === 'irony-of-fate' && shown.size === 0) ctx.stdout.write(`\n${s.bold(m.prompt.newYear)}\n`);
    let fresh = true;
    for (;;) {
      if (fresh) {
        if (film) shown.add(film.id);
        ctx.stdout.write(film ? `\n${card(film, true)}\n` : `\n${m.prompt.noMore}\n`);
        fresh = false;
      }
      const seen = film !== undefined && ctx.watchedIds().has(film.id);
      const menu = [
        { name: m.prompt.another, value: 'another', disabled: fits().length === 0 ? m.prompt.noMore : false },
        { name: m.prompt.details, value: 'details', disabled: !film },
        { name: m.watch.menu, value: 'watch', disabled: !film },
        { name: m.prompt.markWatched, value: 'watched', disabled: !film || seen },
        saveItem(ctx, film),
        { name: m.prompt.startOver, value: 'over' },
        { name: m.prompt.quit, value: 'quit' },
      ];
      const action = await choose(ctx, m.prompt.next, menu, fits().length > 0 ? 'another' : 'over');
      if (action === 'quit') return;
      if (action === 'over') break;
      if (action === 'another') {
        film = drawFilms(fits(), 1, ctx.random, '')[0];
        fresh = true;
      } else if (action === 'details' && film) {
        ctx.stdout.write(`\n${card(film, false)}`);
      } else if (action === 'watch' && film) {
        // Opens the film and records nothing: marking it watched stays the user's choice.
        await (await import('./watch.js')).watchNow(ctx, film);
      } else if (action === 'watched' && film) {
        appendDiary(ctx.diaryFile, ctx.diaryDir, { op: 'watch', id: film.id, watchedOn: date, rating: null, at: ctx.now().toISOString() });
        ctx.resetDiary();
        ctx.stdout.write(`${s.good(m.prompt.marked(cell(film.title), date))}\n`);
        await afterWatched(ctx, film);
      } else if (action === 'save' && film) {
        saveFromMenu(ctx, film);
      }
    }
  }
}
