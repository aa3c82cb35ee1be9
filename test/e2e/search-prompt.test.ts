// `search` with no query, in a real pseudo-terminal: the live type-ahead prompt.
import { describe, expect, test } from 'vitest';
import { KEYS, terminalSession, type Terminal } from '../helpers/pty.js';
import { run } from '../helpers/run.js';

const PROMPT = 'Search films (English, Russian or translit):';
const TEARS = 'Moscow Does Not Believe in Tears';

const { open, home } = terminalSession();

/** Waits for the prompt drawn with `typed` on its line and its list of films below (first line marked ❯). */
async function waitForList(t: Terminal, typed: string, first: RegExp, from = 0): Promise<string> {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`\\? ${esc(PROMPT)} ${esc(typed)}\\r?\\n❯ ${first.source}[^]*?navigate`);
  await t.waitFor(re, 10_000, from);
  return t.text.slice(from).match(new RegExp(`[^]*(${re.source})`))![1]!;
}

async function type(t: Terminal, text: string): Promise<void> {
  for (const ch of text) await t.press(ch);
}

function noStackTrace(text: string): void {
  expect(text).not.toMatch(/^\s*at .+:\d+:\d+\)?\s*$/m);
  expect(text).not.toMatch(/Error:/);
}

describe('search as you type', { timeout: 30_000 }, () => {
  test('with no query in a terminal, the search prompt opens', async () => {
    const t = open(['search']);
    await t.waitFor(PROMPT);
    // Before typing, the list (drawn once the source answers) offers films from the catalog.
    await t.waitFor(/❯ .+ · .+ \(\d{4}\)[^]*navigate/);
    expect(t.text).toContain('↑↓ navigate');
    t.kill();
  });

  test('typing "moskva" lists Moscow Does Not Believe in Tears; Enter prints its card', async () => {
    const t = open(['search']);
    await t.waitFor(PROMPT);
    const from = t.mark();
    await type(t, 'moskva');
    const list = await waitForList(t, 'moskva', /Moscow Does Not Believe in Tears · Москва слезам не верит \(1980\)/, from);
    expect(list).toContain('Vladimir Menshov'); // the highlighted film's description
    const enter = t.mark();
    await t.press(KEYS.enter);
    expect(await t.exited).toBe(0);
    const card = t.text.slice(enter);
    expect(card).toMatch(new RegExp(`^${TEARS} \\(1980, made 1979\\)\\r?$`, "m"));
    expect(card).toContain('Directed by Vladimir Menshov');
    expect(card).toContain('Menshov');
    expect(card).toContain('The love story:');
    noStackTrace(t.text);
  });

  test('Cyrillic input finds the same film', async () => {
    const t = open(['search']);
    await t.waitFor(PROMPT);
    const from = t.mark();
    await type(t, 'москва слезам');
    await waitForList(t, 'москва слезам', new RegExp(TEARS), from);
    t.kill();
  });

  test('the prompt uses the same search: what you remember of the story finds the film', async () => {
    const t = open(['search']);
    await t.waitFor(PROMPT);
    const from = t.mark();
    await type(t, 'sauna leningrad');
    await waitForList(t, 'sauna leningrad', /The Irony of Fate · Ирония судьбы/, from);
    t.kill();
  });

  test('filters limit what the prompt offers', async () => {
    const t = open(['search', '--decade', '1960s']);
    await t.waitFor(PROMPT);
    const from = t.mark();
    await type(t, 'moskva');
    // The 1980 film is filtered out; the 1964 Moscow film stays.
    const list = await waitForList(t, 'moskva', /Walking the Streets of Moscow/, from);
    expect(list).not.toContain(TEARS);
    t.kill();
  });

  test('Ctrl-C exits 130 with "Cancelled." and no stack trace', async () => {
    const t = open(['search']);
    await t.waitFor(PROMPT);
    await type(t, 'mos');
    await t.waitFor(new RegExp(`${PROMPT.replace(/[()]/g, '\\$&')} mos\\r?\\n`));
    await t.press(KEYS.ctrlC);
    expect(await t.exited).toBe(130);
    expect(t.text).toContain('Cancelled.');
    noStackTrace(t.text);
  });

  test('Esc exits 130 too', async () => {
    const t = open(['search']);
    await t.waitFor(PROMPT);
    await t.waitFor(/❯ .+ · .+ \(\d{4}\)[^]*navigate/);
    await t.press(KEYS.esc);
    expect(await t.exited).toBe(130);
    expect(t.text).toContain('Cancelled.');
    noStackTrace(t.text);
  });

  test('piped with no query it exits 2 instead of prompting', () => {
    const r = run(['search'], { env: { SOVIET_LOVE_HOME: home() } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('search needs a query');
  });
});
