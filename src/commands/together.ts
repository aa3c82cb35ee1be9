// `tonight --together`: two people answer in turn, three films are offered, each strikes one (SPEC §9).
import type { Context } from '../context.js';
import type { FilmSummary, FilterSpec } from '../core/types.js';
import { CancelledError } from '../core/errors.js';
import { applyFilters, predicates } from '../core/filters.js';
import { applyAnswer, choicesFor, answeredInAdvance } from '../core/tonight.js';
import { countFitting, describe, offer, strike, striker, who, type Era, type Offered, type Person, type TimeAnswer } from '../core/together.js';
import { seededRandom } from '../core/pick.js';
import { MOOD_LABELS, MOODS, type Mood } from '../core/vocab.js';
import { MESSAGES } from '../i18n.js';
import { filmCard } from '../render/card.js';
import { cell, truncate } from '../render/text.js';
import { BackError, ask, choose, tick } from '../io/prompts.js';
import { fittedCard, markWatched } from './evening.js';
import { questionLabel, tonightPool } from './tonight.js';

export interface TogetherOptions {
  base: FilterSpec;
  date: string;
  seed: number | undefined;
  includeWatched: boolean;
  /** Came from the "Just me / The two of us" screen: Esc at the first step goes back to it. */
  canGoBack: boolean;
}

/** A step of the session; Esc in its prompt goes back to the step before (BackError). */
interface Step {
  skip?: () => boolean;
  /** false when it asked nothing, so Esc later passes it by. */
  run: () => Promise<boolean | void>;
}

const NAME_MAX = 30;

/** A name as typed, made safe for the terminal and kept short; empty means none. */
const nameOf = (typed: string): string | null => truncate(cell(typed).replace(/\s+/g, ' ').trim(), NAME_MAX) || null;

/** Runs a session; 'back' when Esc at its first step returns to the screen that opened it. */
export async function runTogether(ctx: Context, opts: TogetherOptions): Promise<'back' | undefined> {
  const m = MESSAGES[ctx.lang];
  const t = m.together;
  const s = ctx.stdout.style;
  const { base, date } = opts;
  const seed = opts.seed ?? Math.floor(ctx.random() * 1_000_000);
  const fresh = (): [Person, Person] => [
    { name: null, moods: [...base.moods], time: 'any' },
    { name: null, moods: [...base.moods], time: 'any' },
  ];
  let people = fresh();
  let era: Era = {};
  /** The offer, then what is left after each strike. */
  let lefts: Offered<FilmSummary>[][] = [];
  const pool = () => tonightPool(ctx, base, opts.includeWatched);
  const name = (i: 0 | 1) => cell(who(people, i)(m));
  const title = (f: FilmSummary) => `${cell(ctx.lang === 'ru' ? f.russianTitle : f.title)} (${f.year})`;

  const askName = (i: 0 | 1): Step => ({
    run: async () => {
      people[i].name = nameOf(await ask(ctx, t.name(i === 0 ? 1 : 2), { back: true }));
    },
  });
  // The second person's turn starts with the keyboard changing hands.
  const handOver = (i: 0 | 1, first: boolean) => {
    if (i === 1 && first) ctx.stdout.write(`\n${s.bold(t.pass(people[1].name))}\n`);
  };
  const askMood = (i: 0 | 1): Step => ({
    skip: () => answeredInAdvance(base, 'mood'),
    run: async () => {
      handOver(i, true);
      const films = pool();
      const choices = MOODS.map((mood) => {
        const count = films.filter((f) => f.moods.includes(mood)).length;
        const label = `${MOOD_LABELS[mood][m.lang]} — ${MOOD_LABELS[mood].promise[m.lang]}`;
        return { name: count === 0 ? label : `${label}  ${m.prompt.films(count)}`, value: mood, disabled: count === 0 ? m.prompt.films(0) : false };
      });
      people[i].moods = await tick<Mood>(ctx, t.mood(name(i)), choices, t.anyMood, { back: true });
    },
  });
  const askTime = (i: 0 | 1): Step => ({
    skip: () => answeredInAdvance(base, 'time'),
    run: async () => {
      handOver(i, answeredInAdvance(base, 'mood'));
      const films = pool();
      const choices = choicesFor('time', films, { ...base, unwatched: false }).map((c) => ({
        name: c.disabled ? questionLabel('time', c.value, m) : `${questionLabel('time', c.value, m)}  ${m.prompt.films(c.count)}`,
        value: c.value as TimeAnswer,
        disabled: c.disabled ? m.prompt.films(0) : false,
      }));
      people[i].time = await choose(ctx, t.time(name(i)), choices, 'any', { back: true });
    },
  });
  const askEra: Step = {
    skip: () => answeredInAdvance(base, 'era'),
    run: async () => {
      const films = pool();
      // Each era shows how many films fit you both in it; an era with no film at all is disabled.
      const choices = choicesFor('era', films, { ...base, unwatched: false }).map((c) => {
        const spec = applyAnswer({ ...base, unwatched: false }, 'era', c.value);
        const both = countFitting(applyFilters(films, predicates(spec)), people, {});
        return { name: c.disabled ? questionLabel('era', c.value, m) : `${questionLabel('era', c.value, m)}  ${t.fitCount(both)}`, value: c.value, disabled: c.disabled ? m.prompt.films(0) : false };
      });
      const value = await choose(ctx, t.eraQuestion, choices, 'any', { back: true });
      const spec = applyAnswer({ ...base, unwatched: false }, 'era', value);
      era = { ...(spec.from !== undefined ? { from: spec.from } : {}), ...(spec.to !== undefined ? { to: spec.to } : {}) };
    },
  };
  /** Strike number k (0, then 1): the first also shows the offer, so Esc on it goes back to the era. */
  const askStrike = (k: 0 | 1): Step => ({
    skip: () => k === 1 && (lefts[1]?.length ?? 0) <= 1,
    run: async () => {
      if (k === 0) {
        lefts = [offer(pool(), people, era, seededRandom(seed))];
        showOffer(lefts[0]!);
        if (lefts[0]!.length <= 1) {
          lefts[1] = lefts[0]!;
          return false;
        }
      }
      const left = lefts[k]!;
      const i = striker(lefts[0]!.length, left.length);
      if (k === 1) ctx.stdout.write(`\n${s.bold(t.passBack(name(i)))}\n`);
      const choices = left.map((o) => ({ name: title(o.film), value: o.film.id, description: cell(describe(o, people)(m)) }));
      const id = await choose(ctx, t.strike(name(i), left.length), choices, undefined, { back: true });
      lefts = [...lefts.slice(0, k + 1), strike(left, id)];
    },
  });
  const showOffer = (offered: Offered<FilmSummary>[]) => {
    const fit = offered.filter((o) => o.fitsBoth).length;
    const heading = fit === offered.length && offered.length === 3 ? t.offerFits : fit === 0 ? t.offerNone : t.offerSome(fit);
    const lines = [`\n${s.bold(heading)}`];
    offered.forEach((o, n) => {
      lines.push(`  ${n + 1}. ${s.title(title(o.film))}`);
      lines.push(`     ${s.dim(cell(describe(o, people)(m)))}`);
    });
    lines.push(s.dim(opts.includeWatched ? t.diaryIncluded : t.diaryRule));
    lines.push(s.dim(m.seedLine(seed)));
    ctx.stdout.write(`${lines.join('\n')}\n`);
  };

  /** The chosen film's card and menu; Esc goes back to the last strike, to take it again. */
  let ending: 'quit' | 'over' = 'quit';
  const finalMenu: Step = {
    run: async () => {
      const film = ctx.full([lefts.at(-1)![0]!.film])[0]!;
      const menu = () => [
        { name: m.watch.menu, value: 'watch' },
        { name: m.prompt.details, value: 'details' },
        { name: t.markBoth, value: 'watched', disabled: !opts.includeWatched && ctx.watchedIds().has(film.id) ? m.evening.inDiary : false },
        { name: m.prompt.startOver, value: 'over' },
        { name: m.prompt.quit, value: 'quit' },
      ];
      ctx.stdout.write(`\n${s.bold(t.tonight)}\n${fittedCard(ctx, film, menu().length, 1)}\n`);
      for (;;) {
        const action = await choose(ctx, m.prompt.next, menu(), 'watch', { back: true });
        // Opens the film and records nothing: marking it watched stays the couple's choice.
        if (action === 'watch') await (await import('./watch.js')).watchNow(ctx, film);
        if (action === 'details') ctx.stdout.write(`\n${filmCard(film, s, m, { columns: ctx.stdout.columns, russianFirst: ctx.lang === 'ru' })}`);
        if (action === 'watched') await markWatched(ctx, film, date, t.markedBoth);
        if (action === 'quit' || action === 'over') {
          ending = action;
          return;
        }
      }
    },
  };

  const steps: Step[] = [askName(0), askName(1), askMood(0), askTime(0), askMood(1), askTime(1), askEra, askStrike(0), askStrike(1), finalMenu];
  for (;;) {
    /** The steps that asked something, newest last: where Esc goes back to. */
    const asked: number[] = [];
    let at = 0;
    while (at < steps.length) {
      const step = steps[at]!;
      if (step.skip?.()) {
        at++;
        continue;
      }
      try {
        if ((await step.run()) !== false) asked.push(at);
        at++;
      } catch (err) {
        if (!(err instanceof BackError)) throw err;
        const previous = asked.pop();
        if (previous === undefined) {
          if (opts.canGoBack) return 'back';
          throw new CancelledError();
        }
        at = previous;
      }
    }
    if (ending === 'quit') return undefined;
    people = fresh();
    era = {};
    lefts = [];
  }
}
