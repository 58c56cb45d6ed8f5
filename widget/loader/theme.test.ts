import { describe, expect, it } from 'vitest';
import { textColorOn } from './theme.ts';

describe('textColorOn', () => {
  it('puts white on dark theme colours and near-black on light ones', () => {
    expect(textColorOn('#4f46e5')).toBe('#ffffff');
    expect(textColorOn('#0f766e')).toBe('#ffffff');
    expect(textColorOn('#000000')).toBe('#ffffff');
    expect(textColorOn('#facc15')).toBe('#111827');
    expect(textColorOn('#FFFFFF')).toBe('#111827');
  });
});
