// The watchlist in `tonight`, in a real pseudo-terminal: the first question, "Save for later", and
// the question after "Mark as watched" (a saved film is never taken off silently).
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEYS, terminalSession, type Terminal } from '../helpers/pty.js';
import { run } from '../helpers/run.js';
import { FILMS } from '../helpers/catalog.js';
import { lastDrawing, select } from '../helpers/prompts.js';

const Q = { source: 'From your watchlist or from everything?', mood: 'What mood are you in?', time: 'How much time do you have?', era: 'Which era?', next: 'What next?' };
const { open, home } = terminalSession();

async function answerAny(t: Terminal): Promise<void> {
  for (const q of [Q.mood, Q.time, Q.era]) await select(t, q, 'Any');
}

const saved = (dir: string) => (JSON.parse(run(['watchlist', '--json'], { env: { SOVIET_LOVE_HOME: dir } }).stdout) as { id: string }[]).map((s) => s.id);

function withWatchlist(ids: string[]): string {
  const dir = home();
  for (const id of ids) expect(run(['watchlist', 'add', id], { env: { SOVIET_LOVE_HOME: dir } }).code).toBe(0);
  return dir;
}

describe('tonight and the watchlist', { timeout: 30_000 }, () => {
  test('with saved films it first asks where from; the watchlist (the default) gives a saved film', async () => {
    const dir = withWatchlist(['office-romance']);
    const t = open(['tonight'], { SOVIET_LOVE_HOME: dir });
    const first = await lastDrawing(t, Q.source);
    expect(first).toMatch(/❯ From my watchlist {2}1 film/);
    expect(first).toMatch(new RegExp(`From everything {2}${FILMS.length} films`));
    await select(t, Q.source, 'From my watchlist');
    // The counts of the next questions are of the saved films.
    expect(await lastDrawing(t, Q.mood)).toContain('Any (surprise me)  1 film');
    await answerAny(t);
    await lastDrawing(t, Q.next);
    expect(t.text).toMatch(/^Office Romance \(1977\)/m);
    await select(t, Q.next, 'Quit');
    expect(await t.exited).toBe(0);
  });

  test('an empty watchlist asks nothing extra', async () => {
    const t = open(['tonight'], { SOVIET_LOVE_HOME: home() });
    await lastDrawing(t, Q.mood);
    expect(t.text).not.toContain(Q.source);
    t.write(KEYS.ctrlC);
    expect(await t.exited).toBe(130);
  });

  test('"Save for later" saves the film shown, once', async () => {
    const dir = home();
    const t = open(['tonight', '--director', 'menshov'], { SOVIET_LOVE_HOME: dir });
    await answerAny(t);
    const menu = await lastDrawing(t, Q.next);
    const items = ['Another one', 'Full details', 'Watch it now', 'Mark as watched', 'Save for later', 'Start over', 'Quit'].map((i) => menu.indexOf(i));
    expect([...items].sort((a, b) => a - b)).toEqual(items);
    await select(t, Q.next, 'Save for later');
    await t.waitFor(/Saved .+ for later\./);
    expect(await lastDrawing(t, Q.next)).toMatch(/^- Save for later on your watchlist/m);
    await select(t, Q.next, 'Quit');
    expect(await t.exited).toBe(0);
    expect(saved(dir)).toHaveLength(1);
  });

  test('marking a saved film watched asks before taking it off: Yes takes it off, No keeps it', async () => {
    for (const [answer, left] of [
      ['Yes, take it off', []],
      ['No, keep it there', ['office-romance']],
    ] as const) {
      const dir = withWatchlist(['office-romance']);
      const t = open(['tonight', '--date', '2026-02-14'], { SOVIET_LOVE_HOME: dir });
      await select(t, Q.source, 'From my watchlist');
      await answerAny(t);
      await select(t, Q.next, 'Mark as watched');
      // The rating comes first (Enter on "No rating" skips it), then the watchlist question.
      await select(t, 'Your rating for Office Romance? (optional)', 'No rating');
      const question = await lastDrawing(t, 'Office Romance is on your watchlist. Take it off?');
      expect(question).toMatch(/❯ Yes, take it off/);
      await select(t, 'Office Romance is on your watchlist. Take it off?', answer);
      await lastDrawing(t, Q.next);
      await select(t, Q.next, 'Quit');
      expect(await t.exited).toBe(0);
      expect(saved(dir)).toEqual(left);
      const diary = readFileSync(join(dir, 'diary.jsonl'), 'utf8');
      expect(diary).toContain('"op":"watch","id":"office-romance","watchedOn":"2026-02-14"');
    }
  });
});
