import { describe, expect, it } from 'vitest';
import { classifyHref, classifyImageSrc, parseArticleRef } from './urls.ts';

const kindOf = (href: string) => {
  const verdict = classifyHref(href);
  return verdict.ok ? verdict.kind : verdict.problem;
};

describe('classifyHref', () => {
  it.each([
    ['https://example.com/a', 'external'],
    ['HTTP://EXAMPLE.COM', 'external'],
    ['mailto:help@example.com', 'mailto'],
    ['#install', 'anchor'],
    ['/help/en/articles/billing', 'internal'],
    ['pricing', 'internal'],
    ['../other?x=1#y', 'internal'],
    ['?page=2', 'internal'],
    ['article:reset-password', 'internal'],
    ['article:reset-password#steps', 'internal'],
    ['//evil.example/x', 'external'],
    ['\\\\evil.example/x', 'external'],
    ['/\\evil.example/x', 'external'],
    ['javascript:alert(1)', 'disallowed_scheme'],
    ['JavaScript:alert(1)', 'disallowed_scheme'],
    ['java\tscript:alert(1)', 'disallowed_scheme'],
    ['java\nscr\ript:alert(1)', 'disallowed_scheme'],
    ['\u0001\u0010 javascript:alert(1)', 'disallowed_scheme'],
    ['  javascript:alert(1)  ', 'disallowed_scheme'],
    ['vbscript:msgbox(1)', 'disallowed_scheme'],
    ['data:text/html,<script>alert(1)</script>', 'disallowed_scheme'],
    ['file:///etc/passwd', 'disallowed_scheme'],
    ['blob:https://example.com/uuid', 'disallowed_scheme'],
    ['ftp://example.com', 'disallowed_scheme'],
    ['tel:+331234', 'disallowed_scheme'],
    ['', 'malformed_url'],
    ['   ', 'malformed_url'],
    ['https://', 'malformed_url'],
    ['https://exa mple.com', 'malformed_url'],
    ['http://[::1', 'malformed_url'],
    ['article:Not A Slug', 'malformed_url'],
    ['article:', 'malformed_url'],
    [`https://example.com/${'a'.repeat(3000)}`, 'malformed_url'],
  ])('%j is %s', (href, expected) => {
    expect(kindOf(href)).toBe(expected);
  });

  it('treats what only looks like a scheme as a path, as browsers do', () => {
    // Not a scheme (U+FFFD, a full-width letter, a percent sign): relative paths, never script.
    for (const href of ['java\ufffdscript:alert(1)', 'ｊavascript:alert(1)', 'javascript%3Aalert(1)']) {
      expect(kindOf(href), href).toBe('internal');
    }
  });

  it('writes scheme-relative URLs out in full and normalizes absolute ones', () => {
    expect(classifyHref('//cdn.example.com/a b')).toMatchObject({ ok: true, href: 'https://cdn.example.com/a%20b' });
    expect(classifyHref('HTTPS://Example.COM')).toMatchObject({ ok: true, href: 'https://example.com/' });
    expect(classifyHref(' /help\n/x ')).toMatchObject({ ok: true, href: '/help/x' });
  });
});

describe('classifyImageSrc', () => {
  it('allows http(s) and same-origin paths only', () => {
    expect(classifyImageSrc('/uploads/a.png').ok).toBe(true);
    expect(classifyImageSrc('https://cdn.example.com/a.svg').ok).toBe(true);
    expect(classifyImageSrc('http://cdn.example.com/a.png').ok).toBe(true);
    for (const src of ['data:image/png;base64,AAAA', 'javascript:alert(1)', 'mailto:a@b.example', '#x', 'article:x', 'blob:x']) {
      expect(classifyImageSrc(src).ok, src).toBe(false);
    }
  });
});

describe('parseArticleRef', () => {
  it('reads a slug and an optional section', () => {
    expect(parseArticleRef('article:reset-password')).toEqual({ slug: 'reset-password', fragment: null });
    expect(parseArticleRef('Article:Reset-Password#steps')).toEqual({ slug: 'reset-password', fragment: 'steps' });
    expect(parseArticleRef('article:a--b')).toBeNull();
    expect(parseArticleRef('/help/en/articles/x')).toBeNull();
  });
});
