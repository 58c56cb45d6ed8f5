import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderArticle, sanitizeHtml } from './index.ts';
import { findUnsafeMarkup } from './unsafe-markup.ts';
import { xssCorpus, xssFlag } from './xss-corpus.ts';

// What the payloads would become if raw HTML were passed through untouched (stock marked): the
// sanitizer alone must hold against them, whatever the markdown stage does.
const passthroughMarkdown = new Marked({ gfm: true });

describe('the XSS corpus', () => {
  it('is large, uniquely named, and every payload would set the flag', () => {
    expect(xssCorpus.length).toBeGreaterThanOrEqual(40);
    expect(new Set(xssCorpus.map((p) => p.name)).size).toBe(xssCorpus.length);
    for (const { name, markdown } of xssCorpus) {
      const decoded = Array.from(markdown.matchAll(/base64,([A-Za-z0-9+/=]+)/g), (m) => atob(m[1] ?? ''));
      expect([markdown, ...decoded].join(' '), name).toContain(xssFlag);
    }
  });
});

describe.each(xssCorpus)('payload: $name', ({ markdown }) => {
  it('renders to markup with nothing that runs script or loads a document', () => {
    const { html } = renderArticle(markdown);
    expect(findUnsafeMarkup(html)).toEqual([]);
    expect(sanitizeHtml(html)).toBe(html);
  });

  it('is neutralized by sanitizeHtml alone, as raw HTML and as passthrough markdown output', () => {
    for (const dirty of [markdown, passthroughMarkdown.parse(markdown, { async: false })]) {
      const clean = sanitizeHtml(dirty);
      expect(findUnsafeMarkup(clean)).toEqual([]);
      expect(sanitizeHtml(clean)).toBe(clean);
    }
  });
});

describe('random markup soup', () => {
  // A fixed seed: the same 300 documents every run, built from markdown syntax, HTML fragments and
  // attack strings, so the combinations nobody wrote down get tried too.
  const atoms = [
    '*', '_', '`', '```', '~~', '[', ']', '(', ')', '<', '>', '!', '#', '|', '-', ':', '\\', '&', ';', '"', "'", '=', '/',
    ' ', '\n', '\n\n', '\t', '    ', 'a', 'javascript:', 'data:', 'http://x.example', '<img', ' src=x', ' onerror=f()',
    '<script>', '</script>', '<svg', '<math>', '<style>', '<kbd>', '</kbd>', '<details', ' open>', '<!--', '-->', '&#106;',
    '&colon;', 'article:x', '1.', '- [ ]', '> ', '***', '---', '\u0000', '\u200b', '🎉',
  ];
  let seed = 20_240_601;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const documents = Array.from({ length: 300 }, () =>
    Array.from({ length: 1 + Math.floor(random() * 80) }, () => atoms[Math.floor(random() * atoms.length)]).join(''),
  );

  it('never yields unsafe or unstable markup, through renderArticle or sanitizeHtml', { timeout: 60_000 }, () => {
    for (const markdown of documents) {
      const { html, fallback } = renderArticle(markdown);
      expect(fallback, markdown).toBeNull();
      expect(findUnsafeMarkup(html), markdown).toEqual([]);
      expect(sanitizeHtml(html), markdown).toBe(html);
      const clean = sanitizeHtml(markdown);
      expect(findUnsafeMarkup(clean), markdown).toEqual([]);
      expect(sanitizeHtml(clean), markdown).toBe(clean);
    }
  });
});

describe('the inspector used above', () => {
  it('does catch what it looks for', () => {
    const unsafe = [
      '<script>x</script>',
      '<img src=x onerror=alert(1)>',
      '<a href="jav&#x09;ascript:alert(1)">x</a>',
      '<a href="data:text/html,x">x</a>',
      '<img src="vbscript:x">',
      '<svg></svg>',
      '<math></math>',
      '<iframe></iframe>',
      '<form></form>',
      '<p style="color:red">x</p>',
      '<a href="https://x.example" target="_blank">x</a>',
      '<!-- comment -->',
    ];
    for (const html of unsafe) expect(findUnsafeMarkup(html), html).not.toEqual([]);
    expect(findUnsafeMarkup('<p><a href="https://x.example" rel="noopener" target="_blank">x</a></p>')).toEqual([]);
  });
});
