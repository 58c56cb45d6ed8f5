import { describe, expect, it } from 'vitest';
import { csvLine, csvText } from './csv.ts';

describe('csv cells', () => {
  it('quotes commas, quotes and line breaks, and doubles quotes', () => {
    expect(csvText('plain text')).toBe('plain text');
    expect(csvText('a, b')).toBe('"a, b"');
    expect(csvText('say "hi"')).toBe('"say ""hi"""');
    expect(csvText('two\nlines')).toBe('"two\nlines"');
    expect(csvText('cr\r\nlf')).toBe('"cr\r\nlf"');
    expect(csvText(null)).toBe('');
    expect(csvText('')).toBe('');
  });

  it('defuses text that a spreadsheet would run as a formula, and leaves numbers alone', () => {
    expect(csvText('=1+1')).toBe("'=1+1");
    expect(csvText('+49 30 1234')).toBe("'+49 30 1234");
    expect(csvText('-2')).toBe("'-2");
    expect(csvText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvText('\t=cmd')).toBe("'\t=cmd");
    expect(csvText('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvText('a=b')).toBe('a=b');
    expect(csvLine([-2, 1.5, null, '-2'])).toBe("-2,1.5,,'-2\r\n");
  });
});
