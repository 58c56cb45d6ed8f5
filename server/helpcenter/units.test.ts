import { describe, expect, it } from 'vitest';
import { html, jsonLd, snippetHtml, trustedHtml } from './html.ts';
import type { PageContext } from './layout.ts';
import { formatDate, languageName, negotiateLocale } from './locale.ts';
import { renderHome } from './pages/home.ts';
import { stringsFor } from './strings.ts';
import { contrast, palette } from './styles.ts';

describe('html templates', () => {
  it('escape every interpolation unless it is already safe markup', () => {
    const title = `<img src=x onerror="alert(1)"> & 'quotes'`;
    expect(html`<h1 title="${title}">${title}</h1>${trustedHtml('<b>ok</b>')}${[1, html`<i>${'<'}</i>`]}${null}${false}`.toString()).toBe(
      '<h1 title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quotes&#39;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quotes&#39;</h1><b>ok</b>1<i>&lt;</i>',
    );
  });

  it('search snippets keep only <mark>', () => {
    expect(snippetHtml('a <mark>b</mark> &amp; c').toString()).toBe('a <mark>b</mark> &amp; c');
    expect(snippetHtml('<img src=x onerror=alert(1)><mark>b</mark><script>').toString()).toBe('&lt;img src=x onerror=alert(1)&gt;<mark>b</mark>&lt;script&gt;');
  });

  it('JSON-LD cannot close its script element', () => {
    expect(jsonLd({ name: '</script><script>alert(1)</script>' }).toString()).toBe(
      '<script type="application/ld+json">{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}</script>',
    );
  });
});

describe('locales', () => {
  const available = ['de', 'en', 'fr-CA', 'pt-BR'];
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['fr-FR,fr;q=0.9,en;q=0.5', 'fr-CA'],
    ['pt-PT', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['ja, de;q=0.2', 'de'],
    ['en;q=0.1, de;q=0.9', 'de'],
    ['es, *;q=0.1', 'en'],
    ['de;q=0', 'en'],
    ['garbage;;;q=x', 'en'],
  ])('Accept-Language %s → %s', (header, expected) => {
    expect(negotiateLocale(header, available)).toBe(expected);
  });

  it('falls back to the first available locale when the default has no articles', () => {
    expect(negotiateLocale('ja', ['fr', 'de'])).toBe('de');
    expect(negotiateLocale('ja', [])).toBe('en');
  });

  it('names languages in their own language and dates in the page language', () => {
    expect(languageName('fr')).toBe('Français');
    expect(languageName('pt-BR')).toBe('Português (Brasil)');
    expect(formatDate(new Date('2025-03-03T23:30:00Z'), 'en')).toBe('March 3, 2025');
    expect(formatDate(new Date('2025-03-03T23:30:00Z'), 'de')).toBe('3. März 2025');
  });

  it('use the language table for regional locales and English for unknown ones', () => {
    expect(stringsFor('pt-BR').searchButton).toBe('Pesquisar');
    expect(stringsFor('fr-CA').articleCount(1)).toBe('1 article');
    expect(stringsFor('fr').articleCount(0)).toBe('0 article');
    expect(stringsFor('ja').articleCount(2)).toBe('2 articles');
  });
});

describe('brand palette', () => {
  it('keeps links readable on white and text readable on the brand colour', () => {
    for (const color of ['#4f46e5', '#facc15', '#ffffff', '#000000', '#22c55e', '#0ea5e9']) {
      const p = palette(color);
      expect(contrast(p.accent, '#ffffff'), color).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.onBrand, p.brand), color).toBeGreaterThanOrEqual(4.5);
    }
    expect(palette('#4f46e5').accent).toBe('#4f46e5');
    expect(palette('not a colour').brand).toBe('#4f46e5');
  });
});

describe('an empty help center', () => {
  it('still has a home page that says so', () => {
    const ctx: PageContext = { locale: 'en', strings: stringsFor('en'), brand: { name: null, color: '#4f46e5' }, publicUrl: 'https://help.example.com', stylesheet: '/help/assets/help-center.css?v=x', locales: [] };
    const page = renderHome(ctx, { tree: { roots: [], byId: new Map(), bySlug: new Map() }, popular: [], recent: [], uncategorized: [] });
    expect(page).toContain('<title>Help Center</title>');
    expect(page).toContain('No articles have been published here yet.');
    expect(page).toContain('<link rel="canonical" href="https://help.example.com/help/en">');
  });
});
