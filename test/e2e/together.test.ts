// `tonight --together` in a real pseudo-terminal (SPEC §9): two people's answers, the offer, two
// strikes, the card; compromises when no film fits both; Esc back, Ctrl-C, --seed, small screens.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEYS, terminalSession, type Terminal } from '../helpers/pty.js';
import { lastDrawing, onScreenAbove, select, tick, type, waitPrompt } from '../helpers/prompts.js';
import { run, tempHome } from '../helpers/run.js';
import { FILMS } from '../helpers/catalog.js';
import { chmodSync, existsSync, writeFileSync } from 'node:fs';

const { open, home } = terminalSession();

const Q = {
  name1: 'Your name? (Enter to skip)',
  name2: "Your partner's name? (Enter to skip)",
  mood: (who: string) => `${who}, which moods would suit you? (tick any, or none for any)`,
  time: (who: string) => `${who}, how much time do you have?`,
  era: 'Which era, for the two of you?',
  strike3: (who: string) => `${who}, strike one of these three:`,
  strike2: (who: string) => `${who}, strike one of these 2:`,
  next: 'What next?',
};

interface Answers {
  names?: [string, string];
  moods?: [string[], string[]];
  times?: [string, string];
  era?: string;
}

/** Answers both people's questions and the era; returns the names the prompts use. */
async function answer(t: Terminal, a: Answers = {}): Promise<[string, string]> {
  const [n1, n2] = a.names ?? ['', ''];
  await type(t, Q.name1, n1);
  await type(t, Q.name2, n2);
  const who: [string, string] = [n1 || 'Person 1', n2 || 'Person 2'];
  for (const i of [0, 1] as const) {
    await tick(t, Q.mood(who[i]), a.moods?.[i] ?? []);
    await select(t, Q.time(who[i]), a.times?.[i] ?? 'Any');
  }
  await select(t, Q.era, a.era ?? 'Any');
  return who;
}

/** The offered films, "Title (year)", and the line under each that says why, as the offer shows them. */
function offerShown(text: string): { title: string; why: string }[] {
  return [...text.matchAll(/^ {2}\d\. (.+)\r?\n {5}(.+)$/gm)].map((m) => ({ title: m[1]!, why: m[2]!.trim() }));
}

describe('tonight --together', { timeout: 60_000 }, () => {
  test('two people answer in turn, see three films that fit both, strike one each, and get the card', async () => {
    const dir = home();
    const t = open(['tonight', '--together', '--date', '2026-03-08'], { SOVIET_LOVE_HOME: dir });
    const [anna, boris] = await answer(t, { names: ['Anna', 'Boris'], moods: [['light'], ['heartwarming']], times: ['Up to 2 h', 'Any'] });
    expect(t.text).toContain('Now pass the keyboard to your partner, Boris.');
    // Boris's questions come after the hand-over, Anna's before it.
    expect(t.text.indexOf('Now pass the keyboard')).toBeGreaterThan(t.text.indexOf(`✔ ${Q.time(anna)}`));
    expect(t.text.indexOf('Now pass the keyboard')).toBeLessThan(t.text.indexOf(`? ${Q.mood(boris)}`));

    const first = await lastDrawing(t, Q.strike3(boris));
    expect(t.text).toContain('Three films that fit you both:');
    expect(t.text).toContain('Only films neither of you has marked watched: this computer keeps one diary, and none of these is in it.');
    expect(t.text).toMatch(/seed \d+ · add --seed \d+/);
    const offered = offerShown(t.text);
    expect(offered).toHaveLength(3);
    for (const o of offered) {
      expect(o.why).toMatch(/\b(light \(Anna\)|heartwarming \(Boris\)|light \(you both\))/);
      expect(o.why).toContain('shorter than 2 h');
      expect(o.why).not.toContain(' but ');
    }
    // Each is a choice, the reason shown under the one the cursor is on.
    for (const o of offered) expect(first).toContain(o.title);

    await select(t, Q.strike3(boris), offered[0]!.title);
    await t.waitFor('Now pass the keyboard back to Anna.');
    const second = await lastDrawing(t, Q.strike2(anna));
    expect(second).not.toContain(offered[0]!.title);
    await select(t, Q.strike2(anna), offered[1]!.title);

    await lastDrawing(t, Q.next);
    const card = t.text.slice(t.text.lastIndexOf("Tonight's film:"));
    expect(card.split(/\r?\n/)[1]!.startsWith(offered[2]!.title.replace(/\)$/, ''))).toBe(true);
    expect(card).toContain('Directed by');
    const menu = await lastDrawing(t, Q.next);
    const items = ['Watch it now', 'Full details', 'Mark as watched for both', 'Start over', 'Quit'];
    const at = items.map((i) => menu.indexOf(i));
    at.forEach((p) => expect(p).toBeGreaterThan(0));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // "Watch it now" is the first choice: it opens the film's address and records nothing.
    expect(menu).toMatch(/❯ Watch it now/);

    await select(t, Q.next, 'Mark as watched for both');
    const title = offered[2]!.title.replace(/ \(\d{4}\)$/, '');
    const from = await select(t, `Your rating for ${title}? (optional)`, '★★★★★ 5');
    await t.waitFor(`Marked ${title} as watched on 2026-03-08: one viewing in the diary, for the two of you.`, 10_000, from);
    await select(t, Q.next, 'Quit');
    expect(await t.exited).toBe(0);
    // One viewing, one line: the diary is the machine's, shared by both.
    expect(readFileSync(join(dir, 'diary.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(run(['diary', '--json'], { env: { SOVIET_LOVE_HOME: dir } }).stdout)).toEqual([expect.objectContaining({ title, watchedOn: '2026-03-08', rating: 5 })]);
  });

  test('"Watch it now" opens the chosen film with $BROWSER and records nothing', async () => {
    const tmp = tempHome();
    try {
      const browser = join(tmp.dir, 'browser.sh');
      const log = join(tmp.dir, 'opened.log');
      writeFileSync(browser, '#!/bin/sh\nprintf \'%s\\n\' "$1" >> "$LOG"\n');
      chmodSync(browser, 0o755);
      const dir = home();
      const t = open(['tonight', '--together', '--seed', '3'], { SOVIET_LOVE_HOME: dir, BROWSER: browser, LOG: log });
      const [, two] = await answer(t);
      await lastDrawing(t, Q.strike3(two));
      const offered = offerShown(t.text);
      await select(t, Q.strike3(two), offered[0]!.title);
      await select(t, Q.strike2('Person 1'), offered[1]!.title);
      await select(t, Q.next, 'Watch it now');
      await t.waitFor(/Opening in your browser/);
      await lastDrawing(t, Q.next);
      await select(t, Q.next, 'Quit');
      expect(await t.exited).toBe(0);
      const year = /\((\d{4})\)$/.exec(offered[2]!.title)![1]!;
      expect(readFileSync(log, 'utf8')).toMatch(new RegExp(`^https://.+${year}\\n$`));
      expect(existsSync(join(dir, 'diary.jsonl'))).toBe(false);
    } finally {
      tmp.cleanup();
    }
  });

  test('when no film fits both, offers the three closest, each saying what it gives up', async () => {
    const t = open(['tonight', '--together', '--seed', '7'], { SOVIET_LOVE_HOME: home() });
    // No festive film is from before 1950 (each decade since has one), so none fits both.
    const made = (f: (typeof FILMS)[number]) => [f.year, f.productionYear].filter((y): y is number => y !== null);
    const early = (f: (typeof FILMS)[number]) => made(f).some((y) => y < 1950);
    const festive = FILMS.filter((f) => f.moods.includes('festive'));
    expect(festive.some(early)).toBe(false);
    // Closest first: the festive film fewest years after 1949; then films from before 1950 that
    // give up only the mood, which costs less than a festive film further off (from the 1960s on).
    const nearest = [...festive].sort((a, b) => Math.min(...made(a)) - Math.min(...made(b)))[0]!;
    expect(Math.min(...made(nearest))).toBeLessThan(1959);
    expect(festive.filter((f) => f !== nearest).every((f) => Math.min(...made(f)) >= 1960)).toBe(true);
    const otherMood = new Set(FILMS.filter((f) => early(f) && !f.moods.includes('festive')).map((f) => `${f.title} (${f.year})`));
    const [, two] = await answer(t, { moods: [['festive'], []], era: 'Before 1950' });
    await lastDrawing(t, Q.strike3(two));
    expect(t.text).toContain('No film fits you both. The closest, each with what it gives up:');
    const offered = offerShown(t.text);
    expect(offered).toHaveLength(3);
    expect(offered[0]).toEqual({ title: `${nearest.title} (${nearest.year})`, why: `festive (Person 1), but from ${nearest.year}, not before 1950` });
    for (const o of offered.slice(1)) {
      expect(otherMood).toContain(o.title);
      expect(o.why).toMatch(/^before 1950, but .+, not festive$/);
    }
    expect(offered[1]!.title).not.toBe(offered[2]!.title);
    await t.press(KEYS.ctrlC);
    expect(await t.exited).toBe(130);
  });

  test('--seed gives the same offer for the same answers', async () => {
    const offers: string[][] = [];
    for (let i = 0; i < 2; i++) {
      const t = open(['tonight', '--together', '--seed', '42'], { SOVIET_LOVE_HOME: home() });
      const [, two] = await answer(t, { moods: [['poetic'], []] });
      await lastDrawing(t, Q.strike3(two));
      offers.push(offerShown(t.text).map((o) => o.title));
      expect(t.text).toContain('seed 42');
      t.kill();
    }
    expect(offers[0]).toHaveLength(3);
    expect(offers[1]).toEqual(offers[0]);
  });

  test('Esc goes back a step: from the second person to the first, from the strike to the era', async () => {
    const t = open(['tonight', '--together', '--seed', '3'], { SOVIET_LOVE_HOME: home() });
    await type(t, Q.name1, 'Anna');
    await type(t, Q.name2, 'Boris');
    await tick(t, Q.mood('Anna'), []);
    await select(t, Q.time('Anna'), 'Up to 1½ h');
    await lastDrawing(t, Q.mood('Boris'));
    let from = t.mark();
    await t.press(KEYS.esc);
    // Anna's time question again; she changes her answer.
    await waitPrompt(t, Q.time('Anna'), from);
    await select(t, Q.time('Anna'), 'Up to 2½ h');
    await tick(t, Q.mood('Boris'), []);
    await select(t, Q.time('Boris'), 'Any');
    await select(t, Q.era, 'Any');
    await lastDrawing(t, Q.strike3('Boris'));
    expect(offerShown(t.text).every((o) => o.why.includes('shorter than 2½ h'))).toBe(true);
    from = t.mark();
    await t.press(KEYS.esc);
    await waitPrompt(t, Q.era, from);
    from = await select(t, Q.era, 'The 1970s');
    await waitPrompt(t, Q.strike3('Boris'), from);
    const offered = offerShown(t.text.slice(from));
    expect(offered).toHaveLength(3);
    expect(offered.every((o) => /\(197\d\)$/.test(o.title))).toBe(true);
    // And from the card's menu back to the last strike.
    await select(t, Q.strike3('Boris'), offered[0]!.title);
    await select(t, Q.strike2('Anna'), offered[1]!.title);
    await lastDrawing(t, Q.next);
    from = t.mark();
    await t.press(KEYS.esc);
    await waitPrompt(t, Q.strike2('Anna'), from);
    await t.press(KEYS.ctrlC);
    expect(await t.exited).toBe(130);
  });

  test('Esc at the first question cancels (130); Ctrl-C anywhere exits 130 with one line', async () => {
    const t = open(['tonight', '--together'], { SOVIET_LOVE_HOME: home() });
    await t.waitFor(`? ${Q.name1}`);
    await t.press(KEYS.esc);
    expect(await t.exited).toBe(130);
    expect(t.text).toContain('Cancelled.');

    const u = open(['tonight', '--together'], { SOVIET_LOVE_HOME: home() });
    await type(u, Q.name1, '');
    await type(u, Q.name2, '');
    await lastDrawing(u, Q.mood('Person 1'));
    const from = u.mark();
    await u.press(KEYS.ctrlC);
    expect(await u.exited).toBe(130);
    expect(u.text.slice(from).trim()).toBe('Cancelled.');
    expect(u.text).not.toMatch(/Error|^\s+at /m);
  });

  test('a bare soviet-love offers "The two of us"; Esc at its first question goes back to that screen', async () => {
    const t = open([], { SOVIET_LOVE_HOME: home() });
    const who = await lastDrawing(t, 'Who is watching tonight?');
    expect(who).toMatch(/❯ Just me/);
    expect(who).toContain('The two of us');
    await select(t, 'Who is watching tonight?', 'The two of us');
    await t.waitFor(`? ${Q.name1}`);
    const from = t.mark();
    await t.press(KEYS.esc);
    await waitPrompt(t, 'Who is watching tonight?', from);
    await select(t, 'Who is watching tonight?', 'Just me');
    await lastDrawing(t, 'What mood are you in?');
    await t.press(KEYS.ctrlC);
    expect(await t.exited).toBe(130);
  });

  test('a name typed with an escape sequence in it reaches the screen without it', async () => {
    const t = open(['tonight', '--together', '--seed', '1'], { SOVIET_LOVE_HOME: home() });
    await t.waitFor(`? ${Q.name1}`);
    for (const ch of 'Ann\u001b[31ma') await t.press(ch, 15);
    await t.press(KEYS.enter);
    await type(t, Q.name2, '');
    await lastDrawing(t, Q.mood('Anna'));
    expect(t.text).not.toContain('[31m');
    await t.press(KEYS.ctrlC);
    expect(await t.exited).toBe(130);
  });

  test('--lang ru: the session for two in Russian, no English but the titles', async () => {
    const t = open(['--lang', 'ru', 'tonight', '--together', '--seed', '5'], { SOVIET_LOVE_HOME: home() });
    await type(t, 'Как вас зовут? (Enter — пропустить)', 'Аня');
    await type(t, 'Как зовут партнёра? (Enter — пропустить)', '');
    await tick(t, 'Аня, какое настроение вам подойдёт? (отметьте любые или ни одного — тогда любое)', ['лёгкое']);
    await select(t, 'Аня, сколько у вас времени?', 'До 2 ч');
    await tick(t, 'Второй зритель, какое настроение вам подойдёт? (отметьте любые или ни одного — тогда любое)', []);
    await select(t, 'Второй зритель, сколько у вас времени?', 'Любое');
    await select(t, 'Какая эпоха — на двоих?', 'Любое');
    await lastDrawing(t, 'Второй зритель, вычеркните один из трёх:');
    expect(t.text).toContain('Теперь передайте клавиатуру второму зрителю.');
    expect(t.text).toContain('Три фильма, которые подходят вам обоим:');
    expect(t.text).toMatch(/лёгкое \(Аня\), короче 2 ч/);
    for (const english of ['strike', 'keyboard', 'fit you both', 'Person', 'shorter', 'navigate', 'disabled']) expect(t.text).not.toContain(english);
    await t.press(KEYS.ctrlC);
    expect(await t.exited).toBe(130);
  });

  test.each([
    [80, 24],
    [40, 15],
  ])('at %i×%i the whole session works and the film keeps its title on screen above the menu', async (cols, rows) => {
    const t = open(['tonight', '--together', '--seed', '11'], { SOVIET_LOVE_HOME: home() }, { cols, rows });
    const [one, two] = await answer(t, { names: ['Anna', 'Boris'], moods: [['light'], ['bittersweet']], times: ['Up to 2 h', 'Up to 2½ h'] });
    await lastDrawing(t, Q.strike3(two));
    const offered = offerShown(t.text);
    expect(offered).toHaveLength(3);
    await select(t, Q.strike3(two), offered[2]!.title);
    await select(t, Q.strike2(one), offered[1]!.title);
    await lastDrawing(t, Q.next);
    const shown = t.text.slice(t.text.lastIndexOf("Tonight's film:"));
    const heading = shown.split(/\r?\n/)[1]!;
    expect(heading.startsWith(offered[0]!.title.replace(/\)$/, ''))).toBe(true);
    expect(onScreenAbove(t.text, heading, Q.next, cols, rows)).toBe(true);
    await select(t, Q.next, 'Quit');
    expect(await t.exited).toBe(0);
  });
});
