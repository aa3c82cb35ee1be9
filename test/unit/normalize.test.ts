// Search keys: spellings of one title must meet on one key, and normalising must be stable.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { searchKey, stripControl, swapKeyboardLayout } from '../../src/core/search/normalize.js';
import { transliterate } from '../../src/core/search/translit.js';
import { FILMS } from '../helpers/catalog.js';

describe('searchKey', () => {
  it('is idempotent on any text', () => {
    fc.assert(fc.property(fc.string(), (s) => searchKey(searchKey(s)) === searchKey(s)));
  });

  it('is idempotent on Cyrillic text', () => {
    const cyr = fc.string({ unit: fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюя АБВЁЖЩЮЯ,!-'.split('')) });
    fc.assert(fc.property(cyr, (s) => searchKey(searchKey(s)) === searchKey(s)));
  });

  it('gives every catalog title and its transliteration the same key', () => {
    for (const f of FILMS) expect(searchKey(f.transliteration), f.id).toBe(searchKey(f.russianTitle));
  });

  it('merges the common romanisation schemes', () => {
    const same = [
      ['Летят журавли', 'Letyat zhuravli', 'Letjat žuravli', 'letiat zhuravli'],
      ['Рязанов', 'Ryazanov', 'Rjazanov', 'Riazanov'],
      ['Щукин', 'Shchukin', 'Schukin'],
      ['Цыган', 'Tsygan', 'Cygan', 'Tzygan'],
      ['Хуциев', 'Khutsiev', 'Hutsiev'],
      ['Фёдор', 'Fyodor', 'Fedor', 'Fiodor'],
      ['Ирония судьбы', 'Ironiya sudby', 'Ironija sud’by', 'ironia sudbi'],
    ];
    for (const group of same) {
      const keys = new Set(group.map(searchKey));
      expect([...keys], group.join(' / ')).toHaveLength(1);
    }
  });

  it('treats ё as е and ignores case, punctuation and leading articles', () => {
    expect(searchKey('Ёлка!')).toBe(searchKey('елка'));
    expect(searchKey('The Cranes Are Flying')).toBe(searchKey('cranes are flying'));
    expect(searchKey('«Вам и не снилось…»')).toBe(searchKey('вам и не снилось'));
  });

  it('folds diacritics', () => {
    expect(searchKey('Lăutarii')).toBe(searchKey('Lautarii'));
    expect(searchKey('Arūnas Žebriūnas')).toBe(searchKey('Arunas Zhebriunas'));
  });
});

describe('transliterate', () => {
  it('follows the catalog rules', () => {
    expect(transliterate('Ирония судьбы, или С лёгким паром!')).toBe('Ironiya sudby, ili S lyogkim parom!');
    expect(transliterate('Служебный роман')).toBe('Sluzhebnyy roman');
    expect(transliterate('А зори здесь тихие…')).toBe('A zori zdes tikhiye…');
    expect(transliterate('Щит и меч')).toBe('Shchit i mech');
    expect(transliterate('Съезд')).toBe('Syezd');
  });

  it('leaves Latin text alone', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'abcXYZ 019,.!'.split('')) }), (s) => transliterate(s) === s));
  });
});

describe('swapKeyboardLayout', () => {
  it('reads Russian typed on an English layout', () => {
    expect(swapKeyboardLayout('ktnzn ;ehfdkb')).toBe('летят журавли');
    expect(swapKeyboardLayout('bhjybz')).toBe('ирония');
  });
  it('is its own inverse on layout characters', () => {
    const keys = fc.string({ unit: fc.constantFrom(..."qwertyuiop[]asdfghjkl;'zxcvbnm,.".split('')) });
    fc.assert(fc.property(keys, (s) => swapKeyboardLayout(swapKeyboardLayout(s)) === s));
  });
});

describe('stripControl', () => {
  it('removes escape sequences and C1 controls but keeps text', () => {
    expect(stripControl('A\u001b[31mred\u001b[0m\u0007 title\u009b')).toBe('A[31mred[0m title');
  });
  it('never leaves a control character', () => {
    fc.assert(fc.property(fc.string(), (s) => !/[\u0000-\u001f\u007f-\u009f]/.test(stripControl(s))));
  });
});
