// `tonight` driven through a real pseudo-terminal: questions, the film card, the menu, cancelling, the diary.
import { describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEYS, terminalSession, type Terminal } from '../helpers/pty.js';
import { ROOT, run, tempHome } from '../helpers/run.js';
import { lastDrawing, select, waitPrompt } from '../helpers/prompts.js';

const Q = { mood: 'What mood are you in?', time: 'How much time do you have?', era: 'Which era?', next: 'What next?' };
const NEW_YEAR_BANNER = 'Happy New Year! Tonight, a tradition:';
const NO_MORE = 'No other film fits these answers.';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const { open, home } = terminalSession();

/** Presses Enter at each question, accepting its default ("Any"). */
async function answerAny(t: Terminal, questions: string[] = [Q.mood, Q.time, Q.era]): Promise<void> {
  for (const q of questions) {
    await lastDrawing(t, q);
    const from = t.mark();
    await t.press(KEYS.enter);
    await t.waitFor(`✔ ${q}`, 10_000, from);
  }
}

/** The headings of the film cards shown in `text`: "Title (year)", the other titles, a blank line, "Directed by". */
function cardTitles(text: string): string[] {
  // The heading, then the other titles (one line, or two when the original title is neither English nor Russian).
  return [...text.matchAll(/^([^\r\n]+) \((\d{4})(?:, made \d{4})?\)\r?\n(?:[^\r\n]*\r?\n){1,2}\r?\nDirected by/gm)].map((m) => m[1]!);
}

/** Titles of `list` output (tab-separated: id, year, title, …). */
function listTitles(args: string[], env: Record<string, string>): string[] {
  const r = run(['list', ...args], { env });
  expect(r.code).toBe(0);
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\t')[2]!);
}

function noStackTrace(text: string): void {
  expect(text).not.toMatch(/^\s*at .+:\d+:\d+\)?\s*$/m);
  expect(text).not.toMatch(/Error:/);
  expect(text).not.toMatch(/ExitPromptError|AbortPromptError/);
}

describe('tonight in a terminal', { timeout: 30_000 }, () => {
  test('Enter three times gives a film card and the menu; Quit exits 0', async () => {
    const t = open(['tonight'], { SOVIET_LOVE_HOME: home() });
    await answerAny(t);
    expect(t.text).toContain(`✔ ${Q.mood} Any (surprise me)`);
    expect(t.text).toContain(`✔ ${Q.time} Any (surprise me)`);
    expect(t.text).toContain(`✔ ${Q.era} Any (surprise me)`);

    const menu = await lastDrawing(t, Q.next);
    const afterEra = t.text.slice(t.text.lastIndexOf(`✔ ${Q.era}`));
    expect(afterEra).toMatch(/^.+ \(\d{4}(?:, made \d{4})?\)\r?$/m);
    expect(cardTitles(afterEra)).toHaveLength(1);
    expect(afterEra).toContain('Directed by');
    expect(afterEra).toContain('The love story:');
    // The brief card leaves the facts and links for "Full details".
    expect(afterEra).not.toContain('Read more:');
    const items = ['Another one', 'Full details', 'Mark as watched', 'Start over', 'Quit'];
    const positions = items.map((i) => menu.indexOf(i));
    positions.forEach((p) => expect(p).toBeGreaterThan(0));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(menu).toMatch(/❯ Another one/);

    await select(t, Q.next, 'Quit');
    expect(await t.exited).toBe(0);
    expect(t.text).toContain(`✔ ${Q.next} Quit`);
    noStackTrace(t.text);
  });

  test('Full details adds the facts and links, then shows the menu again', async () => {
    const t = open(['tonight'], { SOVIET_LOVE_HOME: home() });
    await answerAny(t);
    await lastDrawing(t, Q.next);
    const from = await select(t, Q.next, 'Full details');
    await waitPrompt(t, Q.next, from);
    const details = t.text.slice(from);
    expect(details).toContain('The true story');
    expect(details).toContain('The love story:');
    await select(t, Q.next, 'Quit');
    expect(await t.exited).toBe(0);
  });

  test('Ctrl-C at the first question exits 130 with one short line and no stack trace', async () => {
    const t = open(['tonight'], { SOVIET_LOVE_HOME: home() });
    await waitPrompt(t, Q.mood);
    const from = t.mark();
    await t.press(KEYS.ctrlC);
    expect(await t.exited).toBe(130);
    // The question may be drawn once more after the mark, in place, as the prompt library takes over
    // the frame drawn before it loaded (test/e2e/first-frame.test.ts); then one line.
    const after = t.text.slice(from).replace(/^\s*\? What mood are you in\?[^]*?⏎ select/, '');
    expect(after).toContain('Cancelled.');
    expect(after.trim()).toBe('Cancelled.');
    noStackTrace(t.text);
  });

  test('Ctrl-C at the "What next?" menu also exits 130', async () => {
    const t = open(['tonight'], { SOVIET_LOVE_HOME: home() });
    await answerAny(t);
    await lastDrawing(t, Q.next);
    await t.press(KEYS.ctrlC);
    expect(await t.exited).toBe(130);
    expect(t.text).toContain('Cancelled.');
    noStackTrace(t.text);
  });

  test('Esc at a question exits 130', async () => {
    const t = open(['tonight'], { SOVIET_LOVE_HOME: home() });
    await answerAny(t, [Q.mood]);
    await waitPrompt(t, Q.time);
    await t.press(KEYS.esc);
    expect(await t.exited).toBe(130);
    expect(t.text).toContain('Cancelled.');
    expect(t.text).not.toContain(`✔ ${Q.time}`);
    noStackTrace(t.text);
  });

  describe('the New Year rule', () => {
    test.each(['2026-12-31', '2027-01-01'])('on %s the first suggestion is The Irony of Fate, and only the first', async (date) => {
      const t = open(['tonight', '--date', date], { SOVIET_LOVE_HOME: home() });
      await answerAny(t);
      await lastDrawing(t, Q.next);
      const afterEra = t.text.slice(t.text.lastIndexOf(`✔ ${Q.era}`));
      expect(afterEra).toContain(NEW_YEAR_BANNER);
      expect(cardTitles(afterEra)).toEqual(['The Irony of Fate']);

      const from = await select(t, Q.next, 'Another one');
      await waitPrompt(t, Q.next, from);
      const second = cardTitles(t.text.slice(from));
      expect(second).toHaveLength(1);
      expect(second[0]).not.toBe('The Irony of Fate');
      expect(t.text.split(NEW_YEAR_BANNER)).toHaveLength(2); // the banner once
    });

    test('on 31 December it gives way to the answers: with --mood tragic Irony cannot fit', async () => {
      const t = open(['tonight', '--date', '2026-12-31', '--mood', 'tragic'], { SOVIET_LOVE_HOME: home() });
      await answerAny(t, [Q.time, Q.era]);
      await lastDrawing(t, Q.next);
      const titles = cardTitles(t.text);
      expect(titles).toHaveLength(1);
      expect(titles[0]).not.toBe('The Irony of Fate');
      expect(t.text).not.toContain(NEW_YEAR_BANNER);
      expect(t.text).toMatch(/^Mood +.*\btragic\b/m);
    });

    test('on 31 December a watched Irony of Fate is not suggested', async () => {
      const env = { SOVIET_LOVE_HOME: home() };
      expect(run(['watched', 'irony-of-fate', '--date', '2025-12-31'], { env }).code).toBe(0);
      const festive = listTitles(['--mood', 'festive'], env);
      expect(festive).toContain('The Irony of Fate');
      const t = open(['tonight', '--date', '2026-12-31', '--mood', 'festive'], env);
      await answerAny(t, [Q.time, Q.era]);
      await lastDrawing(t, Q.next);
      const titles = cardTitles(t.text);
      expect(titles).toHaveLength(1);
      expect(titles[0]).not.toBe('The Irony of Fate');
      expect(festive).toContain(titles[0]);
      expect(t.text).not.toContain(NEW_YEAR_BANNER);
    });

    // Without a seed the draw is random, so an ordinary date is tested where the outcome is certain.
    test('on an ordinary date nothing is forced: --mood tragic never shows Irony, and no banner', async () => {
      const t = open(['tonight', '--date', '2026-06-15', '--mood', 'tragic'], { SOVIET_LOVE_HOME: home() });
      await answerAny(t, [Q.time, Q.era]);
      await lastDrawing(t, Q.next);
      const titles = cardTitles(t.text);
      expect(titles).toHaveLength(1);
      expect(titles[0]).not.toBe('The Irony of Fate');
      expect(t.text).not.toContain('The Irony of Fate');
      expect(t.text).not.toContain(NEW_YEAR_BANNER);
    });

    test('on an ordinary date even a festive evening gets no New Year banner', async () => {
      const env = { SOVIET_LOVE_HOME: home() };
      const festive = listTitles(['--mood', 'festive'], env);
      const t = open(['tonight', '--date', '2026-06-15', '--mood', 'festive'], env);
      await answerAny(t, [Q.time, Q.era]);
      await lastDrawing(t, Q.next);
      const titles = cardTitles(t.text);
      expect(titles).toHaveLength(1);
      expect(festive).toContain(titles[0]);
      expect(t.text).not.toContain(NEW_YEAR_BANNER);
    });
  });

  test('"Another one" never repeats a film, and is disabled once no other film fits', async () => {
    const env = { SOVIET_LOVE_HOME: home() };
    const expected = listTitles(['--director', 'menshov'], env);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const t = open(['tonight', '--director', 'menshov'], env);
    await answerAny(t);

    let menu = await lastDrawing(t, Q.next);
    for (let i = 0; i < expected.length + 2 && !menu.includes(`- Another one ${NO_MORE}`); i++) {
      expect(menu).toMatch(/❯ Another one/); // the default while more films fit
      const from = t.mark();
      await t.press(KEYS.enter);
      await waitPrompt(t, Q.next, from);
      menu = await lastDrawing(t, Q.next);
    }

    const shown = cardTitles(t.text);
    expect([...shown].sort()).toEqual([...expected].sort());
    for (const title of expected) expect(shown.filter((s) => s === title)).toHaveLength(1);
    // Disabled, with the reason, and the cursor moved on to "Start over".
    expect(menu).toContain(`- Another one ${NO_MORE}`);
    expect(menu).toMatch(/❯ Start over/);

    await select(t, Q.next, 'Quit');
    expect(await t.exited).toBe(0);
  });

  test('watched films are left out', async () => {
    const env = { SOVIET_LOVE_HOME: home() };
    const expected = listTitles(['--director', 'menshov'], env);
    const r = run(['list', '--director', 'menshov'], { env });
    const firstId = r.stdout.split('\t')[0]!;
    expect(run(['watched', firstId, '--date', '2026-01-10'], { env }).code).toBe(0);
    const t = open(['tonight', '--director', 'menshov'], env);
    await answerAny(t);
    const menu = await lastDrawing(t, Q.next);
    const shown = cardTitles(t.text);
    expect(shown).toHaveLength(1);
    expect(shown[0]).not.toBe(expected[0]);
    expect(expected).toContain(shown[0]);
    if (expected.length === 2) expect(menu).toContain(`- Another one ${NO_MORE}`);
  });

  test('"Mark as watched" records the film in the diary for --date', async () => {
    const dir = home();
    const env = { SOVIET_LOVE_HOME: dir };
    const t = open(['tonight', '--date', '2026-02-14'], env);
    await answerAny(t);
    await lastDrawing(t, Q.next);
    const [title] = cardTitles(t.text);
    expect(title).toBeTruthy();

    await select(t, Q.next, 'Mark as watched');
    // The rating is optional: Enter on "No rating" skips it.
    const from = await select(t, `Your rating for ${title}? (optional)`, 'No rating');
    await t.waitFor(`Marked ${title} as watched on 2026-02-14.`, 10_000, from);
    await waitPrompt(t, Q.next, from);
    const menu = await lastDrawing(t, Q.next);
    expect(menu).toMatch(/^- Mark as watched/m); // cannot be marked twice
    await select(t, Q.next, 'Quit');
    expect(await t.exited).toBe(0);

    const lines = readFileSync(join(dir, 'diary.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    const diary = run(['diary', '--json'], { env });
    expect(diary.code).toBe(0);
    const entries = JSON.parse(diary.stdout) as Array<{ id: string; title: string; watchedOn: string; rating: number | null }>;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ title, watchedOn: '2026-02-14', rating: null });
  });

  test('filters on the command line answer their question in advance', async () => {
    const env = { SOVIET_LOVE_HOME: home() };
    const light = listTitles(['--mood', 'light'], env);
    const t = open(['tonight', '--mood', 'light'], env);
    const first = await lastDrawing(t, Q.time);
    expect(first).toContain(`Any (surprise me)  ${light.length} films`);
    await answerAny(t, [Q.time, Q.era]);
    await lastDrawing(t, Q.next);
    expect(t.text).not.toContain(Q.mood);
    expect(light).toContain(cardTitles(t.text)[0]);
    expect(t.text).toMatch(/^Mood +.*\blight\b/m);
  });

  test('with every question answered in advance the card comes at once', async () => {
    const env = { SOVIET_LOVE_HOME: home() };
    const fit = listTitles(['--mood', 'light', '--max-runtime', '120', '--decade', '1960s'], env);
    expect(fit.length).toBeGreaterThan(0);
    const t = open(['tonight', '--mood', 'light', '--max-runtime', '120', '--decade', '1960s'], env);
    await lastDrawing(t, Q.next);
    for (const q of [Q.mood, Q.time, Q.era]) expect(t.text).not.toContain(q);
    expect(fit).toContain(cardTitles(t.text)[0]);
  });

  describe('without a terminal', () => {
    test('piped `tonight` exits 2 and points to pick', () => {
      const r = run(['tonight'], { env: { SOVIET_LOVE_HOME: home() } });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/\bpick\b/);
      noStackTrace(r.stderr);
    });

    test('`tonight --no-input` in a terminal exits 2 without asking', async () => {
      const t = open(['tonight', '--no-input'], { SOVIET_LOVE_HOME: home() });
      expect(await t.exited).toBe(2);
      expect(t.text).toMatch(/\bpick\b/);
      expect(t.text).not.toContain(Q.mood);
      noStackTrace(t.text);
    });

    test('bare `soviet-love` in a terminal asks who is watching, then "Just me" opens the mood question', async () => {
      const t = open([], { SOVIET_LOVE_HOME: home() });
      await select(t, 'Who is watching tonight?', 'Just me');
      await waitPrompt(t, Q.mood);
      await t.press(KEYS.ctrlC);
      expect(await t.exited).toBe(130);
    });

    test('bare `soviet-love` piped exits 2 with help on stderr', () => {
      const r = run([], { env: { SOVIET_LOVE_HOME: home() } });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('Usage: soviet-love');
      expect(r.stderr).toContain('tonight');
      expect(r.stderr).toMatch(/\bpick\b/);
    });
  });

  test('each choice shows how many films fit, and choices that leave none are disabled', async () => {
    const dir = home();
    const catalog = JSON.parse(readFileSync(join(ROOT, 'data', 'films.json'), 'utf8')) as { films: Array<{ id: string; moods: string[]; runtimeMinutes: number | null; year: number; title: string }> };
    // Two films from before 1950, no longer than 2½ h and not tragic: the first light one and the
    // first one that is not light, in catalog order.
    const early = (f: (typeof catalog.films)[number]) => f.year < 1950 && f.runtimeMinutes !== null && f.runtimeMinutes <= 150 && !f.moods.includes('tragic');
    const pair = [catalog.films.find((f) => early(f) && f.moods.includes('light')), catalog.films.find((f) => early(f) && !f.moods.includes('light'))];
    const films = catalog.films.filter((f) => pair.includes(f));
    expect(films).toHaveLength(2);
    // The assertions below rely on what these two films are: two early films, one of them light.
    expect(films.every((f) => f.year < 1950 && f.runtimeMinutes !== null && f.runtimeMinutes <= 150)).toBe(true);
    expect(films.filter((f) => f.moods.includes('light'))).toHaveLength(1);
    expect(films.some((f) => f.moods.includes('tragic'))).toBe(false);
    const file = join(dir, 'two-films.json');
    writeFileSync(file, JSON.stringify({ ...catalog, films }, null, 2));
    const env = { SOVIET_LOVE_HOME: dir, SOVIET_LOVE_CATALOG: file };
    const lightTitle = films.find((f) => f.moods.includes('light'))!.title;

    const t = open(['tonight'], env);
    const mood = await lastDrawing(t, Q.mood);
    expect(mood).toContain('Any (surprise me)  2 films');
    expect(mood).toMatch(/^ {2}light — .+ {2}1 film\r?$/m);
    expect(mood).toMatch(/^- tragic — [^\r\n]* 0 films\r?$/m);
    expect(mood).not.toContain('0 films 0 films');
    // Every choice is either counted and selectable, or disabled with "0 films".
    for (const line of mood.split(/\r?\n/).filter((l) => / — /.test(l))) expect(line).toMatch(/^(❯| |-) .+ \d+ films?$/);

    await select(t, Q.mood, 'light');
    const time = await lastDrawing(t, Q.time);
    expect(time).toContain('Any (surprise me)  1 film');
    expect(time).toMatch(/^- A long evening \(2½ h\+\) 0 films\r?$/m);
    // The cursor skips the disabled last choice: going all the way down stops on "Up to 2½ h".
    const from = t.mark();
    for (let i = 0; i < 3; i++) await t.press(KEYS.down);
    await t.waitFor(/❯ Up to 2½ h/, 10_000, from);
    await t.press(KEYS.down);
    await t.press(KEYS.down);
    await sleep(300);
    await t.press(KEYS.enter);
    await t.waitFor(`✔ ${Q.time} Up to 2½ h`, 10_000, from);

    const era = await lastDrawing(t, Q.era);
    expect(era).toContain('Before 1950  1 film');
    expect(era).toMatch(/^- The 1950s 0 films\r?$/m);
    await t.press(KEYS.enter);
    const menu = await lastDrawing(t, Q.next);
    expect(cardTitles(t.text)).toEqual([lightTitle]);
    expect(menu).toContain(`- Another one ${NO_MORE}`);
    await select(t, Q.next, 'Quit');
    expect(await t.exited).toBe(0);
  });
});
