import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_MARKDOWN_CHARS, MAX_TABLE_CELLS, renderArticle, sanitizeHtml } from './index.ts';
import { findUnsafeMarkup } from './unsafe-markup.ts';

// No timings are asserted (CI machines differ); each case must complete, stay safe, and say how it
// was rendered. The slow ones get room beyond the default timeout.
const slow = { timeout: 60_000 };

function renders(markdown: string) {
  const rendered = renderArticle(markdown);
  expect(findUnsafeMarkup(rendered.html)).toEqual([]);
  return rendered;
}

/** About 200 KB of ordinary article: headings, prose, lists, tables, code, links, images. */
function largeArticle(): string {
  const section = (i: number) =>
    `## Section ${i}\n\nOpen *Settings → Widget* and read [the guide](https://example.com/g/${i}) or [pricing](/help/en/articles/pricing).\n\n` +
    `- First step with \`code\`\n- Second step\n\n| Option | Default |\n|---|---|\n| colour | blue |\n\n` +
    '```js\nLantern.init({ siteKey: "pk_123" });\n```\n\n' +
    `> Tip: ![tip](/uploads/tip-${i}.png) images work too.\n\n`;
  let markdown = '# Guide\n\n';
  for (let i = 0; markdown.length < MAX_ARTICLE_MARKDOWN_CHARS - 400; i++) markdown += section(i);
  return markdown;
}

describe('malformed and hostile markdown', () => {
  it('renders an unclosed code fence as code to the end', () => {
    const { html, fallback } = renders('Intro\n\n```js\nconst a = 1;\n<script>alert(1)</script>\n');
    expect(fallback).toBeNull();
    expect(html).toContain('<pre><code class="language-js">const a = 1;\n&lt;script&gt;');
  });

  it('renders unclosed emphasis, brackets and tags as text', () => {
    const { text, fallback } = renders('**bold *em [link](http://x <kbd>k `code');
    expect(fallback).toBeNull();
    expect(text).toContain('bold');
  });

  it('renders a 200 KB article in full', slow, () => {
    const markdown = largeArticle();
    expect(markdown.length).toBeLessThanOrEqual(MAX_ARTICLE_MARKDOWN_CHARS);
    const rendered = renders(markdown);
    expect(rendered.fallback).toBeNull();
    expect(rendered.headings.length).toBeGreaterThan(500);
    expect(sanitizeHtml(rendered.html)).toBe(rendered.html);
  });

  it.each([
    ['quotes, one line', '> '.repeat(1000) + 'deep'],
    ['quotes, one per line', Array.from({ length: 1000 }, (_, i) => `${'>'.repeat(i + 1)} level ${i}`).join('\n')],
    ['lists, one line', '- '.repeat(1000) + 'deep'],
    ['lists, indented', Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')],
    ['raw details', '<details>\n'.repeat(1000) + 'deep'],
    ['emphasis', '*'.repeat(5000) + 'x' + '*'.repeat(5000)],
  ])('renders 1000-level nesting (%s) as plain text', slow, (_name, markdown) => {
    const { fallback, text } = renders(markdown);
    expect(fallback).not.toBeNull(); // too_complex, or too_long for the one-per-line quotes (500 KB)
    expect(text.length).toBeGreaterThan(0);
  });

  it('keeps moderate nesting as markdown', () => {
    const { html, fallback } = renders('> '.repeat(10) + '- '.repeat(10) + 'deep');
    expect(fallback).toBeNull();
    expect(html.match(/<blockquote>/g)).toHaveLength(10);
  });

  it('does not let a wide table header multiply short rows (was an out-of-memory crash)', slow, () => {
    const markdown = `${'|a'.repeat(500)}|\n${'|-'.repeat(500)}|\n${'a\n'.repeat(80_000)}`;
    const { html, fallback } = renders(markdown);
    expect(fallback).toBeNull();
    expect(html).not.toContain('<table>');
  });

  it('keeps large ordinary tables, up to the document\'s cell budget', () => {
    const table = (rows: number) => `|a|b|\n|-|-|\n${'|1|2|\n'.repeat(rows)}\n`;
    const withinBudget = Math.floor(MAX_TABLE_CELLS / 2 / 2) - 10;
    const { html } = renders(table(withinBudget) + table(withinBudget) + table(withinBudget));
    expect(html.match(/<table>/g)).toHaveLength(2); // the third would exceed the budget
  });

  it('does not expand one long reference URL at every use', slow, () => {
    const markdown = `[r]: https://example.com/${'a'.repeat(100_000)}\n\n${'[r] '.repeat(20_000)}`;
    const { html, links } = renders(markdown);
    expect(html.length).toBeLessThan(200_000);
    expect(links).toEqual([]);
  });

  it('gives up on pathological emphasis within its time budget', slow, () => {
    const { fallback } = renders(`${'**a '.repeat(20_000)}x${' a**'.repeat(20_000)}`);
    expect(fallback).toBe('too_complex');
  });

  it('renders 200 KB of dense inline markup as plain text rather than stalling the sanitizer', slow, () => {
    const { fallback } = renders('*a* '.repeat(50_000));
    expect(fallback).toBe('too_complex');
  });

  it('renders input over MAX_ARTICLE_MARKDOWN_CHARS as plain text (callers should refuse it)', () => {
    const { fallback, text } = renders(`# Title\n\n${'word '.repeat(MAX_ARTICLE_MARKDOWN_CHARS / 5 + 10)}`);
    expect(fallback).toBe('too_long');
    expect(text.startsWith('# Title\nword word')).toBe(true);
  });

  it('renders 9,000 identical headings without quadratic id search', slow, () => {
    const { headings } = renders('## Same\n\n'.repeat(9_000));
    expect(headings.at(-1)?.id).toBe('same-9000');
  });

  it('survives odd characters', () => {
    for (const markdown of ['\u0000', '\ud800', '\u2028\u2029', '\r\n\r\n', '', ' ', '\ufeff# BOM']) {
      expect(() => renders(markdown)).not.toThrow();
    }
  });
});
