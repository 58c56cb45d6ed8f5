import { describe, expect, it } from 'vitest';
import { renderArticle, validateLinks } from './index.ts';

const known = new Set(['article:reset-password', '/help/en/articles/billing', '/uploads/guide.pdf']);
const checks = { isKnownInternal: (href: string) => known.has(href.split('#')[0] ?? href) };

describe('validateLinks', () => {
  it('reports unknown internal links, malformed URLs and refused schemes, once each', () => {
    const problems = validateLinks(
      [
        { href: 'article:reset-password#steps' },
        { href: 'article:no-such-article' },
        { href: '/help/en/articles/billing' },
        { href: '/help/en/articles/gone' },
        { href: '/uploads/guide.pdf' },
        { href: 'https://example.com' },
        { href: 'https://exa mple.com' },
        { href: 'http://[::1' },
        { href: 'javascript:alert(1)' },
        { href: 'data:text/html,x' },
        { href: 'mailto:help@example.com' },
        { href: '#anything' },
        { href: 'article:no-such-article' },
      ],
      checks,
    );
    expect(problems).toEqual([
      { href: 'article:no-such-article', problem: 'unknown_internal' },
      { href: '/help/en/articles/gone', problem: 'unknown_internal' },
      { href: 'https://exa mple.com', problem: 'malformed_url' },
      { href: 'http://[::1', problem: 'malformed_url' },
      { href: 'javascript:alert(1)', problem: 'disallowed_scheme' },
      { href: 'data:text/html,x', problem: 'disallowed_scheme' },
    ]);
  });

  it('checks a rendered article: its links and the ones the policy dropped', () => {
    const rendered = renderArticle(
      'See [reset](article:reset-password), [old](article:old-article), [billing](/help/en/articles/billing), ' +
        '[bad](javascript:void(0)), [broken](<https://exa mple.com>) and [site](https://example.com).',
    );
    expect(validateLinks([...rendered.links, ...rendered.droppedLinks], checks)).toEqual([
      { href: 'article:old-article', problem: 'unknown_internal' },
      { href: 'javascript:void(0)', problem: 'disallowed_scheme' },
      { href: 'https://exa%20mple.com', problem: 'malformed_url' },
    ]);
  });
});
