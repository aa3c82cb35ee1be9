// `import letterboxd` end to end: a Letterboxd export ZIP built here, --dry-run, --yes, again; the
// prompt in a terminal; export back to Letterboxd's CSV; and hostile files that must leave the diary untouched.
import { existsSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run, tempHome, type RunResult } from '../helpers/run.js';
import { KEYS, terminalSession } from '../helpers/pty.js';
import { DIARY, EXPECTED, RATINGS, WATCHED, WATCHLIST, csv, letterboxdZip, zipOf } from '../helpers/letterboxd.js';

let home: { dir: string; cleanup: () => void };
let zip: string;
const diaryFile = () => join(home.dir, 'diary.jsonl');

beforeEach(async () => {
  home = tempHome();
  zip = join(home.dir, 'letterboxd-someone-2026-01-01-12-00-utc.zip');
  await letterboxdZip(zip);
});
afterEach(() => home.cleanup());

function sl(args: string[], env: Record<string, string> = {}): RunResult {
  return run(args, { env: { SOVIET_LOVE_HOME: home.dir, ...env } });
}

const lines = (text: string) => text.split('\n').filter(Boolean);

describe('import letterboxd <zip>', () => {
  it('--dry-run shows the summary and what it would add, and writes nothing', () => {
    const r = sl(['import', 'letterboxd', zip, '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${EXPECTED.films.length} Soviet love films found: ${EXPECTED.viewings} viewings, ${EXPECTED.watchlist} on the watchlist; ${EXPECTED.skipped} other films skipped.`);
    expect(r.stderr).toContain('Nothing was added (--dry-run).');
    const added = lines(r.stdout).map((l) => l.split('\t'));
    expect(added).toHaveLength(EXPECTED.viewings + EXPECTED.watchlist);
    // Each line: kind, date, id, title, rating, rewatch.
    expect(added).toContainEqual(['viewing', '2024-12-31', 'irony-of-fate', 'The Irony of Fate', '5', 'rewatch']);
    expect(added).toContainEqual(['viewing', '2024-03-08', 'moscow-does-not-believe-in-tears', 'Moscow Does Not Believe in Tears', '4', '']);
    expect(added).toContainEqual(['watchlist', '2024-07-04', 'three-poplars-in-plyushchikha', 'Three Poplars in Plyushchikha', '', '']);
    expect(r.stdout).not.toMatch(/Casablanca|Crouching|Strangelove|Human|Before Sunrise/);
    expect(existsSync(diaryFile())).toBe(false);
  });

  it('--yes adds it all; importing the same file again adds nothing', () => {
    const first = sl(['import', 'letterboxd', zip, '--yes']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain(`Added ${EXPECTED.viewings} viewings and ${EXPECTED.watchlist} films for the watchlist`);
    const diary = JSON.parse(sl(['diary', '--json']).stdout) as { id: string; watchedOn: string; rating: number | null; rewatch: boolean }[];
    expect(diary).toHaveLength(EXPECTED.viewings);
    expect(diary.find((d) => d.id === 'love-and-pigeons')).toMatchObject({ watchedOn: '2024-05-05', rating: 3.5, rewatch: true });
    // The rating from ratings.csv fills the viewing that had none.
    expect(diary.find((d) => d.id === 'moscow-does-not-believe-in-tears')).toMatchObject({ rating: 4 });
    expect(diary.find((d) => d.id === 'station-for-two')).toMatchObject({ watchedOn: '2023-11-11', rating: 4.5, rewatch: false });
    const saved = JSON.parse(sl(['watchlist', '--json']).stdout) as { id: string; addedOn: string }[];
    expect(saved.map((s) => s.id).sort()).toEqual(['cranes-are-flying', 'cruel-romance', 'three-poplars-in-plyushchikha']);

    const before = readFileSync(diaryFile());
    const again = sl(['import', 'letterboxd', zip, '--yes']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('Nothing new to add.');
    expect(again.stdout).toBe('');
    expect(readFileSync(diaryFile()).equals(before)).toBe(true);
  });

  it('--json gives the summary, and needs --yes or --dry-run', () => {
    const dry = sl(['import', 'letterboxd', zip, '--dry-run', '--json']);
    expect(dry.code, dry.stderr).toBe(0);
    const s = JSON.parse(dry.stdout);
    expect(s).toMatchObject({ films: EXPECTED.films.length, skipped: EXPECTED.skipped, already: 0, added: false });
    expect(s.viewings).toHaveLength(EXPECTED.viewings);
    expect(s.watchlist).toHaveLength(EXPECTED.watchlist);
    expect(s.viewings[0]).toEqual({ id: 'station-for-two', title: 'Station for Two', year: 1983, watchedOn: '2023-11-11', rating: 4.5, rewatch: false });

    const bare = sl(['import', 'letterboxd', zip, '--json']);
    expect(bare.code).toBe(2);
    expect(lines(bare.stderr)).toHaveLength(1);

    expect(JSON.parse(sl(['import', 'letterboxd', zip, '--yes', '--json']).stdout)).toMatchObject({ added: true });
    expect(JSON.parse(sl(['import', 'letterboxd', zip, '--yes', '--json']).stdout)).toMatchObject({ added: false, viewings: [], watchlist: [] });
  });

  it('without a terminal and without --yes it exits 2 and writes nothing', () => {
    const r = sl(['import', 'letterboxd', zip]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain('--yes');
    expect(existsSync(diaryFile())).toBe(false);
  });

  it('reads one CSV file from the export: quoted titles with commas, quotes and newlines', () => {
    for (const [name, text] of Object.entries({ 'diary.csv': DIARY, 'watched.csv': WATCHED, 'ratings.csv': RATINGS, 'watchlist.csv': WATCHLIST })) writeFileSync(join(home.dir, name), text);
    const w = sl(['import', 'letterboxd', join(home.dir, 'watchlist.csv'), '--yes']);
    expect(w.code, w.stderr).toBe(0);
    expect(w.stderr).toContain('3 Soviet love films found: 0 viewings, 3 on the watchlist; 4 other films skipped.');
    const d = sl(['import', 'letterboxd', join(home.dir, 'diary.csv'), '--yes', '--json']);
    expect(JSON.parse(d.stdout).viewings).toHaveLength(5);
    // watched.csv then adds only the film that has no diary entry; ratings.csv adds nothing new.
    expect(JSON.parse(sl(['import', 'letterboxd', join(home.dir, 'watched.csv'), '--yes', '--json']).stdout).viewings.map((v: { id: string }) => v.id)).toEqual(['station-for-two']);
    expect(JSON.parse(sl(['import', 'letterboxd', join(home.dir, 'ratings.csv'), '--yes', '--json']).stdout).viewings).toEqual([]);
  });

  it('--lang ru shows no English but titles', () => {
    const r = sl(['--lang', 'ru', 'import', 'letterboxd', zip, '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Найдено советских фильмов о любви: 8/);
    for (const line of lines(r.stderr)) expect(line.replace(/--dry-run/g, '')).not.toMatch(/[A-Za-z]{3,}/);
  });
});

describe('export after an import: back to Letterboxd', () => {
  it("the diary's CSV has Letterboxd's columns, half stars, rewatches and the catalog's imdbIDs", () => {
    expect(sl(['import', 'letterboxd', zip, '--yes']).code).toBe(0);
    const r = sl(['export']);
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('Title,Year,imdbID,Directors,WatchedDate,Rating,Rewatch');
    expect(rows).toContain('The Irony of Fate,1976,tt0073179,Eldar Ryazanov,2024-12-31,5,true');
    expect(rows).toContain('Love and Pigeons,1985,,Vladimir Menshov,2024-05-05,3.5,true');
    expect(rows).toContain('Station for Two,1983,tt0084873,Eldar Ryazanov,2023-11-11,4.5,false');
    const w = sl(['export', '--watchlist']);
    expect(w.stdout.trimEnd().split('\r\n')).toEqual([
      'Title,Year,imdbID,Directors',
      'Three Poplars in Plyushchikha,1968,tt0062393,Tatyana Lioznova',
      'A Cruel Romance,1984,,Eldar Ryazanov',
      'The Cranes Are Flying,1957,,Mikhail Kalatozov',
    ]);
  });
});

describe('hostile files: exit 3, one line, the diary untouched', () => {
  beforeEach(() => {
    expect(sl(['watched', 'circus', '--date', '2026-01-01']).code).toBe(0);
  });

  async function expectRefused(file: string, pattern: RegExp): Promise<void> {
    const before = readFileSync(diaryFile());
    for (const extra of [['--dry-run'], ['--yes'], []]) {
      const r = sl(['import', 'letterboxd', file, ...extra]);
      expect(r.code, `${file} ${extra.join(' ')}: ${r.stderr}`).toBe(3);
      expect(lines(r.stderr), r.stderr).toHaveLength(1);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\bat .*\.(c?js|ts):\d+/);
      expect(r.stdout).toBe('');
    }
    expect(readFileSync(diaryFile()).equals(before)).toBe(true);
  }

  it('a file that is not there, a directory, a FIFO, a device, a dangling symlink', async () => {
    await expectRefused(join(home.dir, 'nope.zip'), /does not exist/);
    await expectRefused(home.dir, /is a directory/);
    const fifo = join(home.dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    await expectRefused(fifo, /not a regular file/);
    await expectRefused('/dev/zero', /not a regular file/);
    symlinkSync(join(home.dir, 'gone'), join(home.dir, 'dangling'));
    await expectRefused(join(home.dir, 'dangling'), /does not exist/);
  });

  it('a 1 GB file is refused by its size, unread', async () => {
    const big = join(home.dir, 'big.zip');
    writeFileSync(big, '');
    truncateSync(big, 1024 ** 3);
    await expectRefused(big, /too big/);
  });

  it('not a ZIP and not a CSV; a broken ZIP; an empty file; binary noise', async () => {
    const f = (name: string, data: string | Buffer) => {
      const p = join(home.dir, name);
      writeFileSync(p, data);
      return p;
    };
    await expectRefused(f('noise.zip', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))), /neither a ZIP nor a CSV/);
    await expectRefused(f('broken.zip', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100, 1)])), /not a readable ZIP/);
    const good = readFileSync(zip);
    await expectRefused(f('cut.zip', good.subarray(0, good.length - 30)), /not a readable ZIP/);
    await expectRefused(f('empty.csv', ''), /Letterboxd's columns/);
  });

  it("a CSV without Letterboxd's columns, an unclosed quote, a ZIP without Letterboxd's files", async () => {
    await expectRefused(join(home.dir, ((): string => (writeFileSync(join(home.dir, 'imdb.csv'), csv([['Const', 'Your Rating', 'Title'], ['tt0073179', '9', 'Irony']])), 'imdb.csv'))()), /Letterboxd's columns/);
    writeFileSync(join(home.dir, 'diary.csv'), 'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n2024-01-01,"Office Romance,1977\n');
    await expectRefused(join(home.dir, 'diary.csv'), /not a readable CSV/);
    const other = join(home.dir, 'photos.zip');
    await zipOf(other, [['cat.jpg', Buffer.alloc(100, 7)], ['deleted/diary.csv', Buffer.from(DIARY)]]);
    await expectRefused(other, /none of Letterboxd's files/);
  });

  it('ZIP bombs: a huge ratio, too many entries, an entry lying about its size', async () => {
    const ratio = join(home.dir, 'ratio.zip');
    await zipOf(ratio, [['diary.csv', Buffer.alloc(20 * 1024 * 1024, 0x41)]]);
    await expectRefused(ratio, /unpacks to far more/);

    // More entries than any export has (a real 10,001-entry ZIP; yauzl reads the count before any entry).
    const many = join(home.dir, 'many.zip');
    await zipOf(many, Array.from({ length: 10_001 }, (_, i): [string, Buffer] => [`f${i}`, Buffer.alloc(0)]));
    await expectRefused(many, /unpacks to far more/);

    // Declares 100 bytes in the central directory, inflates to 500 KB.
    const liar = join(home.dir, 'liar.zip');
    await zipOf(liar, [['watched.csv', Buffer.from(`Date,Name,Year,Letterboxd URI\n${'2024-01-01,Office Romance,1977,u\n'.repeat(15_000)}`)]]);
    const bytes = readFileSync(liar);
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(central).toBeGreaterThan(0);
    bytes.writeUInt32LE(100, central + 24);
    writeFileSync(liar, bytes);
    await expectRefused(liar, /unpacks to far more/);
  });
});

describe('import in a terminal', { timeout: 30_000 }, () => {
  const { open, home: ptyHome } = terminalSession();

  it('lists what it will add, asks, and adds on Enter; "No" adds nothing', async () => {
    const dir = ptyHome();
    const file = join(dir, 'export.zip');
    await letterboxdZip(file);
    const no = open(['import', 'letterboxd', file], { SOVIET_LOVE_HOME: dir });
    await no.waitFor(/\? Add 6 viewings and 3 films for the watchlist to your diary\?[^]*navigate/);
    expect(no.text).toContain('8 Soviet love films found');
    expect(no.text).toMatch(/\+ 2024-12-31 +The Irony of Fate \(1976\) +★★★★★ +rewatch/);
    expect(no.text).toMatch(/\+ 2024-05-05 +Love and Pigeons \(1985\) +★★★½/);
    expect(no.text).toMatch(/\+ watchlist +The Cranes Are Flying \(1957\)/);
    await no.press(KEYS.down);
    await no.press(KEYS.enter);
    expect(await no.exited).toBe(0);
    expect(no.text).toContain('Nothing was added.');
    expect(existsSync(join(dir, 'diary.jsonl'))).toBe(false);

    const yes = open(['import', 'letterboxd', file], { SOVIET_LOVE_HOME: dir });
    await yes.waitFor(/Add 6 viewings[^]*navigate/);
    await yes.press(KEYS.enter);
    expect(await yes.exited).toBe(0);
    expect(yes.text).toContain('Added 6 viewings and 3 films for the watchlist');
    expect(readFileSync(join(dir, 'diary.jsonl'), 'utf8').trim().split('\n')).toHaveLength(9);
  });

  it('Ctrl-C at the question exits 130 and adds nothing', async () => {
    const dir = ptyHome();
    const file = join(dir, 'export.zip');
    mkdirSync(dir, { recursive: true });
    await letterboxdZip(file);
    const t = open(['import', 'letterboxd', file], { SOVIET_LOVE_HOME: dir });
    await t.waitFor(/Add 6 viewings[^]*navigate/);
    await t.press(KEYS.ctrlC);
    expect(await t.exited).toBe(130);
    expect(existsSync(join(dir, 'diary.jsonl'))).toBe(false);
  });
});
