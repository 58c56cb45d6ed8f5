import { describe, expect, it } from 'vitest';
import { browserLocale } from './locale.ts';

describe('browserLocale', () => {
  it("reduces the browser's language to the server's locale format", () => {
    expect(browserLocale('en-US')).toBe('en-US');
    expect(browserLocale('pt-br')).toBe('pt-BR');
    expect(browserLocale('DE')).toBe('de');
    expect(browserLocale('zh-Hant-TW')).toBe('zh'); // a script subtag: the language alone
    expect(browserLocale('es-419')).toBe('es'); // a numeric region: the language alone
    expect(browserLocale('sr-Latn')).toBe('sr');
  });

  it('falls back to en for what it cannot read', () => {
    for (const language of ['', 'e', 'fil', 'x-klingon', '*']) expect(browserLocale(language), language).toBe('en');
  });
});
