// The where-to-watch chain (SPEC §7) with a test-only table of sources: every branch, both languages, escaping.
import { describe, expect, it } from 'vitest';
import { cleanQuery, isSafeUrl, MAX_QUERY, searchUrl, watchOptions, type WatchOption } from '../../src/core/watch.js';
import { WATCH_SOURCES, WEB_SEARCH, type StudioSource } from '../../src/core/watch-sources.js';
import { browserArgs, browserCommand, hasDisplay } from '../../src/io/opener.js';
import { filmCard } from '../../src/render/card.js';
import { plainStyle } from '../../src/render/style.js';
import { MESSAGES } from '../../src/i18n.js';
import { film, FILMS, variant } from '../helpers/catalog.js';

/** Made-up addresses (the .example domain is reserved), so none can pass for a confirmed one. */
const source = (provider: string, studios: string[], path: string, subtitles: string[], on: { en: string; ru: string }): StudioSource => ({
  studios,
  provider,
  on,
  search: `https://video.example/${path}/search?query={q}`,
  subtitles,
  confirmedBy: `https://press.example/${path}`,
});
const TABLE: StudioSource[] = [
  source('Mosfilm', ['Mosfilm', 'Mosfilm (Telefilm unit)'], 'mosfilm', [], { en: "Mosfilm's channel", ru: 'канале «Мосфильма»' }),
  source('Mosfilm', ['Mosfilm', 'Mosfilm (Telefilm unit)'], 'mosfilm-eng', ['en'], { en: "Mosfilm's English-subtitled channel", ru: 'канале «Мосфильма» с английскими субтитрами' }),
  source('Lenfilm', ['Lenfilm', 'Lenfilm (Telefilm unit)'], 'lenfilm', [], { en: "Lenfilm's channel", ru: 'канале «Ленфильма»' }),
  source('Gorky Film Studio', ['Gorky Film Studio'], 'gorky', [], { en: "Gorky Film Studio's channel", ru: 'канале Киностудии имени Горького' }),
  source('Belarusfilm', ['Belarusfilm'], 'belarusfilm', ['en', 'ru'], { en: "Belarusfilm's channel", ru: 'канале «Беларусьфильма»' }),
];

const q = (text: string) => encodeURIComponent(text);
const en = (f: Parameters<typeof watchOptions>[0]) => watchOptions(f, MESSAGES.en, TABLE);
const ru = (f: Parameters<typeof watchOptions>[0]) => watchOptions(f, MESSAGES.ru, TABLE);
const summary = (options: WatchOption[]) => options.map((o) => `${o.kind} ${o.url}`);
const web = (f: { russianTitle: string; year: number }) => `web-search https://www.youtube.com/results?search_query=${q(`${f.russianTitle} ${f.year}`)}`;

describe('the chain for a Mosfilm film without a direct entry', () => {
  const f = film('office-romance');
  const mos = `studio-search https://video.example/mosfilm/search?query=${q('Служебный роман')}`;
  const engRu = `studio-search https://video.example/mosfilm-eng/search?query=${q('Служебный роман')}`;
  const engEn = `studio-search https://video.example/mosfilm-eng/search?query=${q('Office Romance')}`;

  it('in Russian: the Russian channel first, then the English one by both titles, then the web search', () => {
    expect(summary(ru(f))).toEqual([mos, engRu, engEn, web(f)]);
  });

  it('in English: English subtitles first, searched by the English title first; the web search last', () => {
    expect(summary(en(f))).toEqual([engEn, engRu, mos, web(f)]);
  });

  it('labels each option by what it is, in the interface language', () => {
    const [first, , third, last] = en(f);
    expect(first!.label).toBe("search on Mosfilm's English-subtitled channel for “Office Romance”, English subtitles");
    expect(third!.label).toBe("search on Mosfilm's channel for “Служебный роман”");
    expect(last!.label).toBe('web search on YouTube for “Служебный роман 1977”');
    expect(last).toMatchObject({ provider: 'YouTube', subtitles: [] });
    const [firstRu, secondRu, , lastRu] = ru(f);
    expect(firstRu!.label).toBe('поиск на канале «Мосфильма»: «Служебный роман»');
    expect(secondRu!.label).toBe('поиск на канале «Мосфильма» с английскими субтитрами: «Служебный роман», субтитры: английские');
    expect(lastRu!.label).toBe('поиск видео в интернете: «Служебный роман 1977»');
  });

  it('matches the studio by its exact English name, Telefilm units included', () => {
    const irony = film('irony-of-fate');
    expect(en(irony)[0]!.url).toBe(`https://video.example/mosfilm-eng/search?query=${q('The Irony of Fate')}`);
    expect(en(variant('office-romance', { studio: { en: 'mosfilm', ru: null } })).map((o) => o.kind)).toEqual(['web-search']);
  });
});

describe('the chain for a Mosfilm film with direct entries', () => {
  const f = variant('office-romance', {
    watch: [
      { url: 'https://cinema.example/films/office-romance/', provider: 'Mosfilm online cinema', subtitles: [] },
      { url: 'https://video.example/watch?v=abc', provider: "Mosfilm's English-subtitled channel", subtitles: ['en'] },
    ],
  });

  it('puts the direct pages first in Russian, in catalog order', () => {
    expect(ru(f).map((o) => o.kind)).toEqual(['direct', 'direct', 'studio-search', 'studio-search', 'studio-search', 'web-search']);
    expect(ru(f)[0]).toEqual({ url: 'https://cinema.example/films/office-romance/', kind: 'direct', provider: 'Mosfilm online cinema', subtitles: [], label: 'Mosfilm online cinema' });
  });

  it('in English, puts what has English subtitles first: the direct page, then the searches, then the rest', () => {
    const options = en(f);
    expect(options.map((o) => `${o.kind}:${o.subtitles.join()}`)).toEqual(['direct:en', 'studio-search:en', 'studio-search:en', 'direct:', 'studio-search:', 'web-search:']);
    expect(options[0]!.label).toBe("Mosfilm's English-subtitled channel, English subtitles");
  });

  it('skips a direct entry whose address is not a plain https one, and offers an address once', () => {
    const odd = variant('office-romance', {
      watch: [
        { url: 'javascript:alert(1)', provider: 'x', subtitles: [] },
        { url: 'http://video.example/a', provider: 'x', subtitles: [] },
        { url: 'https://video.example/a\u001b[31m', provider: 'x', subtitles: [] },
        { url: 'https://video.example/ok', provider: 'y', subtitles: [] },
        { url: 'https://video.example/ok', provider: 'y again', subtitles: [] },
      ],
    });
    expect(ru(odd).filter((o) => o.kind === 'direct').map((o) => o.url)).toEqual(['https://video.example/ok']);
  });
});

describe('the chain for the other studios of the table', () => {
  it.each([
    ['lady-with-the-dog', 'lenfilm', 'Lenfilm'],
    ['dog-in-the-manger', 'lenfilm', 'Lenfilm'],
    ['little-vera', 'gorky', 'Gorky Film Studio'],
  ])('%s: its studio channel by the Russian title, then the web search', (id, path, provider) => {
    const f = film(id);
    for (const options of [en(f), ru(f)]) {
      expect(summary(options)).toEqual([`studio-search https://video.example/${path}/search?query=${q(f.russianTitle)}`, web(f)]);
      expect(options[0]!.provider).toBe(provider);
    }
    expect(en(f)[0]!.label).toMatch(/^search on .+'s channel for “/);
  });

  it('a channel with English and Russian subtitles (Belarusfilm) is searched by both titles', () => {
    const f = film('alpine-ballad');
    const eng = `studio-search https://video.example/belarusfilm/search?query=${q('Alpine Ballad')}`;
    const rus = `studio-search https://video.example/belarusfilm/search?query=${q('Альпийская баллада')}`;
    expect(summary(en(f))).toEqual([eng, rus, web(f)]);
    expect(summary(ru(f))).toEqual([rus, eng, web(f)]);
    expect(en(f)[0]!.label).toContain(', English and Russian subtitles');
    expect(ru(f)[0]!.label).toContain(', субтитры: английские, русские');
  });

  it('a studio with no channel, or no studio at all, gets the web search alone', () => {
    for (const f of [film('tenderness'), film('to-love-a-man')]) {
      expect(summary(en(f))).toEqual([web(f)]);
      expect(summary(ru(f))).toEqual([web(f)]);
    }
  });
});

describe('addresses are percent-encoded, whatever the title holds', () => {
  it('quotes, ampersands, #, ?, +, %, slashes and Cyrillic', () => {
    const title = 'Любовь & "голуби" #1? a+b 100% c/d';
    const f = variant('office-romance', { russianTitle: title, title: `"Love" & Pigeons` });
    for (const o of [...en(f), ...ru(f)]) {
      const url = new URL(o.url);
      const value = url.searchParams.get(url.hostname === 'www.youtube.com' ? 'search_query' : 'query');
      expect([title, '"Love" & Pigeons', `${title} 1977`]).toContain(value);
      // One parameter, nothing past it: the title cannot add parameters or a fragment.
      expect([...url.searchParams.keys()]).toHaveLength(1);
      expect(url.hash).toBe('');
      expect(o.url.slice(o.url.indexOf('=') + 1)).not.toMatch(/[ "#?+/&]|%(?![0-9A-F]{2})/);
      expect(isSafeUrl(o.url)).toBe(true);
    }
    expect(searchUrl(WEB_SEARCH.search, 'Любовь и голуби 1984')).toBe(
      'https://www.youtube.com/results?search_query=%D0%9B%D1%8E%D0%B1%D0%BE%D0%B2%D1%8C%20%D0%B8%20%D0%B3%D0%BE%D0%BB%D1%83%D0%B1%D0%B8%201984',
    );
    expect(searchUrl('https://video.example/s?q={q}', 'Love & Lies "1981"')).toBe('https://video.example/s?q=Love%20%26%20Lies%20%221981%22');
  });

  it('a real title with an ampersand and an ellipsis', () => {
    const f = film('you-never-dreamed');
    expect(en(f).at(-1)!.url).toBe(`https://www.youtube.com/results?search_query=${q('Вам и не снилось… 1981')}`);
    expect(en(f).at(-1)!.url).toContain('%E2%80%A6%201981');
    expect(watchOptions(f, MESSAGES.en)[0]!.label).toBe('web search on YouTube for “Вам и не снилось… 1981”');
  });

  it('control characters, lone surrogates and a huge title make a short, clean address', () => {
    expect(cleanQuery('Ирония\u001b[31m\n\tсудьбы\u0007 \u009b')).toBe('Ирония [31m судьбы');
    expect(cleanQuery('a\ud800b\udc00c😀')).toBe('a\ufffdb\ufffdc😀');
    expect(() => searchUrl(WEB_SEARCH.search, '\ud800')).not.toThrow();
    const huge = variant('office-romance', { russianTitle: 'Ж'.repeat(100_000), title: '😀'.repeat(100_000) });
    for (const o of [...en(huge), ...ru(huge)]) {
      expect(o.url.length).toBeLessThan(2048);
      expect(o.label.length).toBeLessThan(400);
      expect(decodeURIComponent(o.url)).not.toMatch(/[\u0000-\u001f\ud800-\udfff](?![\udc00-\udfff])/);
    }
    expect(Array.from(cleanQuery('😀'.repeat(300)))).toHaveLength(MAX_QUERY);
  });
});

describe('the shipped table', () => {
  it('ships only entries with a confirming page, an https search pattern and known studios', () => {
    const studios = new Set(FILMS.map((f) => f.studio?.en));
    for (const s of WATCH_SOURCES) {
      expect(s.confirmedBy).toMatch(/^https:\/\//);
      expect(s.search).toMatch(/^https:\/\/[^{}]+\{q\}[^{}]*$/);
      for (const name of s.studios) expect(studios.has(name), name).toBe(true);
    }
  });

  it('gives every catalog film at least the web search, last, in both languages', () => {
    for (const f of FILMS) {
      for (const m of [MESSAGES.en, MESSAGES.ru]) {
        const options = watchOptions(f, m);
        expect(options.at(-1)!.kind).toBe('web-search');
        for (const o of options) expect(isSafeUrl(o.url), o.url).toBe(true);
      }
    }
  });
});

describe('the card', () => {
  const f = film('office-romance');
  it('says which kind each place is, the brief card only the best', () => {
    const full = filmCard(f, plainStyle, MESSAGES.en, { columns: 100, watchSources: TABLE });
    expect(full).toMatch(/\nWatch\n• search on Mosfilm's English-subtitled channel for “Office Romance”, English subtitles\n {2}https:\/\/video\.example\/mosfilm-eng\/search\?query=Office%20Romance\n/);
    expect(full).toContain('• web search on YouTube for “Служебный роман 1977”');
    const brief = filmCard(f, plainStyle, MESSAGES.en, { columns: 100, brief: true, watchSources: TABLE });
    expect(brief.match(/^• /gm)).toHaveLength(1);
    const russian = filmCard(f, plainStyle, MESSAGES.ru, { columns: 100, watchSources: TABLE });
    expect(russian).toMatch(/\nГде смотреть\n• поиск на канале «Мосфильма»: «Служебный роман»\n/);
  });

  it('with the shipped table, says "web search"', () => {
    expect(filmCard(f, plainStyle, MESSAGES.en, { columns: 100, brief: true })).toMatch(/\nWatch\n• web search on YouTube for “Служебный роман 1977”\n {2}https:\/\/www\.youtube\.com\/results\?search_query=/);
  });
});

describe('the opener', () => {
  it('sees a display on macOS and Windows, with X11 or Wayland, under WSL, or when BROWSER is set', () => {
    expect(hasDisplay({}, 'linux')).toBe(false);
    expect(hasDisplay({ BROWSER: '  ' }, 'linux')).toBe(false);
    expect(hasDisplay({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(hasDisplay({ WSL_DISTRO_NAME: 'Ubuntu' }, 'linux')).toBe(true);
    expect(hasDisplay({ BROWSER: 'lynx' }, 'linux')).toBe(true);
    expect(hasDisplay({}, 'darwin')).toBe(true);
    expect(hasDisplay({}, 'win32')).toBe(true);
  });

  it('reads BROWSER as a list of commands, the first used, %s standing for the address', () => {
    const url = 'https://video.example/s?q=a%20b&c=1';
    expect(browserCommand({ BROWSER: 'firefox:lynx' }, 'linux')).toEqual(['firefox']);
    expect(browserCommand({ BROWSER: ':  w3m -N :lynx' }, 'linux')).toEqual(['w3m', '-N']);
    expect(browserCommand({ BROWSER: 'C:\\Tools\\b.exe' }, 'win32')).toEqual(['C:\\Tools\\b.exe']);
    expect(browserCommand({}, 'linux')).toBeUndefined();
    expect(browserArgs(['firefox'], url)).toEqual(['firefox', [url]]);
    expect(browserArgs(['chromium', '--new-window', 'x=%s'], url)).toEqual(['chromium', ['--new-window', `x=${url}`]]);
    // "$&" in a replacement would mean the match; the address goes in as it is.
    expect(browserArgs(['b', '%s'], 'https://a.example/$&$1')).toEqual(['b', ['https://a.example/$&$1']]);
  });
});
