import { describe, expect, it } from 'vitest';
import { needsResanitizing, renderArticle, sanitizeHtml, sanitizerVersion } from './index.ts';
import { findUnsafeMarkup } from './unsafe-markup.ts';

const documents = [
  '# Title with *emphasis*\n\nText & more <kbd>K</kbd>\n\n## Cookie\n\n## Cookie',
  '- [x] a\n- [ ] b\n\n| a | b |\n|:-:|---|\n| 1 | 2 |',
  '```html\n<script>alert(1)</script>\n```\n\n> quote\n>\n> > nested',
  '[ext](https://example.com/a?b=1&c=2#d) [int](/help) [anchor](#x) ![img](https://cdn.example.com/i.png "t") ![local](/uploads/a.png)',
  'Non-breaking\u00a0space, emoji 🎉, RTL \u05e9\u05dc\u05d5\u05dd, zero\u200bwidth, "quotes" and \'apostrophes\'',
  '<details open><summary>Summary</summary>\n\nBody\n\n</details>',
];

describe('sanitizeHtml', () => {
  it.each(documents)('leaves rendered articles unchanged (renderArticle output is a fixpoint): %#', (markdown) => {
    const { html } = renderArticle(markdown);
    expect(sanitizeHtml(html)).toBe(html);
  });

  it('is idempotent on arbitrary HTML', () => {
    const dirty = '<div><p title="a&quot;b">x<b>y</b></p><table><tr><td>cell</table><a href="//x.example">l</a><img src=/a.png alt=a>';
    const once = sanitizeHtml(dirty);
    expect(sanitizeHtml(once)).toBe(once);
  });

  it('keeps generated heading ids and drops ids of any other shape or place', () => {
    expect(sanitizeHtml('<h2 id="install-run-2">x</h2>')).toBe('<h2 id="install-run-2">x</h2>');
    expect(sanitizeHtml('<h2 id="設定方法">x</h2>')).toBe('<h2 id="設定方法">x</h2>');
    expect(sanitizeHtml('<h2 id="a b">x</h2>')).toBe('<h2>x</h2>');
    expect(sanitizeHtml('<h2 id="cookie">x</h2>')).toBe('<h2>x</h2>'); // DOM clobbering
    expect(sanitizeHtml('<p id="x">x</p>')).toBe('<p>x</p>');
  });

  it('derives rel, target, loading and referrerpolicy from the URL, whatever the stored HTML says', () => {
    expect(sanitizeHtml('<a href="https://x.example/" target="_self" rel="opener">x</a>')).toBe(
      '<a href="https://x.example/" rel="noopener noreferrer nofollow" target="_blank">x</a>',
    );
    expect(sanitizeHtml('<a href="/help" target="_blank" rel="noopener">x</a>')).toBe('<a href="/help">x</a>');
    expect(sanitizeHtml('<img src="https://x.example/a.png" loading="eager" srcset="b.png 2x" alt="a">')).toBe(
      '<img src="https://x.example/a.png" alt="a" loading="lazy" referrerpolicy="no-referrer">',
    );
  });

  it('drops article: references, which only renderArticle can resolve', () => {
    expect(sanitizeHtml('<a href="article:reset-password">x</a>')).toBe('<a>x</a>');
  });

  it('drops class names other than a code language, and attributes the policy does not name', () => {
    expect(sanitizeHtml('<code class="language-ts">x</code><code class="hidden">y</code>')).toBe('<code class="language-ts">x</code><code>y</code>');
    expect(sanitizeHtml('<p class="x" data-x="1" aria-hidden="true" dir="rtl" lang="en">x</p>')).toBe('<p>x</p>');
    expect(sanitizeHtml('<td align="justify">x</td>')).toBe('x');
    expect(sanitizeHtml('<ol start="3"><li>x</li></ol><ol start="-1"><li>y</li></ol>')).toBe('<ol start="3"><li>x</li></ol><ol><li>y</li></ol>');
  });
});

describe('sanitizerVersion', () => {
  it('names the policy revision and the DOMPurify release', () => {
    expect(sanitizerVersion).toMatch(/^\d+\/dompurify-\d+\.\d+\.\d+/);
  });

  it('tells stale stored HTML apart', () => {
    expect(needsResanitizing(sanitizerVersion)).toBe(false);
    expect(needsResanitizing(String(sanitizerVersion))).toBe(false);
    expect(needsResanitizing('0/dompurify-2.0.0')).toBe(true);
    expect(needsResanitizing(1)).toBe(true);
    expect(needsResanitizing(null)).toBe(true);
  });

  it('lets a revision stored under an older policy be brought up to date', () => {
    // What an older, looser policy might have stored: handlers, styles, a javascript: link, no rel.
    const stored = {
      content: '## Setup\n\nSee [docs](https://example.com) and [this](javascript:alert(1)).',
      html: '<h2 id="setup" onclick="alert(1)">Setup</h2><p style="x">See <a href="https://example.com">docs</a> and <a href="javascript:alert(1)">this</a>.</p>',
      sanitizerVersion: '0/dompurify-2.0.0',
    };
    expect(needsResanitizing(stored.sanitizerVersion)).toBe(true);

    // Preferred: render the revision's markdown again.
    const rerendered = renderArticle(stored.content);
    // When only the HTML is at hand: sanitize it again. Both end up safe and the same.
    const resanitized = sanitizeHtml(stored.html);
    for (const html of [rerendered.html, resanitized]) expect(findUnsafeMarkup(html)).toEqual([]);
    expect(resanitized).toBe(
      '<h2 id="setup">Setup</h2><p>See <a href="https://example.com/" rel="noopener noreferrer nofollow" target="_blank">docs</a> and <a>this</a>.</p>',
    );
    expect(rerendered.html.replace(/\n/g, '')).toBe(resanitized);
  });
});
