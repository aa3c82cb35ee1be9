// The watchlist log: `want` and `unwant` entries in the diary's own file, replayed.
import { describe, expect, it } from 'vitest';
import { formatEvent, parseDiary, viewings, type DiaryEvent } from '../../src/core/diary.js';
import { savedOnly, watchlist } from '../../src/core/watchlist.js';

const want = (id: string, addedOn: string): DiaryEvent => ({ op: 'want', id, addedOn, at: `${addedOn}T10:00:00Z` });
const unwant = (id: string): DiaryEvent => ({ op: 'unwant', id, at: 'x' });

describe('watchlist (replaying the log)', () => {
  it('is empty for no events, and for viewings alone', () => {
    expect(watchlist([])).toEqual([]);
    expect(watchlist([{ op: 'watch', id: 'a', watchedOn: '2026-01-01', rating: null, at: 'x' }])).toEqual([]);
  });

  it('lists saved films newest first', () => {
    expect(watchlist([want('a', '2026-01-01'), want('b', '2026-03-01'), want('c', '2026-02-01')])).toEqual([
      { id: 'b', addedOn: '2026-03-01' },
      { id: 'c', addedOn: '2026-02-01' },
      { id: 'a', addedOn: '2026-01-01' },
    ]);
  });

  it('saving a film twice keeps it once, with the first day', () => {
    expect(watchlist([want('a', '2026-01-01'), want('a', '2026-05-01')])).toEqual([{ id: 'a', addedOn: '2026-01-01' }]);
  });

  it('unwant takes it off; a later want saves it again', () => {
    expect(watchlist([want('a', '2026-01-01'), want('b', '2026-01-02'), unwant('a')])).toEqual([{ id: 'b', addedOn: '2026-01-02' }]);
    expect(watchlist([want('a', '2026-01-01'), unwant('a'), want('a', '2026-04-01')])).toEqual([{ id: 'a', addedOn: '2026-04-01' }]);
    expect(watchlist([unwant('never')])).toEqual([]);
  });

  it('watching a film does not take it off (tonight asks); unwatch and unwant touch only their own kind', () => {
    const events: DiaryEvent[] = [want('a', '2026-01-01'), { op: 'watch', id: 'a', watchedOn: '2026-01-02', rating: 4.5, at: 'x' }, { op: 'unwatch', id: 'a', at: 'x' }];
    expect(watchlist(events)).toEqual([{ id: 'a', addedOn: '2026-01-01' }]);
    expect(viewings([{ op: 'watch', id: 'a', watchedOn: '2026-01-02', rating: null, at: 'x' }, unwant('a')])).toHaveLength(1);
  });

  it('savedOnly keeps the films on the watchlist, in their order', () => {
    expect(savedOnly([{ id: 'a' }, { id: 'b' }, { id: 'c' }], [{ id: 'c', addedOn: '2026-01-01' }, { id: 'a', addedOn: '2026-01-01' }])).toEqual([{ id: 'a' }, { id: 'c' }]);
  });
});

describe('want and unwant lines in the one log', () => {
  it('round-trip through formatEvent and parseDiary, mixed with viewings', () => {
    const events: DiaryEvent[] = [want('a', '2026-01-01'), { op: 'watch', id: 'b', watchedOn: '2026-01-02', rating: 3.5, rewatch: true, at: 'x' }, unwant('a')];
    expect(parseDiary(events.map(formatEvent).join(''))).toEqual(expect.objectContaining({ events, damaged: [] }));
  });

  it('a torn want line loses nothing before it; a want with a bad date or no id is damage', () => {
    const good = [want('a', '2026-01-01'), want('b', '2026-01-02')].map(formatEvent).join('');
    const parsed = parseDiary(`${good}{"op":"want","id":"c","addedOn":"2026-0`);
    expect(watchlist(parsed.events).map((s) => s.id)).toEqual(['b', 'a']);
    expect(parsed.damaged).toEqual([3]);
    const bad = [{ op: 'want', id: 'x', addedOn: '2026-02-30', at: 'x' }, { op: 'want', id: '', addedOn: '2026-01-01', at: 'x' }, { op: 'want', id: 'y', at: 'x' }, { op: 'unwant', at: 'x' }, { op: 'watch', id: 'z', watchedOn: '2026-01-01', rating: null, rewatch: 'yes', at: 'x' }];
    expect(parseDiary(bad.map((e) => JSON.stringify(e)).join('\n')).damaged).toEqual([1, 2, 3, 4, 5]);
  });
});
