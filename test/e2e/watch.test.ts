// `watch` and "Watch it now", built and spawned: printed addresses, a fake $BROWSER in a real terminal, hostile input.
import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEYS, terminalSession, type Terminal } from '../helpers/pty.js';
import { run, tempHome } from '../helpers/run.js';
import { film } from '../helpers/catalog.js';

const home = tempHome();
afterAll(() => home.cleanup());

/** A browser that records each argument it gets, one per line, in $FAKE_BROWSER_LOG, and exits with $FAKE_BROWSER_EXIT. */
const BROWSER = join(home.dir, 'fake-browser.sh');
writeFileSync(BROWSER, '#!/bin/sh\nfor a in "$@"; do printf \'%s\\n\' "$a" >> "$FAKE_BROWSER_LOG"; done\nexit "${FAKE_BROWSER_EXIT:-0}"\n');
chmodSync(BROWSER, 0o755);

const webSearch = (id: string) => {
  const f = film(id);
  return `https://www.youtube.com/results?search_query=${encodeURIComponent(`${f.russianTitle} ${f.year}`)}`;
};
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('watch, piped', () => {
  const env = { SOVIET_LOVE_HOME: home.dir };

  it.each([
    ['cranes', 'cranes-are-flying'], // Mosfilm
    ['irony of fate', 'irony-of-fate'], // Mosfilm's Telefilm unit
    ['Дама с собачкой', 'lady-with-the-dog'], // Lenfilm
    ['little-vera', 'little-vera'], // Gorky Film Studio
    ['alpine ballad', 'alpine-ballad'], // Belarusfilm
    ['to-love-a-man', 'to-love-a-man'], // no studio
  ])('watch %s --print prints the address of its best option', (query, id) => {
    const r = run(['watch', ...query.split(' '), '--print'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${webSearch(id)}\n`);
    expect(r.stderr).toBe('');
    // In Russian the address is the same: the web search is for the Russian title either way.
    expect(run(['--lang', 'ru', 'watch', id, '--print'], { env }).stdout).toBe(`${webSearch(id)}\n`);
  });

  it('piped, without --print, prints the address and opens nothing', () => {
    const log = join(home.dir, 'piped.log');
    const r = run(['watch', 'cranes'], { env: { ...env, BROWSER, FAKE_BROWSER_LOG: log, DISPLAY: ':0' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${webSearch('cranes-are-flying')}\n`);
    expect(existsSync(log)).toBe(false);
  });

  it('--json gives every option in order, the same as show --json and pick --json carry', () => {
    const r = run(['watch', 'office-romance', '--json'], { env });
    expect(r.code).toBe(0);
    const options = JSON.parse(r.stdout) as { url: string; kind: string; provider: string; subtitles: string[]; label: string }[];
    expect(options.at(-1)).toEqual({ url: webSearch('office-romance'), kind: 'web-search', provider: 'YouTube', subtitles: [], label: 'web search on YouTube for “Служебный роман 1977”' });
    expect(r.stdout.split('\n')[0]).toBe('[');
    const shown = JSON.parse(run(['show', 'office-romance', '--json'], { env }).stdout) as { id: string; watch: unknown[]; watchOptions: unknown };
    expect(shown).toMatchObject({ id: 'office-romance', watch: [] });
    expect(shown.watchOptions).toEqual(options);
    const ru = JSON.parse(run(['--lang', 'ru', 'watch', 'office-romance', '--json'], { env }).stdout) as { label: string }[];
    expect(ru.at(-1)!.label).toBe('поиск видео в интернете: «Служебный роман 1977»');
    const picked = JSON.parse(run(['pick', '--seed', '3', '--count', '3', '--json'], { env }).stdout) as { id: string; russianTitle: string; year: number; watchOptions: { url: string }[] }[];
    expect(picked).toHaveLength(3);
    for (const p of picked) expect(p.watchOptions.at(-1)!.url).toBe(webSearch(p.id));
    const explained = JSON.parse(run(['pick', '--seed', '3', '--json', '--explain'], { env }).stdout) as { reasons: string[]; watchOptions: unknown[] }[];
    expect(explained[0]!.watchOptions.length).toBeGreaterThan(0);
    expect(explained[0]!.reasons.length).toBeGreaterThan(0);
  });

  it('an unknown film exits 1 with "Did you mean", as show does', () => {
    const r = run(['watch', 'hussar'], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('No film matches "hussar"');
    expect(r.stderr).toContain('Did you mean:');
    expect(r.stderr).toContain('[hussar-ballad]');
    const ru = run(['--lang', 'ru', 'watch', 'hussar'], { env });
    expect(ru.stderr).toContain('Возможно, вы имели в виду:');
  });

  it('hostile input: a huge query, control characters and escape sequences', () => {
    const huge = run(['watch', 'ж'.repeat(50_000), '--print'], { env });
    expect(huge.code).toBe(1);
    expect(huge.stderr).not.toMatch(/^\s+at /m);
    const control = run(['watch', '\u001b[2J\u0007cranes\u009b31m', '--print'], { env });
    expect([0, 1]).toContain(control.code);
    expect(control.stdout + control.stderr).not.toMatch(CONTROL);
    const json = run(['watch', 'cranes', '--json', '\u001b]8;;x\u0007'], { env });
    expect(json.stdout + json.stderr).not.toMatch(CONTROL);
  });
});

describe('watch in a terminal', { timeout: 30_000 }, () => {
  const { open, home: termHome } = terminalSession();

  it('opens the address with $BROWSER, given as one argument, and says what it opened', async () => {
    const log = join(termHome(), 'browser.log');
    const t = open(['watch', 'cranes'], { SOVIET_LOVE_HOME: termHome(), BROWSER, FAKE_BROWSER_LOG: log });
    expect(await t.exited).toBe(0);
    expect(readFileSync(log, 'utf8')).toBe(`${webSearch('cranes-are-flying')}\n`);
    expect(t.text).toContain('Opening in your browser: web search on YouTube for “Летят журавли 1957”');
  });

  it('puts the address where $BROWSER says %s, and uses the first of a list', async () => {
    const log = join(termHome(), 'browser.log');
    const t = open(['watch', 'solaris'], { SOVIET_LOVE_HOME: termHome(), BROWSER: `${BROWSER} --new-tab url=%s:lynx`, FAKE_BROWSER_LOG: log });
    expect(await t.exited).toBe(0);
    expect(readFileSync(log, 'utf8')).toBe(`--new-tab\nurl=${webSearch('solaris')}\n`);
  });

  it('--print prints the address and opens nothing', async () => {
    const log = join(termHome(), 'browser.log');
    const t = open(['watch', 'cranes', '--print'], { SOVIET_LOVE_HOME: termHome(), BROWSER, FAKE_BROWSER_LOG: log });
    expect(await t.exited).toBe(0);
    expect(t.text.trim()).toBe(webSearch('cranes-are-flying'));
    expect(existsSync(log)).toBe(false);
  });

  it('with no display and no $BROWSER, shows the address instead', async () => {
    const t = open(['--lang', 'ru', 'watch', 'cranes'], { SOVIET_LOVE_HOME: termHome() });
    expect(await t.exited).toBe(0);
    expect(t.text).toContain('Нет экрана, на котором открыть браузер; адрес:');
    expect(t.text).toContain(webSearch('cranes-are-flying'));
  });

  // A stand-in for child_process.spawn, preloaded: it records what would have been started and
  // which of open's files were loaded, so no real browser starts.
  const probe = join(home.dir, 'spawn-probe.cjs');
  writeFileSync(
    probe,
    `const cp = require('node:child_process');
const { EventEmitter } = require('node:events');
const log = (v) => require('node:fs').appendFileSync(process.env.SPAWN_LOG, JSON.stringify(v) + '\\n');
cp.spawn = (cmd, args, opts) => {
  log({ cmd, args, detached: opts && opts.detached });
  const child = new EventEmitter();
  child.unref = () => {};
  process.nextTick(() => child.emit('spawn'));
  return child;
};
process.on('exit', () => log(Object.keys(require.cache).filter((f) => /node_modules[\\\\/]open[\\\\/]/.test(f))));`,
  );

  it.runIf(process.platform === 'linux')('without $BROWSER, hands the address to the open package (its xdg-open)', async () => {
    const log = join(termHome(), 'spawn.log');
    const t = open(['watch', 'cranes'], { SOVIET_LOVE_HOME: termHome(), DISPLAY: ':0', SPAWN_LOG: log, NODE_OPTIONS: `--require ${probe}` });
    expect(await t.exited).toBe(0);
    const [spawned, loaded] = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(spawned).toMatchObject({ cmd: expect.stringMatching(/xdg-open$/), args: [webSearch('cranes-are-flying')], detached: true });
    expect((loaded as string[]).length).toBeGreaterThan(0);
  });

  it('--print never loads the open package', async () => {
    const log = join(termHome(), 'spawn.log');
    const t = open(['watch', 'cranes', '--print'], { SOVIET_LOVE_HOME: termHome(), DISPLAY: ':0', SPAWN_LOG: log, NODE_OPTIONS: `--require ${probe}` });
    expect(await t.exited).toBe(0);
    expect(readFileSync(log, 'utf8')).toBe('[]\n');
  });

  it('a browser that fails is reported, and the address stays on screen', async () => {
    const t = open(['watch', 'cranes'], { SOVIET_LOVE_HOME: termHome(), BROWSER, FAKE_BROWSER_EXIT: '3', FAKE_BROWSER_LOG: join(termHome(), 'b.log') });
    expect(await t.exited).toBe(0);
    expect(t.text).toContain('Could not open the browser (');
    expect(t.text).toContain('exit 3); open the address above yourself.');
    expect(t.text).toContain(webSearch('cranes-are-flying'));
  });
});

describe('"Watch it now" in tonight', { timeout: 40_000 }, () => {
  const { open, home: termHome } = terminalSession();
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  // The prompt's key hint closes each drawing: "navigate" in English, «выбор» in Russian.
  const drawn = (title: string) => new RegExp(`\\? ${esc(title)}[^]*(navigate|выбор)`);

  async function menu(t: Terminal, title: string, from = 0): Promise<string> {
    await t.waitFor(drawn(title), 10_000, from);
    const screen = t.text.slice(t.text.lastIndexOf(`? ${title}`));
    return screen.slice(0, screen.search(/navigate|выбор/));
  }

  /** Moves to the choice starting with `label` and presses Enter; returns the mark before Enter. */
  async function select(t: Terminal, title: string, label: string): Promise<number> {
    for (let step = 0; step < 15; step++) {
      const lines = (await menu(t, title, Math.max(0, t.text.lastIndexOf(`? ${title}`)))).split(/\r?\n/);
      const cursor = lines.findIndex((l) => l.startsWith('❯ '));
      const target = lines.findIndex((l) => l.slice(2).startsWith(label));
      expect(target, label).toBeGreaterThan(0);
      const from = t.mark();
      if (cursor === target) {
        await t.press(KEYS.enter);
        return from;
      }
      await t.press(target < cursor ? KEYS.up : KEYS.down);
      await t.waitFor(drawn(title), 10_000, from);
    }
    throw new Error(`could not reach ${label}`);
  }

  it('opens the film with $BROWSER, records nothing, and returns to the menu', async () => {
    const dir = termHome();
    const log = join(dir, 'browser.log');
    const t = open(['tonight', '--mood', 'festive', '--date', '2026-12-31'], { SOVIET_LOVE_HOME: dir, BROWSER, FAKE_BROWSER_LOG: log });
    // The mood is answered in advance; time and era are "Any".
    for (const q of ['How much time do you have?', 'Which era?']) {
      await menu(t, q);
      const from = t.mark();
      await t.press(KEYS.enter);
      await t.waitFor(`✔ ${q}`, 10_000, from);
    }
    const items = await menu(t, 'What next?');
    expect(items.indexOf('Watch it now')).toBeGreaterThan(items.indexOf('Full details'));
    expect(items.indexOf('Watch it now')).toBeLessThan(items.indexOf('Mark as watched'));
    // On 31 December the first film is The Irony of Fate; its card shows the address it will open.
    const url = webSearch('irony-of-fate');
    expect(t.text).toContain('The Irony of Fate (1976');
    expect(t.text).toContain(url);
    const from = await select(t, 'What next?', 'Watch it now');
    await menu(t, 'What next?', from);
    expect(readFileSync(log, 'utf8')).toBe(`${url}\n`);
    expect(t.text.slice(from)).toContain('Opening in your browser: web search on YouTube');
    await select(t, 'What next?', 'Quit');
    expect(await t.exited).toBe(0);
    // Nothing was recorded: marking as watched stays the user's choice.
    expect(existsSync(join(dir, 'diary.jsonl'))).toBe(false);
  });

  it('is in Russian with --lang ru', async () => {
    const dir = termHome();
    const log = join(dir, 'browser.log');
    const t = open(['--lang', 'ru', 'tonight', '--mood', 'festive', '--date', '2026-12-31'], { SOVIET_LOVE_HOME: dir, BROWSER, FAKE_BROWSER_LOG: log });
    for (const q of ['Сколько у вас времени?', 'Какая эпоха?']) {
      await menu(t, q);
      const from = t.mark();
      await t.press(KEYS.enter);
      await t.waitFor(`✔ ${q}`, 10_000, from);
    }
    expect(await menu(t, 'Что дальше?')).toContain('Смотреть сейчас');
    expect(t.text).toContain('Где смотреть');
    const from = await select(t, 'Что дальше?', 'Смотреть сейчас');
    await menu(t, 'Что дальше?', from);
    expect(readFileSync(log, 'utf8')).toBe(`${webSearch('irony-of-fate')}\n`);
    expect(t.text.slice(from)).toContain('Открываю в браузере: поиск видео в интернете');
    await select(t, 'Что дальше?', 'Выйти');
    expect(await t.exited).toBe(0);
  });
});
