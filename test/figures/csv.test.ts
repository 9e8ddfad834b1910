import { describe, expect, it } from 'vitest';
import { toCsv } from '../../pipeline/figures/csv.ts';

describe('toCsv', () => {
  it('writes the columns in order, then one line per row', () => {
    expect(toCsv(['name', 'count'], [{ count: 3, name: 'Europe' }])).toBe('name,count\nEurope,3\n');
  });

  it('quotes what CSV must quote', () => {
    expect(toCsv(['name'], [{ name: 'Bonaire, Sint Eustatius and Saba' }, { name: 'the "Call"' }])).toBe(
      'name\n"Bonaire, Sint Eustatius and Saba"\n"the ""Call"""\n',
    );
  });

  it('turns text a spreadsheet would run as a formula into plain text, and leaves numbers alone', () => {
    const rows = [{ value: '=HYPERLINK("x")' }, { value: '+1' }, { value: '-2' }, { value: '@SUM(A1)' }, { value: -3 }];
    expect(toCsv(['value'], rows)).toBe(`value\n"'=HYPERLINK(""x"")"\n'+1\n'-2\n'@SUM(A1)\n-3\n`);
  });

  it('leaves a cell empty when a row lacks the column', () => {
    expect(toCsv(['a', 'b'], [{ a: 1 }])).toBe('a,b\n1,\n');
  });

  it('writes nothing for a table with no columns', () => {
    expect(toCsv([], [])).toBe('');
  });
});
