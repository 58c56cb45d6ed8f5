import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderArticle } from './index.ts';

/** The rendered HTML as a DOM, to assert on elements rather than on strings. */
function dom(html: string): HTMLElement {
  const body = new JSDOM('<!doctype html><body></body>').window.document.body;
  body.innerHTML = html;
  return body;
}

const article = `# Getting started

Welcome to **Lantern**, the _open-source_ help desk. ~~Old~~ text.

## Install & run

1. Download
2. Run \`npm start\`
   - nested item

- [x] done
- [ ] to do

| Option | Default |
|:-------|--------:|
| colour | blue |

\`\`\`ts
const answer: number = 1 < 2 ? 42 : 0;
\`\`\`

> A quote with a [link](https://example.com/docs "Docs") and <kbd>Ctrl</kbd>+<kbd>C</kbd>.

![Logo](/uploads/logo.png "The logo") ![Remote](https://cdn.example.com/a.svg)

---

Line one  
line two<sup>2</sup>

<details open>
<summary>More</summary>

Hidden *details*.
</details>
`;

describe('renderArticle: ordinary markdown', () => {
  const rendered = renderArticle(article);
  const body = dom(rendered.html);

  it('renders GFM structure', () => {
    expect(body.querySelector('h1')?.textContent).toBe('Getting started');
    expect(body.querySelector('strong')?.textContent).toBe('Lantern');
    expect(body.querySelector('em')?.textContent).toBe('open-source');
    expect(body.querySelector('del')?.textContent).toBe('Old');
    expect(body.querySelectorAll('ol > li')).toHaveLength(2);
    expect(body.querySelector('ol li ul li')?.textContent).toBe('nested item');
    expect(body.querySelector('blockquote kbd')?.textContent).toBe('Ctrl');
    expect(body.querySelector('hr')).not.toBeNull();
    expect(body.querySelector('p br')).not.toBeNull();
    expect(body.querySelector('sup')?.textContent).toBe('2');
    expect(body.querySelector('details')?.hasAttribute('open')).toBe(true);
    expect(body.querySelector('details summary')?.textContent).toBe('More');
    expect(body.querySelector('details em')?.textContent).toBe('details');
    expect(rendered.fallback).toBeNull();
  });

  it('gives headings slugged ids and lists them', () => {
    expect(rendered.headings).toEqual([
      { id: 'getting-started', text: 'Getting started', level: 1 },
      { id: 'install-run', text: 'Install & run', level: 2 },
    ]);
    expect(body.querySelector('h2')?.id).toBe('install-run');
  });

  it('renders tables with alignment', () => {
    const cells = Array.from(body.querySelectorAll('th'), (th) => [th.textContent, th.getAttribute('align')]);
    expect(cells).toEqual([
      ['Option', 'left'],
      ['Default', 'right'],
    ]);
    expect(body.querySelector('tbody td')?.textContent).toBe('colour');
  });

  it('renders task lists as text marks, not form controls', () => {
    expect(body.querySelector('input')).toBeNull();
    const items = Array.from(body.querySelectorAll('ul > li'), (li) => li.textContent?.trim());
    expect(items).toContain('\u2611 done');
    expect(items).toContain('\u2610 to do');
  });

  it('keeps code as escaped text with its language class', () => {
    const code = body.querySelector('pre > code');
    expect(code?.className).toBe('language-ts');
    expect(code?.textContent).toBe('const answer: number = 1 < 2 ? 42 : 0;\n');
    expect(body.querySelector('li code')?.textContent).toBe('npm start');
  });

  it('opens external links in a new tab without opener, referrer or endorsement', () => {
    const link = body.querySelector('blockquote a');
    expect(link?.getAttribute('href')).toBe('https://example.com/docs');
    expect(link?.getAttribute('title')).toBe('Docs');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer nofollow');
  });

  it('loads images lazily and keeps their alt text; remote ones get no referrer', () => {
    const [local, remote] = Array.from(body.querySelectorAll('img'));
    expect(local?.getAttribute('src')).toBe('/uploads/logo.png');
    expect(local?.getAttribute('alt')).toBe('Logo');
    expect(local?.getAttribute('title')).toBe('The logo');
    expect(local?.getAttribute('loading')).toBe('lazy');
    expect(local?.hasAttribute('referrerpolicy')).toBe(false);
    expect(remote?.getAttribute('loading')).toBe('lazy');
    expect(remote?.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(rendered.images).toEqual(['/uploads/logo.png', 'https://cdn.example.com/a.svg']);
  });

  it('extracts readable text: blocks on lines, code kept, no markup or URLs', () => {
    const lines = rendered.text.split('\n');
    expect(lines[0]).toBe('Getting started');
    expect(lines).toContain('Welcome to Lantern, the open-source help desk. Old text.');
    expect(lines).toContain('const answer: number = 1 < 2 ? 42 : 0;');
    expect(lines).toContain('A quote with a link and Ctrl+C.');
    expect(lines).toContain('colour blue');
    expect(rendered.text).not.toMatch(/https?:|\/uploads|<kbd|&lt;|Logo/);
  });
});

describe('renderArticle: headings', () => {
  it('deduplicates ids in document order', () => {
    const { headings } = renderArticle('## Setup\n\n## Setup\n\n### Setup\n\n## Setup-2');
    expect(headings.map((h) => h.id)).toEqual(['setup', 'setup-2', 'setup-3', 'setup-2-2']);
  });

  it('keeps letters of any script and drops punctuation', () => {
    const { headings } = renderArticle('## Réglages avancés\n\n## 設定方法\n\n## What’s new? (v2.0)\n\n## !!!');
    expect(headings.map((h) => h.id)).toEqual(['réglages-avancés', '設定方法', 'whats-new-v20', 'section']);
  });

  it('avoids ids that DOMPurify strips as DOM clobbering, so they survive re-sanitizing', () => {
    const { headings } = renderArticle('## Cookie\n\n## Forms\n\n## Body');
    for (const { id } of headings) expect(['cookie', 'forms', 'body']).not.toContain(id);
  });

  it('never takes an id from the author: raw headings are text', () => {
    const { html, headings } = renderArticle('## Overview\n\n<h2 id="x">Raw</h2>');
    expect(html).toContain('<h2 id="overview">');
    expect(html).toContain('&lt;h2 id="x"&gt;Raw&lt;/h2&gt;');
    expect(headings).toHaveLength(1);
  });
});

describe('renderArticle: links', () => {
  it('classifies links and reports each once', () => {
    const { links } = renderArticle(
      '[a](https://example.com) [b](/help/en/articles/billing) [c](#install) [d](mailto:help@example.com) [e](pricing) [a again](https://example.com)',
    );
    expect(links).toEqual([
      { href: 'https://example.com/', kind: 'external' },
      { href: '/help/en/articles/billing', kind: 'internal' },
      { href: '#install', kind: 'anchor' },
      { href: 'mailto:help@example.com', kind: 'mailto' },
      { href: 'pricing', kind: 'internal' },
    ]);
  });

  it('does not open internal links, anchors or mailto in a new tab', () => {
    const body = dom(renderArticle('[a](/help) [b](#x) [c](mailto:a@b.example)').html);
    for (const link of body.querySelectorAll('a')) {
      expect(link.hasAttribute('target')).toBe(false);
      expect(link.hasAttribute('rel')).toBe(false);
    }
  });

  it('resolves article: references through the caller', () => {
    const rendered = renderArticle('[Reset](article:reset-password#steps) and [gone](article:deleted)', {
      resolveInternalLink: (href) => (href.startsWith('article:reset-password') ? '/help/en/articles/reset-password#steps' : null),
    });
    const links = dom(rendered.html).querySelectorAll('a');
    expect(links[0]?.getAttribute('href')).toBe('/help/en/articles/reset-password#steps');
    // Unresolved: the link stays as inert text, and is reported for the editor.
    expect(links[1]?.hasAttribute('href')).toBe(false);
    expect(rendered.links).toEqual([
      { href: 'article:reset-password#steps', kind: 'internal' },
      { href: 'article:deleted', kind: 'internal' },
    ]);
  });

  it('refuses a resolver answer the policy would refuse', () => {
    const rendered = renderArticle('[x](article:x)', { resolveInternalLink: () => 'javascript:alert(1)' });
    expect(dom(rendered.html).querySelector('a')?.hasAttribute('href')).toBe(false);
  });

  it('turns refused links into text and reports why', () => {
    const rendered = renderArticle('[x](javascript:alert(1)) [y](data:text/html,hi) [z](https://exa%20mple.com)');
    expect(dom(rendered.html).querySelectorAll('a[href]')).toHaveLength(0);
    expect(rendered.text).toBe('x y z');
    expect(rendered.droppedLinks).toEqual([
      { href: 'javascript:alert(1)', problem: 'disallowed_scheme' },
      { href: 'data:text/html,hi', problem: 'disallowed_scheme' },
      { href: 'https://exa%20mple.com', problem: 'malformed_url' },
    ]);
  });

  it('spells out scheme-relative links instead of leaving the origin implicit', () => {
    const link = dom(renderArticle('[x](//cdn.example.com/file)').html).querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://cdn.example.com/file');
    expect(link?.getAttribute('target')).toBe('_blank');
  });
});

describe('renderArticle: raw HTML', () => {
  it('shows raw HTML as text, except the attribute-free tags markdown lacks', () => {
    const { html, text } = renderArticle('Press <kbd>Esc</kbd>, <span style="color:red">red</span>, <b>bold</b>, <br> done');
    expect(html).toContain('<kbd>Esc</kbd>');
    expect(html).toContain('&lt;span style="color:red"&gt;red&lt;/span&gt;');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(html).toContain('<br>');
    expect(text).toContain('<span style="color:red">red</span>');
  });

  it('drops HTML comments, which are authors\u2019 notes', () => {
    const { html, text } = renderArticle('Visible\n\n<!-- TODO: ask legal -->\n\nAlso <!-- inline note --> visible');
    expect(html).not.toContain('legal');
    expect(html).not.toContain('note');
    expect(text).toBe('Visible\nAlso visible');
  });
});

describe('renderArticle: resolver misuse', () => {
  it('refuses to render from inside resolveInternalLink, and recovers afterwards', () => {
    const nested = () => renderArticle('[x](article:x)', { resolveInternalLink: () => renderArticle('inner').html });
    expect(nested).toThrow(/not re-entrant/);
    expect(renderArticle('[x](/ok)').links).toEqual([{ href: '/ok', kind: 'internal' }]);
  });
});
