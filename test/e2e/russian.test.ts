// --lang ru is Russian from the names to the facts: cards, tables, search, timeline, tonight and help
// leave no English word but the titles they show on purpose.
import { afterAll, describe, expect, it } from 'vitest';
import { run, tempHome } from '../helpers/run.js';
import { FILMS, film } from '../helpers/catalog.js';
import { KEYS, terminalSession } from '../helpers/pty.js';
import type { Film } from '../../src/core/types.js';

const home = tempHome();
const env = { SOVIET_LOVE_HOME: home.dir };
afterAll(() => home.cleanup());
const { open } = terminalSession();

/**
 * The Latin words left once what a card shows in Latin on purpose is taken out: the film's other
 * titles, web addresses, and the options a user types (--json).
 */
function englishWords(text: string, films: readonly Film[]): string[] {
  const rest = text.replace(/https:\/\/\S+/g, ' ').replace(/--[a-z-]+/g, ' ').replace(/\[[a-z0-9-]+\]/g, ' ');
  // Words of the titles shown on purpose (a table may cut a title short, so word by word).
  const onPurpose = films.flatMap((f) => [f.title, f.transliteration, f.originalTitle, f.id, ...f.altTitles].join(' ').toLowerCase().match(/[a-z]+/g) ?? []);
  const shownOnPurpose = (w: string) => onPurpose.some((p) => p.startsWith(w.toLowerCase()));
  // Roman numerals ("XIX век") and acronyms (BAFTA) are Russian usage too.
  return (rest.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !shownOnPurpose(w) && !/^[A-Z]+$/.test(w));
}

describe('--lang ru', () => {
  it('shows every film card wholly in Russian: names, studio, republic, genres, moods, texts, facts', () => {
    for (const f of FILMS) {
      const r = run(['--lang', 'ru', 'show', f.id], { env });
      expect(r.code).toBe(0);
      expect(englishWords(r.stdout, [f]), f.id).toEqual([]);
      expect(r.stdout).toContain(f.synopsis.ru!.split(' ').slice(0, 3).join(' '));
    }
  });

  it('names people in Russian in the card of The Cranes Are Flying', () => {
    const r = run(['--lang', 'ru', 'show', 'cranes'], { env });
    expect(r.stdout).toMatch(/^Режиссёр\s+Михаил Калатозов$/m);
    expect(r.stdout).toContain('Татьяна Самойлова');
    expect(r.stdout).toMatch(/Студия\s+Мосфильм, РСФСР/);
    expect(r.stdout).toMatch(/Жанры\s+военный, драма/);
  });

  it('lists films in a Russian table in a terminal, directors in Russian', async () => {
    const t = open(['--lang', 'ru', 'list', '--director', 'рязанов'], env);
    expect(await t.exited).toBe(0);
    expect(t.text).toContain('Эльдар Рязанов');
    const shown = FILMS.filter((f) => f.directors.some((d) => d.en === 'Eldar Ryazanov'));
    expect(englishWords(t.text, shown)).toEqual([]);
  });

  it('finds an actor by the Russian spelling, and suggests Russian titles', () => {
    const r = run(['--lang', 'ru', 'search', 'Фрейндлих', '--json'], { env });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((f: Film) => f.id)).toContain('office-romance');
    const suggest = run(['--lang', 'ru', 'show', 'москва любовь'], { env });
    expect(suggest.code).toBe(1);
    expect(suggest.stderr).toContain('Москва слезам не верит (1980)');
    expect(suggest.stderr).not.toContain('Moscow Does Not Believe in Tears');
  });

  it('draws the timeline with a Russian legend and decades as «1970-е», in a terminal and piped', async () => {
    const t = open(['--lang', 'ru', 'timeline', '--by', 'decade'], env);
    expect(await t.exited).toBe(0);
    expect(t.text).toMatch(/^1970-е /m);
    expect(t.text).toContain('просмотрен');
    expect(englishWords(t.text, FILMS)).toEqual([]);
    const piped = run(['--lang', 'ru', 'timeline', '--by', 'decade'], { env });
    expect(piped.stdout).toMatch(/^1970-е\t/m);
    expect(englishWords(piped.stdout, FILMS)).toEqual([]);
  });

  it('has a Russian usage line and option descriptions in --help', () => {
    for (const args of [['--help'], ['list', '--help'], ['catalog', 'upgrade', '--help']]) {
      const r = run(['--lang', 'ru', ...args], { env });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Использование: soviet-love.*\[параметры\]/);
      expect(r.stdout).not.toMatch(/\[options\]|\[command\]|display help/);
    }
  });

  it('asks tonight in Russian: moods, times, the key hint and the menu', { timeout: 30_000 }, async () => {
    const t = open(['--lang', 'ru', 'tonight', '--date', '2026-06-01'], env);
    await t.waitFor('Какое у вас настроение?');
    await t.waitFor('подтвердить');
    expect(t.text).toContain('лёгкое — легко и смешно');
    expect(t.text).not.toMatch(/navigate|select|surprise me/);
    await t.press(KEYS.enter);
    await t.waitFor('Сколько у вас времени?');
    await t.waitFor('До 1½ ч');
    await t.press(KEYS.enter);
    await t.waitFor('Какая эпоха?');
    await t.press(KEYS.enter);
    await t.waitFor('Что дальше?');
    const shown = t.text.slice(t.text.lastIndexOf('Какая эпоха?'));
    expect(englishWords(shown, FILMS)).toEqual([]);
    await t.press(KEYS.ctrlC);
    expect(await t.exited).toBe(130);
  });

  it('keeps English in English mode: the card of Solaris names Tarkovsky in Latin letters', () => {
    const r = run(['--lang', 'en', 'show', 'solaris'], { env });
    expect(r.stdout).toContain('Andrei Tarkovsky');
    expect(r.stdout).not.toContain('Тарковский');
    expect(film('solaris').directors[0]!.ru).toBe('Андрей Тарковский');
  });
});
