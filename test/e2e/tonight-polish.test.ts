// `tonight` as a new user meets it: a rating when marking a film watched, a diary that cannot be
// written, filters that leave nothing, and a card that keeps its title on a small screen.
import { describe, expect, test } from 'vitest';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { KEYS, terminalSession, type Terminal } from '../helpers/pty.js';
import { lastDrawing, onScreenAbove, select, waitPrompt } from '../helpers/prompts.js';
import { run } from '../helpers/run.js';
import { FILMS } from '../helpers/catalog.js';

const Q = { mood: 'What mood are you in?', time: 'How much time do you have?', era: 'Which era?', next: 'What next?' };
const { open, home } = terminalSession();

async function answerAny(t: Terminal): Promise<void> {
  for (const q of [Q.mood, Q.time, Q.era]) {
    await lastDrawing(t, q);
    const from = t.mark();
    await t.press(KEYS.enter);
    await t.waitFor(`✔ ${q}`, 10_000, from);
  }
}

/**
 * The first line of the card shown after the era question: "Title (year)". The card follows a
 * blank line; the answer before it may take more than one line on a narrow screen.
 */
function cardHeading(text: string): string {
  const lines = text.slice(text.lastIndexOf(`✔ ${Q.era}`)).split(/\r?\n/);
  const line = lines.find((l, i) => i > 0 && l.trim() !== '' && lines[i - 1]!.trim() === '');
  expect(line).toMatch(/ \(\d{4}(, made \d{4})?\)$/);
  return line!;
}

const rateTitle = (title: string) => `Your rating for ${title}? (optional)`;

describe('tonight: marking a film watched', { timeout: 30_000 }, () => {
  test('asks for a rating, stars with their number, and records it', async () => {
    const env = { SOVIET_LOVE_HOME: home() };
    const t = open(['tonight', '--date', '2026-02-14', '--seed', '3'], env);
    await answerAny(t);
    const title = cardHeading(t.text).replace(/ \(\d{4}.*$/, '');
    await select(t, Q.next, 'Mark as watched');
    const rating = await lastDrawing(t, rateTitle(title));
    expect(rating).toMatch(/❯ No rating/);
    expect(rating).toContain('★★★★★ 5');
    expect(rating).toContain('★☆☆☆☆ 1');
    const from = await select(t, rateTitle(title), '★★★★☆ 4');
    await t.waitFor(`Marked ${title} as watched on 2026-02-14.`, 10_000, from);
    await waitPrompt(t, Q.next, from);
    await select(t, Q.next, 'Quit');
    expect(await t.exited).toBe(0);
    const diary = JSON.parse(run(['diary', '--json'], { env }).stdout) as { title: string; rating: number | null }[];
    expect(diary).toEqual([expect.objectContaining({ title, rating: 4 })]);
  });

  test('Esc at the rating goes back to the menu and records nothing', async () => {
    const env = { SOVIET_LOVE_HOME: home() };
    const t = open(['tonight', '--seed', '3'], env);
    await answerAny(t);
    const title = cardHeading(t.text).replace(/ \(\d{4}.*$/, '');
    await select(t, Q.next, 'Mark as watched');
    await lastDrawing(t, rateTitle(title));
    const from = t.mark();
    await t.press(KEYS.esc);
    await waitPrompt(t, Q.next, from);
    expect(t.text.slice(from)).not.toContain('Marked');
    await select(t, Q.next, 'Quit');
    expect(await t.exited).toBe(0);
    expect(run(['diary', '--json'], { env }).stdout.trim()).toBe('[]');
  });

  test('a diary that cannot be written is reported, and the menu stays', async () => {
    const dir = home();
    // The diary is a link into a folder that does not exist: it reads as empty, and cannot be
    // written (even by root, as these tests may run).
    symlinkSync(join(dir, 'missing', 'diary.jsonl'), join(dir, 'diary.jsonl'));
    const t = open(['tonight', '--seed', '3'], { SOVIET_LOVE_HOME: dir });
    await answerAny(t);
    const title = cardHeading(t.text).replace(/ \(\d{4}.*$/, '');
    await select(t, Q.next, 'Mark as watched');
    await lastDrawing(t, rateTitle(title));
    const from = await select(t, rateTitle(title), 'No rating');
    await t.waitFor('Nothing was recorded; the menu is still here.', 10_000, from);
    const said = t.text.slice(from);
    expect(said).toContain(`Cannot write the diary ${join(dir, 'diary.jsonl')}`);
    expect(said).not.toContain('Marked');
    const menu = await lastDrawing(t, Q.next);
    expect(menu).toMatch(/^ {2}Mark as watched/m); // still there, to try again
    await select(t, Q.next, 'Quit');
    expect(await t.exited).toBe(0);
  });
});

describe('tonight: filters that leave nothing', { timeout: 30_000 }, () => {
  test('name the filter that emptied the list, as pick does, and exit 1', async () => {
    const args = ['--decade', '1920s', '--max-runtime', '25'];
    const t = open(['tonight', ...args], { SOVIET_LOVE_HOME: home() });
    expect(await t.exited).toBe(1);
    expect(t.text).toContain('Nothing to pick: no film from the 1920s and at most 25 minutes long.');
    const pick = run(['pick', ...args], { env: { SOVIET_LOVE_HOME: home() } });
    expect(pick.code).toBe(1);
    expect(pick.stderr.trim()).toBe('Nothing to pick: no film from the 1920s and at most 25 minutes long.');
  });

  test('when the diary holds every film that fits, say so and how to include them', async () => {
    const env = { SOVIET_LOVE_HOME: home() };
    const festive = FILMS.filter((f) => f.moods.includes('festive'));
    expect(festive.length).toBeGreaterThan(0);
    for (const f of festive) expect(run(['watched', f.id], { env }).code).toBe(0);
    const t = open(['tonight', '--mood', 'festive'], env);
    expect(await t.exited).toBe(1);
    expect(t.text).toContain('You have watched every film that fits.');
    expect(t.text).toContain('tonight --include-watched');
  });
});

describe('tonight on a small screen', { timeout: 30_000 }, () => {
  test.each([
    [80, 24, '1'],
    [80, 24, '5'],
    [40, 15, '2'],
  ])('at %i×%i (seed %s) the title stays on screen above "What next?", and Full details shows the rest', async (cols, rows, seed) => {
    const t = open(['tonight', '--seed', seed], { SOVIET_LOVE_HOME: home() }, { cols, rows });
    await answerAny(t);
    await lastDrawing(t, Q.next);
    const heading = cardHeading(t.text);
    expect(onScreenAbove(t.text, heading, Q.next, cols, rows)).toBe(true);
    const from = await select(t, Q.next, 'Full details');
    await waitPrompt(t, Q.next, from);
    expect(t.text.slice(from)).toContain('The love story:');
    expect(t.text.slice(from)).toContain('The true story');
    await select(t, Q.next, 'Quit');
    expect(await t.exited).toBe(0);
  });
});
