// `tonight`: the interactive picker — mood, time, era, then one film at a time with a menu.
import { Option, type Command } from 'commander';
import type { Context } from '../context.js';
import type { FilterSpec, Film, FilmMoods, FilmSummary } from '../core/types.js';
import { applyFilters, predicates, whyEmpty } from '../core/filters.js';
import { NotFoundError, UsageError } from '../core/errors.js';
import { answeredInAdvance, applyAnswer, choicesFor, moodChoices, type Question } from '../core/tonight.js';
import { leaveOutWatched } from '../core/together.js';
import { drawFilms, isNewYear, seededRandom } from '../core/pick.js';
import { localDate } from '../core/diary.js';
import { MOOD_LABELS, type Mood } from '../core/vocab.js';
import { MESSAGES, type Messages } from '../i18n.js';
import { filmCard } from '../render/card.js';
import { fittedCard, markWatched } from './evening.js';
import { addFilterOptions, readFilters, type FilterOptions } from './filters.js';
import { examples } from './help.js';
import { parseDateOption } from './dates.js';
import { afterWatched, chooseSource, saveFromMenu, saveItem } from './tonight-lists.js';
import { parseSeed } from './pick.js';

export interface TonightOptions extends FilterOptions {
  date?: string;
  input?: boolean;
  together?: boolean;
  seed?: string;
  includeWatched?: boolean;
  /** Set by a bare `soviet-love` in a terminal: ask "Just me / The two of us" first. */
  welcome?: boolean;
}

export function register(program: Command, ctx: () => Context): void {
  const cmd = program
    .command('tonight')
    .description("answer three questions and get tonight's film (needs a terminal)")
    .option('--date <YYYY-MM-DD>', 'the day it is (default today); also the date "mark as watched" records')
    .option('--no-input', 'never prompt (exits 2: use pick instead)')
    .option('--together', 'for two people: each answers in turn, three films are offered, each strikes one')
    .option('--seed <n>', 'a number that makes the suggestions (and the offer for two) reproducible')
    .option('--include-watched', 'also suggest films from your diary')
    .addOption(new Option('--welcome').hideHelp());
  addFilterOptions(cmd);
  examples(cmd, [
    ['soviet-love tonight', 'mood → time → era → a film'],
    ['soviet-love tonight --mood light', 'the mood question answered in advance'],
    ['soviet-love tonight --together', 'one film for two: answer in turn, then strike'],
    ['soviet-love', 'the same, in a terminal'],
  ]);
  cmd.action((opts: TonightOptions) => runTonight(ctx(), opts));
}

export function questionLabel(q: Question, value: string, m: Messages): string {
  const p = m.prompt;
  if (value === 'any') return `${p.any} (${p.surprise})`;
  if (q === 'mood') {
    const mood = MOOD_LABELS[value as Mood];
    return `${mood[m.lang]} — ${mood.promise[m.lang]}`;
  }
  if (q === 'time') return value === 'long' ? `${p.longEvening} (${p.hours.long})` : p.upTo(p.hours[value as keyof typeof p.hours] ?? value);
  return value === 'before-1950' ? p.before1950 : p.decade(Number(value.slice(0, 4)));
}

/**
 * The three questions, over the films `films` gives; with `quick` (the same films' moods, when no
 * filter was given), the mood question is counted from those and `films` is first called after it.
 */
async function ask(ctx: Context, films: () => readonly FilmSummary[], spec: FilterSpec, quick?: readonly FilmMoods[]): Promise<FilterSpec> {
  const { choose } = await import('../io/prompts.js');
  const m = MESSAGES[ctx.lang];
  const titles: Record<Question, string> = { mood: m.prompt.mood, time: m.prompt.time, era: m.prompt.era };
  let current = spec;
  for (const q of ['mood', 'time', 'era'] as const) {
    if (answeredInAdvance(spec, q)) continue;
    // inquirer prints a disabled choice as "name label", so the count goes in one place only.
    const choices = (q === 'mood' && quick ? moodChoices(quick) : choicesFor(q, films(), current)).map((c) => ({
      name: c.disabled ? questionLabel(q, c.value, m) : `${questionLabel(q, c.value, m)}  ${m.prompt.films(c.count)}`,
      value: c.value,
      disabled: c.disabled ? m.prompt.films(0) : false,
    }));
    current = applyAnswer(current, q, await choose(ctx, titles[q], choices, 'any'));
  }
  return current;
}

/**
 * The films to suggest: the filters' films, without those in the diary unless asked. When there
 * are none, says what emptied the list, as pick and list do.
 */
export function tonightPool(ctx: Context, base: FilterSpec, includeWatched: boolean): FilmSummary[] {
  const preds = predicates({ ...base, unwatched: false });
  const fitting = applyFilters(ctx.summaries(), preds);
  if (fitting.length === 0) {
    const why = whyEmpty(ctx.summaries(), preds);
    throw new NotFoundError((t) => t.nothingFits(why(t)));
  }
  return unwatched(ctx, fitting, includeWatched);
}

/** The films left once the diary's are left out (unless asked); none left is an error. */
function unwatched<F extends FilmMoods>(ctx: Context, films: readonly F[], includeWatched: boolean): F[] {
  const pool = leaveOutWatched(films, includeWatched ? new Set() : ctx.watchedIds(), includeWatched);
  if (pool.length === 0) throw new NotFoundError((t) => t.errors.allWatched, [(t) => t.errors.allWatchedHint.replace('--include-watched', 'tonight --include-watched')]);
  return pool;
}

/**
 * With no filter given, the pool as the first question needs it: each film's id and moods, from
 * the build's small table of them, so that question is drawn before the summaries are read (they
 * are read once it is answered). Undefined when a filter is given: tonightPool answers then.
 */
function quickPool(ctx: Context, base: FilterSpec, includeWatched: boolean): FilmMoods[] | undefined {
  if (predicates({ ...base, unwatched: false }).length > 0) return undefined;
  const films = ctx.moods();
  return films.length > 0 ? unwatched(ctx, films, includeWatched) : undefined;
}

/** The summaries of these films, in the same order. */
function summariesOf(ctx: Context, films: readonly FilmMoods[]): FilmSummary[] {
  const ids = new Set(films.map((f) => f.id));
  return ctx.summaries().filter((f) => ids.has(f.id));
}

export async function runTonight(ctx: Context, opts: TonightOptions): Promise<void> {
  const m = MESSAGES[ctx.lang];
  if (!ctx.interactive || opts.input === false) {
    throw new UsageError((t) => t.needTerminal('tonight'), [(t) => t.errors.pickExample]);
  }
  const date = opts.date !== undefined ? parseDateOption(opts.date) : localDate(ctx.now());
  const base = readFilters(opts);
  const seed = parseSeed(opts.seed);
  const random = seed === undefined ? ctx.random : seededRandom(seed);
  // The first question is drawn before the prompt library loads (io/prompts.ts).
  const { choose } = await import('../io/prompts.js');
  const includeWatched = opts.includeWatched === true;
  // A bare `soviet-love` asks who is watching; `--together` goes straight to the two of you.
  if (opts.together || opts.welcome) {
    // Says now if no film fits or all are watched, before anyone answers anything.
    if (!quickPool(ctx, base, includeWatched)) tonightPool(ctx, base, includeWatched);
    const { runTogether } = await import('./together.js');
    for (;;) {
      const who = opts.together ? 'two' : await choose(ctx, m.together.welcome, [{ name: m.together.justMe, value: 'me' }, { name: m.together.twoOfUs, value: 'two' }], 'me');
      if (who === 'me') break;
      if ((await runTogether(ctx, { base, date, seed, includeWatched, canGoBack: !opts.together })) !== 'back') return;
    }
  }
  const shown = new Set<string>();
  const s = ctx.stdout.style;
  const card = (film: Film, brief: boolean) =>
    filmCard(film, s, m, { columns: ctx.stdout.columns, brief, russianFirst: ctx.lang === 'ru' });
  const unseen = (f: FilmSummary) => includeWatched || !ctx.watchedIds().has(f.id);

  for (let round = 0; ; round++) {
    // Watched films are left out (unless asked), and so is every film already suggested this session;
    // with films on the watchlist, the first question is whether to pick from them.
    const quick = round === 0 ? quickPool(ctx, base, includeWatched) : undefined;
    let pool: FilmSummary[] | undefined;
    let spec: FilterSpec;
    if (quick) {
      const chosen = await chooseSource(ctx, quick);
      spec = await ask(ctx, () => (pool ??= summariesOf(ctx, chosen)), { ...base, unwatched: false }, chosen);
      pool ??= summariesOf(ctx, chosen);
    } else {
      const chosen = await chooseSource(ctx, tonightPool(ctx, base, includeWatched));
      pool = chosen;
      spec = await ask(ctx, () => chosen, { ...base, unwatched: false });
    }
    const all = pool;
    const fits = () => applyFilters(all, predicates(spec)).filter((f) => !shown.has(f.id) && unseen(f));
    let film: Film | undefined = ctx.full(drawFilms(fits(), 1, random, shown.size === 0 ? date : ''))[0];
    if (film && isNewYear(date) && film.id === 'irony-of-fate' && shown.size === 0) ctx.stdout.write(`\n${s.bold(m.prompt.newYear)}\n`);
    let fresh = true;
    const menuFor = (shownFilm: Film | undefined) => {
      const seen = shownFilm !== undefined && ctx.watchedIds().has(shownFilm.id);
      return [
        { name: m.prompt.another, value: 'another', disabled: fits().length === 0 ? m.prompt.noMore : false },
        // A disabled item says why in the interface language (inquirer's own word is English).
        { name: m.prompt.details, value: 'details', disabled: !shownFilm ? m.prompt.noMore : false },
        { name: m.watch.menu, value: 'watch', disabled: !shownFilm ? m.prompt.noMore : false },
        { name: m.prompt.markWatched, value: 'watched', disabled: !shownFilm ? m.prompt.noMore : seen ? m.evening.inDiary : false },
        saveItem(ctx, shownFilm),
        { name: m.prompt.startOver, value: 'over' },
        { name: m.prompt.quit, value: 'quit' },
      ];
    };
    for (;;) {
      if (fresh) {
        if (film) shown.add(film.id);
        // The card is cut to the screen, so its title stays above the menu.
        ctx.stdout.write(film ? `\n${fittedCard(ctx, film, menuFor(film).length)}\n` : `\n${m.prompt.noMore}\n`);
        fresh = false;
      }
      const menu = menuFor(film);
      const action = await choose(ctx, m.prompt.next, menu, fits().length > 0 ? 'another' : 'over');
      if (action === 'quit') return;
      if (action === 'over') break;
      if (action === 'another') {
        film = ctx.full(drawFilms(fits(), 1, random, ''))[0];
        fresh = true;
      } else if (action === 'details' && film) {
        ctx.stdout.write(`\n${card(film, false)}`);
      } else if (action === 'watch' && film) {
        // Opens the film and records nothing: marking it watched stays the user's choice.
        await (await import('./watch.js')).watchNow(ctx, film);
      } else if (action === 'watched' && film) {
        // A film on the watchlist is taken off it only if the person says so.
        if (await markWatched(ctx, film, date, m.prompt.marked)) await afterWatched(ctx, film);
      } else if (action === 'save' && film) {
        saveFromMenu(ctx, film);
      }
    }
  }
}
