import { describe, expect, it } from 'vitest';
import { excerptFrom, renderArticle } from './index.ts';

describe('excerptFrom', () => {
  it('returns short text whole, whitespace collapsed', () => {
    expect(excerptFrom('  Reset your\n\npassword  ')).toBe('Reset your password');
  });

  it('cuts at a word boundary and adds an ellipsis, within the limit', () => {
    const text = 'Lantern lets your team answer customers from one inbox, with a widget on your site.';
    const excerpt = excerptFrom(text, 40);
    expect(excerpt).toBe('Lantern lets your team answer customers…');
    expect(Array.from(excerpt).length).toBeLessThanOrEqual(40);
  });

  it('drops punctuation left dangling before the ellipsis', () => {
    expect(excerptFrom('First, second, third, fourth', 16)).toBe('First, second…');
  });

  it('cuts inside a word only when one word is longer than the limit', () => {
    expect(excerptFrom('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
  });

  it('never splits a character made of two code units', () => {
    const excerpt = excerptFrom('🎉'.repeat(50), 10);
    expect(excerpt).toBe(`${'🎉'.repeat(9)}…`);
    expect(excerpt).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('defaults to 200 characters', () => {
    const excerpt = excerptFrom('word '.repeat(100));
    expect(Array.from(excerpt).length).toBeLessThanOrEqual(200);
    expect(excerpt.endsWith('word…')).toBe(true);
  });

  it('makes a clean excerpt from a rendered article', () => {
    const { text } = renderArticle('# Reset your password\n\nOpen **Settings**, then [Security](/help/security).\n\n```\ncode\n```');
    expect(excerptFrom(text, 60)).toBe('Reset your password Open Settings, then Security. code');
  });
});
