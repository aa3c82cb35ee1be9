// Builds Letterboxd "export your data" files for tests: the real column layout, as its ZIP or as CSV files.
import { writeFileSync } from 'node:fs';
import { ZipFile } from 'yazl';

const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
export const csv = (rows: string[][]) => rows.map((r) => r.map(quote).join(',')).join('\n') + '\n';

const URI = (slug: string) => `https://boxd.it/${slug}`;

/** diary.csv: Date, Name, Year, Letterboxd URI, Rating, Rewatch, Tags, Watched Date. */
export const DIARY = csv([
  ['Date', 'Name', 'Year', 'Letterboxd URI', 'Rating', 'Rewatch', 'Tags', 'Watched Date'],
  ['2024-01-02', 'The Irony of Fate, or Enjoy Your Bath!', '1975', URI('a1'), '4.5', '', 'new year', '2024-01-01'],
  ['2024-02-14', 'Office Romance', '1977', URI('a2'), '5', '', '', '2024-02-14'],
  ['2024-03-08', 'Moscow Does Not Believe in Tears', '1979', URI('a3'), '', '', '', '2024-03-08'],
  ['2024-04-01', 'Casablanca', '1942', URI('a4'), '5', '', '', '2024-04-01'],
  ['2025-01-01', 'The Irony of Fate, or Enjoy Your Bath!', '1975', URI('a5'), '5', 'Yes', 'new year, tradition', '2024-12-31'],
  ['2024-05-05', 'Love and Doves', '1984', URI('a6'), '3.5', 'Yes', '', '2024-05-05'],
  ['2024-06-01', 'Before Sunrise', '1995', URI('a7'), '4', '', '', '2024-06-01'],
]);

/** watched.csv: Date, Name, Year, Letterboxd URI — every film marked watched, with or without a diary entry. */
export const WATCHED = csv([
  ['Date', 'Name', 'Year', 'Letterboxd URI'],
  ['2024-01-02', 'The Irony of Fate, or Enjoy Your Bath!', '1975', URI('b1')],
  ['2024-02-14', 'Office Romance', '1977', URI('b2')],
  ['2024-03-08', 'Moscow Does Not Believe in Tears', '1979', URI('b3')],
  ['2024-04-01', 'Casablanca', '1942', URI('b4')],
  ['2024-05-05', 'Love and Doves', '1984', URI('b6')],
  ['2024-06-01', 'Before Sunrise', '1995', URI('b7')],
  ['2023-11-11', 'Station for Two', '1983', URI('b8')],
  ['2023-10-10', 'Crouching Tiger, Hidden Dragon', '2000', URI('b9')],
  ['2023-09-09', 'Anna Karenina', '2012', URI('b10')],
]);

/** ratings.csv: Date, Name, Year, Letterboxd URI, Rating. */
export const RATINGS = csv([
  ['Date', 'Name', 'Year', 'Letterboxd URI', 'Rating'],
  ['2024-03-09', 'Moscow Does Not Believe in Tears', '1979', URI('c3'), '4'],
  ['2024-04-01', 'Casablanca', '1942', URI('c4'), '5'],
  ['2023-11-11', 'Station for Two', '1983', URI('c8'), '4.5'],
]);

/** watchlist.csv: Date, Name, Year, Letterboxd URI; one title with a comma and quotes, one with a newline. */
export const WATCHLIST = csv([
  ['Date', 'Name', 'Year', 'Letterboxd URI'],
  ['2024-07-01', 'The Cranes Are Flying', '1957', URI('d1')],
  ['2024-07-02', 'A Cruel Romance', '1984', URI('d2')],
  ['2024-07-03', 'Dr. Strangelove or: How I Learned to Stop Worrying and Love the Bomb', '1964', URI('d3')],
  ['2024-07-04', 'Three Poplars on Plyushchikha', '1968', URI('d4')],
  ['2024-07-05', 'Crouching Tiger, Hidden Dragon', '2000', URI('d5')],
  ['2024-07-06', 'The "Human" Condition, Part 1', '1959', URI('d6')],
  ['2024-07-07', 'A Title\nOver Two Lines', '2001', URI('d7')],
]);

/** What the fixture holds: the Soviet love films it names, and what a first import adds. */
export const EXPECTED = {
  films: ['irony-of-fate', 'office-romance', 'moscow-does-not-believe-in-tears', 'love-and-pigeons', 'station-for-two', 'cranes-are-flying', 'cruel-romance', 'three-poplars-in-plyushchikha'],
  viewings: 6,
  watchlist: 3,
  /** Casablanca, Before Sunrise, Crouching Tiger, Anna Karenina (2012), Dr. Strangelove, The "Human" Condition, the two-line title. */
  skipped: 7,
};

/** A ZIP of the given entries, as yazl writes them (deflated). */
export function zipOf(path: string, entries: [string, string | Buffer][]): Promise<void> {
  const zip = new ZipFile();
  for (const [name, content] of entries) zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content), name);
  zip.end();
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => {
      writeFileSync(path, Buffer.concat(chunks));
      done();
    });
    zip.outputStream.on('error', fail);
  });
}

/** The ZIP as Letterboxd makes it: the four files at the top, with others we do not read beside them. */
export function letterboxdZip(path: string): Promise<void> {
  return zipOf(path, [
    ['profile.csv', 'Date Joined,Username\n2020-01-01,someone\n'],
    ['diary.csv', DIARY],
    ['ratings.csv', RATINGS],
    ['reviews.csv', 'Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date\n'],
    ['watched.csv', WATCHED],
    ['watchlist.csv', WATCHLIST],
    // Films deleted from the diary, and lists: not what the user has watched or saved.
    ['deleted/diary.csv', DIARY],
    ['lists/soviet.csv', 'Letterboxd list export v7\n'],
  ]);
}
