// CSV export: BOM, CRLF, RFC 4180 quoting, Armenian and Cyrillic intact, formulas defused.
import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv } from '../../src/teacher/csv';

describe('csv', () => {
  it('starts with a BOM and ends lines with CRLF', () => {
    const csv = toCsv([
      ['name', 'score'],
      ['Անի', 3],
    ]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}name,score\r\nԱնի,3\r\n`);
  });

  it('keeps Armenian and Cyrillic text byte-exact in UTF-8', () => {
    const csv = toCsv([['Պետրոսյան Անի', 'Петрова, Анна']]);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(csv);
    expect(csv).toContain('Պետրոսյան Անի,"Петрова, Анна"');
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded ', '" padded "'],
    ['=1+1', "'=1+1"],
    ['-cmd', "'-cmd"],
  ])('quotes %j as %j', (input, out) => {
    expect(csvField(input)).toBe(out);
  });

  it('leaves negative numbers as numbers', () => {
    expect(csvField(-2)).toBe('-2');
  });
});
