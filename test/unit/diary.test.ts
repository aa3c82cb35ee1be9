// The pure diary core: parsing the JSON Lines log, replaying it into viewings, rewatch flags, dates.
import { describe, expect, it } from 'vitest';
import { formatEvent, isForeign, isValidDate, localDate, parseDiary, rewatchFlags, viewings, type DiaryEvent } from '../../src/core/diary.js';
import { diaryWriteError } from '../../src/io/diary.js';
import type { Viewing } from '../../src/core/types.js';

const AT = '2026-01-01T12:00:00.000Z';

function watch(id: string, watchedOn: string, rating: number | null = null): DiaryEvent {
  return { op: 'watch', id, watchedOn, rating, at: AT };
}

function unwatch(id: string): DiaryEvent {
  return { op: 'unwatch', id, at: AT };
}

function log(...events: DiaryEvent[]): string {
  return events.map(formatEvent).join('');
}

describe('isValidDate', () => {
  it('accepts real calendar days written YYYY-MM-DD', () => {
    for (const d of ['2026-01-01', '2026-12-31', '2024-02-29', '2000-02-29', '1999-06-30']) expect(isValidDate(d), d).toBe(true);
  });

  it('rejects days that do not exist', () => {
    for (const d of ['2026-02-30', '2023-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32']) {
      expect(isValidDate(d), d).toBe(false);
    }
  });

  it('rejects other spellings and words', () => {
    for (const d of ['tomorrow', 'today', '', '2026-1-5', '26-01-05', '2026/01/05', '05.01.2026', ' 2026-01-05', '2026-01-05 ', '2026-01-05\n', '2026-01-05T00:00', '+02026-01-05']) {
      expect(isValidDate(d), JSON.stringify(d)).toBe(false);
    }
  });
});

describe('localDate', () => {
  it('gives the local calendar day, zero-padded', () => {
    expect(localDate(new Date(2026, 0, 5, 12, 0, 0))).toBe('2026-01-05');
    expect(localDate(new Date(2026, 11, 31, 23, 59, 59))).toBe('2026-12-31');
    expect(localDate(new Date(2027, 0, 1, 0, 0, 0))).toBe('2027-01-01');
  });

  it('always produces a date that isValidDate accepts', () => {
    for (let m = 0; m < 12; m++) expect(isValidDate(localDate(new Date(2026, m, 28, 1)))).toBe(true);
  });
});

describe('parseDiary', () => {
  it('reads an empty file as an empty diary', () => {
    expect(parseDiary('')).toMatchObject({ events: [], damaged: [] });
    expect(parseDiary('\n\n  \n')).toMatchObject({ events: [], damaged: [] });
  });

  it('round-trips events written by formatEvent', () => {
    const events = [watch('irony-of-fate', '2026-12-31', 5), unwatch('irony-of-fate'), watch('office-romance', '2026-02-14')];
    const text = log(...events);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.split('\n')).toHaveLength(4);
    expect(parseDiary(text)).toMatchObject({ events, damaged: [] });
  });

  it('treats a missing rating as null', () => {
    const line = JSON.stringify({ op: 'watch', id: 'circus', watchedOn: '2026-03-01', at: AT });
    expect(parseDiary(`${line}\n`).events).toEqual([watch('circus', '2026-03-01', null)]);
  });

  it('tolerates CRLF line endings and blank lines', () => {
    const text = `${JSON.stringify(watch('a', '2026-01-01'))}\r\n\r\n${JSON.stringify(watch('b', '2026-01-02'))}\r\n`;
    expect(parseDiary(text)).toMatchObject({ events: [watch('a', '2026-01-01'), watch('b', '2026-01-02')], damaged: [] });
  });

  it('ignores a byte-order mark at the start (a file saved by some editors)', () => {
    const text = `\uFEFF${log(watch('a', '2026-01-01'), watch('b', '2026-01-02'))}`;
    expect(parseDiary(text)).toMatchObject({ events: [watch('a', '2026-01-01'), watch('b', '2026-01-02')], damaged: [] });
  });

  it('skips a torn last line (no newline) and reports its 1-based line number', () => {
    const good = log(watch('a', '2026-01-01'), watch('b', '2026-01-02'));
    const torn = formatEvent(watch('c', '2026-01-03')).slice(0, 30);
    const parsed = parseDiary(good + torn);
    expect(parsed.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(parsed.damaged).toEqual([3]);
  });

  it('keeps reading after a damaged line in the middle', () => {
    const text = `${formatEvent(watch('a', '2026-01-01'))}\u0000\u00ff garbage ]]\n${formatEvent(watch('b', '2026-01-02'))}`;
    const parsed = parseDiary(text);
    expect(parsed.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(parsed.damaged).toEqual([2]);
  });

  it('reports valid JSON of the wrong shape as damaged', () => {
    const wrong = [
      'null',
      '42',
      '"watch"',
      '[1,2,3]',
      '{}',
      JSON.stringify({ op: 'watch', id: 'a', watchedOn: '2026-01-01' }), // no "at"
      JSON.stringify({ op: 'watch', id: '', watchedOn: '2026-01-01', at: AT }), // empty id
      JSON.stringify({ op: 'watch', id: 7, watchedOn: '2026-01-01', at: AT }),
      JSON.stringify({ op: 'watch', id: 'a', watchedOn: '2026-02-30', rating: null, at: AT }), // no such day
      JSON.stringify({ op: 'watch', id: 'a', watchedOn: '01/01/2026', rating: null, at: AT }),
      JSON.stringify({ op: 'watch', id: 'a', watchedOn: '2026-01-01', rating: 0, at: AT }),
      JSON.stringify({ op: 'watch', id: 'a', watchedOn: '2026-01-01', rating: 6, at: AT }),
      JSON.stringify({ op: 'watch', id: 'a', watchedOn: '2026-01-01', rating: 2.25, at: AT }),
      JSON.stringify({ op: 'watch', id: 'a', watchedOn: '2026-01-01', rating: '5', at: AT }),
      JSON.stringify({ op: 'rate', id: 'a', at: AT }),
      JSON.stringify({ id: 'a', watchedOn: '2026-01-01', at: AT }), // no op
    ];
    const text = [formatEvent(watch('ok', '2026-01-01')).trimEnd(), ...wrong].join('\n') + '\n';
    const parsed = parseDiary(text);
    expect(parsed.events).toEqual([watch('ok', '2026-01-01')]);
    expect(parsed.damaged).toEqual(wrong.map((_, i) => i + 2));
  });

  it('counts lines by their position in the file, blank lines included', () => {
    const text = `\n${formatEvent(watch('a', '2026-01-01'))}\n{broken\n`;
    expect(parseDiary(text).damaged).toEqual([4]);
  });
});

describe('viewings (replaying the log)', () => {
  it('is empty for no events', () => {
    expect(viewings([])).toEqual([]);
  });

  it('lists viewings newest first by the day watched, not by the order they were logged', () => {
    const list = viewings([watch('a', '2026-03-01', 4), watch('b', '2026-01-15'), watch('c', '2026-12-31', 1)]);
    expect(list).toEqual([
      { id: 'c', watchedOn: '2026-12-31', rating: 1 },
      { id: 'a', watchedOn: '2026-03-01', rating: 4 },
      { id: 'b', watchedOn: '2026-01-15', rating: null },
    ]);
  });

  it('puts the later-logged viewing first when two share a day', () => {
    const list = viewings([watch('a', '2026-05-01'), watch('b', '2026-05-01'), watch('c', '2026-05-01')]);
    expect(list.map((v) => v.id)).toEqual(['c', 'b', 'a']);
  });

  it('keeps every viewing of a film watched again', () => {
    const list = viewings([watch('a', '2025-12-31', 5), watch('a', '2026-12-31', 4)]);
    expect(list).toEqual([
      { id: 'a', watchedOn: '2026-12-31', rating: 4 },
      { id: 'a', watchedOn: '2025-12-31', rating: 5 },
    ]);
  });

  it('unwatch removes every earlier viewing of that film, and only of that film', () => {
    const list = viewings([watch('a', '2026-01-01'), watch('b', '2026-01-02'), watch('a', '2026-01-03'), unwatch('a')]);
    expect(list).toEqual([{ id: 'b', watchedOn: '2026-01-02', rating: null }]);
  });

  it('a viewing recorded after an unwatch stays, even with an earlier date', () => {
    const list = viewings([watch('a', '2026-06-01'), unwatch('a'), watch('a', '2020-01-01', 3)]);
    expect(list).toEqual([{ id: 'a', watchedOn: '2020-01-01', rating: 3 }]);
  });

  it('an unwatch of a film never watched changes nothing', () => {
    const events = [watch('a', '2026-01-01'), unwatch('zzz')];
    expect(viewings(events)).toEqual([{ id: 'a', watchedOn: '2026-01-01', rating: null }]);
  });

  it('does not leak the internal sequence number', () => {
    for (const v of viewings([watch('a', '2026-01-01')])) expect(Object.keys(v).sort()).toEqual(['id', 'rating', 'watchedOn']);
  });
});

describe('rewatchFlags', () => {
  it('is empty for an empty list', () => {
    expect(rewatchFlags([])).toEqual([]);
  });

  it('marks every viewing but the oldest of each film (list is newest first)', () => {
    const list: Viewing[] = [
      { id: 'a', watchedOn: '2026-12-31', rating: null },
      { id: 'b', watchedOn: '2026-06-01', rating: null },
      { id: 'a', watchedOn: '2026-01-01', rating: null },
      { id: 'a', watchedOn: '2025-12-31', rating: 5 },
    ];
    expect(rewatchFlags(list)).toEqual([true, false, true, false]);
  });

  it('marks nothing when every film is seen once', () => {
    const list: Viewing[] = ['a', 'b', 'c'].map((id, i) => ({ id, watchedOn: `2026-01-0${i + 1}`, rating: null }));
    expect(rewatchFlags(list)).toEqual([false, false, false]);
  });

  it('works on replayed viewings: a film seen twice the same day is a rewatch the second time', () => {
    const list = viewings([watch('a', '2026-02-14'), watch('a', '2026-02-14'), watch('b', '2026-02-13')]);
    expect(list.map((v) => v.id)).toEqual(['a', 'a', 'b']);
    expect(rewatchFlags(list)).toEqual([true, false, false]);
  });

  it('after an unwatch, the next viewing is a first viewing again', () => {
    const list = viewings([watch('a', '2026-01-01'), unwatch('a'), watch('a', '2026-02-01')]);
    expect(rewatchFlags(list)).toEqual([false]);
  });
});

describe('diaryWriteError (issue #11, point 17)', () => {
  const denied = Object.assign(new Error('EACCES'), { code: 'EACCES' });
  const render = (e: { lines: (lang: 'en') => string[] }) => e.lines('en');
  it('for a diary file that exists but cannot be written, the hint is about the file', () => {
    const [message, hint] = render(diaryWriteError('/h/diary.jsonl', denied, true));
    expect(message).toBe('Cannot write the diary /h/diary.jsonl: permission denied.');
    expect(hint).toMatch(/^The diary file exists but cannot be written/);
  });
  it('for a missing file, the hint is about its directory', () => {
    expect(render(diaryWriteError('/h/diary.jsonl', denied, false))[1]).toMatch(/^Check that the directory exists/);
  });
});

describe('isForeign', () => {
  it('a file with no entry and more than a torn last line is not a diary; a lone torn line is', () => {
    expect(isForeign(parseDiary('shopping\nmilk\n'))).toBe(true);
    expect(isForeign(parseDiary('{"op":"wat'))).toBe(false);
    expect(isForeign(parseDiary(''))).toBe(false);
  });
});
