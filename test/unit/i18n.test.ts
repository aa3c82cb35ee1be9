// Interface strings: both languages complete, and the locale rules for choosing one.
import { describe, expect, it } from 'vitest';
import { detectLang, MESSAGES } from '../../src/i18n.js';

function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => shape(v, `${path}.${k}`));
  return [`${path}:${typeof value}`];
}

describe('messages', () => {
  it('has every string in both languages, of the same kind', () => {
    expect(shape(MESSAGES.ru)).toEqual(shape(MESSAGES.en));
  });

  it('has no empty string and no English left in the Russian interface', () => {
    const leaves = (v: unknown): unknown[] => (typeof v === 'object' && v !== null ? Object.values(v).flatMap(leaves) : [v]);
    const { lang, ...texts } = MESSAGES.ru;
    expect(lang).toBe('ru');
    for (const s of leaves(texts).filter((x): x is string => typeof x === 'string')) {
      expect(s.trim()).not.toBe('');
      expect(s, s).toMatch(/\p{Script=Cyrillic}/u);
    }
  });

  it('fills its parameters', () => {
    expect(MESSAGES.en.unwatched('Solaris', 2)).toBe('Removed 2 viewings of Solaris from your diary.');
    expect(MESSAGES.ru.recorded('Солярис', '2026-01-01', 5, 1)).toContain('Солярис');
  });
});

describe('detectLang', () => {
  it('prefers --lang, then LC_ALL, LC_MESSAGES and LANG', () => {
    expect(detectLang('ru', { LANG: 'en_US.UTF-8' })).toBe('ru');
    expect(detectLang('en', { LANG: 'ru_RU.UTF-8' })).toBe('en');
    expect(detectLang(undefined, { LANG: 'ru_RU.UTF-8' })).toBe('ru');
    expect(detectLang(undefined, { LC_ALL: 'en_GB.UTF-8', LANG: 'ru_RU.UTF-8' })).toBe('en');
    expect(detectLang(undefined, { LC_MESSAGES: 'ru_UA' })).toBe('ru');
    expect(detectLang(undefined, {})).toBe('en');
    expect(detectLang(undefined, { LANG: 'rus' })).toBe('en');
  });
});

describe('help text', () => {
  it('has a Russian translation of every description, argument, example and heading', async () => {
    const { buildProgram } = await import('../../src/cli.js');
    const { helpStrings, translateHelp } = await import('../../src/commands/help.js');
    const program = buildProgram(() => {
      throw new Error('help needs no context');
    }, () => {}, 'en');
    const strings = helpStrings(program);
    expect(strings.length).toBeGreaterThan(80);
    const missing = strings.filter((s) => translateHelp(s, 'ru') === s && /[a-z]{3}/.test(s) && !/^(bash|zsh|fish)(, |$)/.test(s));
    expect(missing).toEqual([]);
  });

  it('translates commander’s own error lines', async () => {
    const { COMMANDER } = (await import('../../src/i18n-ru.js')).russian();
    const ru = (t: string) => COMMANDER.reduce((x, [p, r]) => x.replace(p, r), t);
    expect(ru("error: unknown option '--x'")).toBe("ошибка: неизвестный параметр '--x'");
    expect(ru('(Did you mean list?)')).toBe('(Возможно, имелось в виду list?)');
  });
});
