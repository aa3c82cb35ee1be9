// Export formats: RFC 4180 CSV quoting, Letterboxd's import columns, plain CSV and JSON.
import { describe, expect, it } from 'vitest';
import { csvField, EXPORT_FORMATS, EXPORTERS, toCsv, toJson, toLetterboxd, watchlistToJson, watchlistToLetterboxd, WATCHLIST_EXPORTERS, type ExportRow } from '../../src/core/export.js';
import { rewatchFlags, viewings, type DiaryEvent } from '../../src/core/diary.js';

function row(over: Partial<ExportRow> = {}): ExportRow {
  return {
    id: 'irony-of-fate',
    title: 'The Irony of Fate',
    russianTitle: 'Ирония судьбы, или С лёгким паром!',
    year: 1976,
    imdb: 'tt0073179',
    directors: ['Eldar Ryazanov'],
    watchedOn: '2026-12-31',
    rating: 5,
    rewatch: false,
    ...over,
  };
}

/** Splits CSV text into records of fields (RFC 4180: quoted fields may hold commas, quotes, newlines). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

describe('csvField', () => {
  it('leaves plain text, numbers and booleans alone', () => {
    expect(csvField('Office Romance')).toBe('Office Romance');
    expect(csvField('Любовь и голуби')).toBe('Любовь и голуби');
    expect(csvField(1977)).toBe('1977');
    expect(csvField(true)).toBe('true');
    expect(csvField(false)).toBe('false');
  });

  it('writes null as an empty field', () => {
    expect(csvField(null)).toBe('');
  });

  it('quotes a field holding a comma', () => {
    expect(csvField('Ирония судьбы, или С лёгким паром!')).toBe('"Ирония судьбы, или С лёгким паром!"');
  });

  it('quotes a field holding quotes and doubles them', () => {
    expect(csvField('The "Hussar" Ballad')).toBe('"The ""Hussar"" Ballad"');
    expect(csvField('"')).toBe('""""');
  });

  it('quotes a field holding a newline or carriage return', () => {
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('a\rb')).toBe('"a\rb"');
  });

  it('defuses a text that a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+7 495')).toBe("'+7 495");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('=a,b')).toBe(`"'=a,b"`);
  });

  it('does not touch a formula character that is not at the start, nor a negative number', () => {
    expect(csvField('Moscow = love')).toBe('Moscow = love');
    expect(csvField('e-mail')).toBe('e-mail');
    expect(csvField(-1)).toBe('-1');
  });

  it('round-trips through an RFC 4180 reader', () => {
    const nasty = ['plain', 'a,b', 'say "hi"', 'x\ny', ',"\r\n,', ''];
    const text = nasty.map(csvField).join(',') + '\r\n';
    expect(parseCsv(text)).toEqual([nasty]);
  });
});

describe('toLetterboxd', () => {
  it('has exactly the header Title,Year,imdbID,Directors,WatchedDate,Rating,Rewatch', () => {
    const text = toLetterboxd([]);
    expect(text).toBe('Title,Year,imdbID,Directors,WatchedDate,Rating,Rewatch\r\n');
  });

  it('writes one row per viewing in the header order', () => {
    const text = toLetterboxd([row()]);
    const lines = text.split('\r\n');
    expect(lines).toEqual(['Title,Year,imdbID,Directors,WatchedDate,Rating,Rewatch', 'The Irony of Fate,1976,tt0073179,Eldar Ryazanov,2026-12-31,5,false', '']);
  });

  it('writes half stars as Letterboxd reads them (3.5), and an empty imdbID where the catalog has none', () => {
    const [, record] = parseCsv(toLetterboxd([row({ id: 'office-romance', title: 'Office Romance', year: 1977, imdb: null, rating: 3.5 })]));
    expect(record).toEqual(['Office Romance', '1977', '', 'Eldar Ryazanov', '2026-12-31', '3.5', 'false']);
  });

  it('joins several directors into one quoted field and leaves unknown values empty', () => {
    const text = toLetterboxd([row({ title: 'Circus', year: null, imdb: null, directors: ['Grigori Aleksandrov', 'Isidor Simkov'], rating: null })]);
    const [header, record] = parseCsv(text);
    expect(header).toEqual(['Title', 'Year', 'imdbID', 'Directors', 'WatchedDate', 'Rating', 'Rewatch']);
    expect(record).toEqual(['Circus', '', '', 'Grigori Aleksandrov, Isidor Simkov', '2026-12-31', '', 'false']);
  });

  it('quotes awkward titles so every record still has seven fields', () => {
    const text = toLetterboxd([row({ title: 'Love, "Pigeons"\nand more' }), row({ title: '=cmd' })]);
    const records = parseCsv(text);
    expect(records).toHaveLength(3);
    for (const r of records) expect(r).toHaveLength(7);
    expect(records[1]![0]).toBe('Love, "Pigeons"\nand more');
    expect(records[2]![0]).toBe("'=cmd");
  });

  it('marks a second viewing of a film as a rewatch', () => {
    const events: DiaryEvent[] = [
      { op: 'watch', id: 'irony-of-fate', watchedOn: '2025-12-31', rating: 5, at: 'x' },
      { op: 'watch', id: 'office-romance', watchedOn: '2026-02-14', rating: null, at: 'x' },
      { op: 'watch', id: 'irony-of-fate', watchedOn: '2026-12-31', rating: 4, at: 'x' },
    ];
    const list = viewings(events);
    const flags = rewatchFlags(list);
    const rows = list.map((v, i) => row({ ...v, title: v.id, rewatch: flags[i]! }));
    const records = parseCsv(toLetterboxd(rows)).slice(1);
    expect(records.map((r) => [r[0], r[4], r[5], r[6]])).toEqual([
      ['irony-of-fate', '2026-12-31', '4', 'true'],
      ['office-romance', '2026-02-14', '', 'false'],
      ['irony-of-fate', '2025-12-31', '5', 'false'],
    ]);
  });
});

describe('toCsv and toJson', () => {
  it('plain CSV carries id and Russian title, quoted where needed', () => {
    const records = parseCsv(toCsv([row({ rewatch: true, rating: null })]));
    expect(records).toEqual([
      ['watchedOn', 'id', 'title', 'russianTitle', 'year', 'rating', 'rewatch'],
      ['2026-12-31', 'irony-of-fate', 'The Irony of Fate', 'Ирония судьбы, или С лёгким паром!', '1976', '', 'true'],
    ]);
  });

  it('JSON is an array of { id, title, year, watchedOn, rating, rewatch }', () => {
    const parsed = JSON.parse(toJson([row(), row({ id: 'circus', title: 'Circus', year: null, rating: null, rewatch: true })]));
    expect(parsed).toEqual([
      { id: 'irony-of-fate', title: 'The Irony of Fate', year: 1976, watchedOn: '2026-12-31', rating: 5, rewatch: false },
      { id: 'circus', title: 'Circus', year: null, watchedOn: '2026-12-31', rating: null, rewatch: true },
    ]);
    expect(toJson([])).toBe('[]\n');
  });

  it('every listed format has an exporter', () => {
    expect([...EXPORT_FORMATS].sort()).toEqual(['csv', 'json', 'letterboxd']);
    for (const f of EXPORT_FORMATS) expect(typeof EXPORTERS[f]([])).toBe('string');
  });
});

describe('the watchlist export', () => {
  const saved = { id: 'cranes-are-flying', title: 'The Cranes Are Flying', russianTitle: 'Летят журавли', year: 1957, imdb: 'tt0050634', directors: ['Mikhail Kalatozov'], addedOn: '2026-03-01' };

  it("Letterboxd's watchlist import: Title, Year, imdbID, Directors", () => {
    expect(parseCsv(watchlistToLetterboxd([saved, { ...saved, title: 'Office Romance', year: 1977, imdb: null, directors: ['Eldar Ryazanov'] }]))).toEqual([
      ['Title', 'Year', 'imdbID', 'Directors'],
      ['The Cranes Are Flying', '1957', 'tt0050634', 'Mikhail Kalatozov'],
      ['Office Romance', '1977', '', 'Eldar Ryazanov'],
    ]);
  });

  it('JSON is an array of { id, title, year, addedOn }, and every format has one', () => {
    expect(JSON.parse(watchlistToJson([saved]))).toEqual([{ id: 'cranes-are-flying', title: 'The Cranes Are Flying', year: 1957, addedOn: '2026-03-01' }]);
    for (const f of EXPORT_FORMATS) expect(typeof WATCHLIST_EXPORTERS[f]([])).toBe('string');
  });
});
