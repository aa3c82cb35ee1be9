// Answering the command's prompts in a pseudo-terminal: wait for a question, move to a choice, tick, type.
import { expect } from 'vitest';
import { KEYS, type Terminal } from './pty.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A question's title as drawn: on a narrow screen the prompt breaks it into lines at its spaces. */
const titled = (title: string) => `\\? ${esc(title).replace(/ /g, '\\s+')}`;
/** The key hint that ends a drawn choice prompt, in either language. */
const HINT = /navigate|выбор/;
/** Where the last drawing of a question starts, or -1. */
function lastAt(text: string, title: string): number {
  let at = -1;
  for (const m of text.matchAll(new RegExp(titled(title), 'g'))) at = m.index;
  return at;
}

/** Waits for a fully drawn choice prompt (its title, the choices, the key hint) after `from`; returns where it starts. */
export async function waitPrompt(t: Terminal, title: string, from = 0): Promise<number> {
  await t.waitFor(new RegExp(`${titled(title)}[^]*${HINT.source}`), 10_000, from);
  return lastAt(t.text, title);
}

/** The latest drawing of a choice prompt, from its title to its key hint. */
export async function lastDrawing(t: Terminal, title: string): Promise<string> {
  for (;;) {
    const at = await waitPrompt(t, title, Math.max(0, lastAt(t.text, title)));
    const screen = t.text.slice(at);
    // A newer drawing may have begun since: then wait for it to end too.
    const hint = HINT.exec(screen);
    if (hint) return screen.slice(0, hint.index + hint[0].length);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A choice's label without the cursor and the box of a checkbox. */
const label = (line: string) => line.replace(/^[❯ ][◯◉]?\s?/, '');

/** Moves the cursor to the choice starting with `choice`; returns the latest drawing's lines. */
async function moveTo(t: Terminal, title: string, choice: string): Promise<void> {
  for (let step = 0; step < 20; step++) {
    const lines = (await lastDrawing(t, title)).split(/\r?\n/);
    const cursor = lines.findIndex((l) => l.startsWith('❯'));
    // On a narrow screen a long choice is wrapped: its first line is then the start of the choice.
    const target = lines.findIndex((l, i) => i > 0 && !l.startsWith('- ') && (label(l).startsWith(choice) || (label(l).trimEnd().length >= 12 && choice.startsWith(label(l).trimEnd()))));
    expect(target, `"${choice}" is a choice of "${title}"`).toBeGreaterThan(0);
    if (cursor === target) return;
    const from = t.mark();
    await t.press(target < cursor ? KEYS.up : KEYS.down);
    await waitPrompt(t, title, from);
  }
  throw new Error(`could not reach "${choice}" in "${title}"`);
}

/** Selects a choice of a prompt and presses Enter; returns the mark just before Enter. */
export async function select(t: Terminal, title: string, choice: string): Promise<number> {
  await moveTo(t, title, choice);
  const from = t.mark();
  await t.press(KEYS.enter);
  return from;
}

/** Ticks these choices of a checkbox prompt (none: any), then presses Enter; returns the mark before Enter. */
export async function tick(t: Terminal, title: string, choices: string[]): Promise<number> {
  for (const choice of choices) {
    await moveTo(t, title, choice);
    const from = t.mark();
    await t.press(' ');
    await t.waitFor(new RegExp(`❯◉ ${esc(choice)}`), 10_000, from);
  }
  await lastDrawing(t, title);
  const from = t.mark();
  await t.press(KEYS.enter);
  return from;
}

/** Types a line into a text prompt and presses Enter. */
export async function type(t: Terminal, title: string, text: string): Promise<void> {
  await t.waitFor(new RegExp(titled(title)), 10_000, Math.max(0, lastAt(t.text, title)));
  for (const ch of text) await t.press(ch, 15);
  await t.press(KEYS.enter);
  await t.waitFor(new RegExp(`✔ ${esc(title).replace(/ /g, '\\s+')}`));
}

/** Terminal rows a stretch of text takes at this width, long lines wrapping. */
export function rowsOf(text: string, cols: number): number {
  return text.split(/\r?\n/).reduce((n, l) => n + Math.max(1, Math.ceil([...l].length / cols)), 0);
}

/**
 * Whether a line starting with `heading` and the first drawing of the prompt `title` after it
 * (through its key hint) fit on a screen of `rows` together: the heading is still on screen while
 * the prompt waits.
 */
export function onScreenAbove(text: string, heading: string, title: string, cols: number, rows: number): boolean {
  const at = text.lastIndexOf(`\n${heading}`) + 1;
  expect(at, `"${heading}" is shown`).toBeGreaterThan(0);
  const prompt = text.indexOf(`? ${title}`, at);
  const end = text.indexOf('navigate', prompt);
  expect(prompt).toBeGreaterThan(at);
  return rowsOf(text.slice(at, end), cols) <= rows;
}
