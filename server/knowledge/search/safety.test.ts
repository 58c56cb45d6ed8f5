import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureSearchDocuments } from '../fixtures/search-documents.ts';
import { KnowledgeSearch } from './knowledge-search.ts';
import { escapeHtml } from './snippet.ts';

/** Markup left in a snippet once its <mark> tags are taken out: must be none. */
const markupOtherThanMark = (snippet: string) => snippet.replace(/<\/?mark>/g, '').match(/[<>]/g) ?? [];

const hostile = {
  id: 'hostile',
  locale: 'en',
  slug: 'hostile-article',
  title: 'Pictures in the gallery',
  tags: ['gallery'],
  excerpt: 'How pictures are shown.',
  content: 'To show a picture, an attacker might write <img src=x onerror=alert(1)> or <script>alert("gallery")</script> & hope. Pictures "quoted" and \'quoted\'.',
  categoryId: null,
};

describe('snippets', () => {
  const search = new KnowledgeSearch();
  beforeAll(() => search.rebuild([...fixtureSearchDocuments(), hostile]));

  it('escape article text, leaving <mark> as the only markup', () => {
    const [hit] = search.search('en', 'picture onerror').items;
    expect(hit?.id).toBe('hostile');
    expect(markupOtherThanMark(hit?.snippet ?? '<')).toEqual([]);
    expect(hit?.snippet).toContain('&lt;img src=x <mark>onerror</mark>=alert(1)&gt;');
    expect(hit?.snippet).toContain('&lt;script&gt;alert(&quot;gallery&quot;)&lt;/script&gt;');
    expect(hit?.snippet).toContain('&amp; hope');
    expect(hit?.snippet).toContain('&quot;quoted&quot; and &#39;quoted&#39;');
  });

  it('escape whatever the query holds', () => {
    for (const query of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)> gallery', '"><svg onload=alert(1)>', '</mark><script>']) {
      const result = search.search('en', query);
      for (const hit of result.items) expect(markupOtherThanMark(hit.snippet)).toEqual([]);
    }
    const [hit] = search.search('en', 'gallery <script>').items;
    expect(hit?.id).toBe('hostile');
    expect(hit?.snippet).toContain('&lt;<mark>script</mark>&gt;');
  });

  it('mark every matched word, however it is spelt in the text', () => {
    const [hit] = search.search('en', 'wifi passwords').items;
    expect(hit?.snippet).toContain('<mark>Wi-Fi</mark>');
    expect(hit?.snippet).toContain('<mark>password</mark>');
    const [signIn] = search.search('en', 'login problems').items;
    expect(signIn?.snippet).toContain('<mark>sign-in</mark> <mark>problems</mark>');
  });

  it('start at the beginning of the text when the match is only in the title', () => {
    const search = new KnowledgeSearch();
    search.add({ ...hostile, id: 'plain', title: 'Zebra crossings', content: 'A short text. <b>Bold</b> claims.' });
    expect(search.search('en', 'zebra').items[0]?.snippet).toBe('A short text. &lt;b&gt;Bold&lt;/b&gt; claims.');
  });

  it('escapeHtml escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('hostile and odd input', () => {
  const search = new KnowledgeSearch();
  beforeAll(() => search.rebuild(fixtureSearchDocuments()));

  it('returns nothing for empty, blank or stop-word-only queries', () => {
    for (const query of ['', '   ', '\n\t', 'how do I', '?!', '...']) expect(search.search('en', query)).toEqual({ items: [], total: 0 });
  });

  it('treats regex and SQL metacharacters as separators', () => {
    const metacharacters = ['.*+?^${}()|[]\\', `' " ; -- %`, `.*`, `(`, `[`, `\\`, `'; DROP TABLE articles; --`, `%' OR '1'='1`, `$where`, '^$'];
    for (const query of metacharacters) expect(() => search.search('en', query)).not.toThrow();
    expect(search.search('en', '.*+?^${}()|[]\\ \' " ; -- %').items).toEqual([]);
    // Words around the noise still count.
    expect(search.search('en', "'; DROP TABLE refund -- %").items.length).toBeGreaterThan(0);
    expect(search.search('en', '(password)* [reset]?').items[0]?.slug).toBe('reset-your-password');
  });

  it('answers a 10,000-character query, from its first words', () => {
    const long = 'forgot password '.repeat(700).slice(0, 10_000);
    expect(long).toHaveLength(10_000);
    expect(search.search('en', long).items[0]?.slug).toBe('reset-your-password');
    const noise = Array.from({ length: 2_000 }, (_, i) => `w${i}x`).join(' ').slice(0, 10_000);
    expect(() => search.search('en', noise)).not.toThrow();
    expect(() => search.search('en', 'a'.repeat(10_000))).not.toThrow();
    expect(() => search.search('en', '🔥'.repeat(5_000))).not.toThrow();
  });

  it('handles unusual scripts and characters', () => {
    for (const query of ['пароль', 'كلمة المرور', '密码', 'e\u0301mail', '\u0000\u0007', 'zero\u200bwidth', '\ud800']) {
      expect(() => search.search('en', query)).not.toThrow();
      expect(() => search.suggest('en', query)).not.toThrow();
    }
  });

  it('bounds every entry point the same way', () => {
    const long = `${'<script>'.repeat(1_000)} refund ${'.*'.repeat(2_000)}`;
    expect(() => search.suggest('en', long)).not.toThrow();
    expect(() => search.suggestForText('en', long.repeat(5))).not.toThrow();
    expect(search.suggest('en', '.*+?^${}()|[]\\')).toEqual({ queries: [], articles: [] });
    expect(search.suggestForText('en', `' " ; -- %`)).toEqual([]);
    expect(search.related("'; --")).toEqual([]);
  });

  it('tolerates inputs of the wrong type from untyped callers', () => {
    const untyped = search as unknown as { search(locale: unknown, query: unknown, options?: unknown): unknown; suggest(locale: unknown, prefix: unknown): unknown };
    expect(untyped.search('en', undefined)).toEqual({ items: [], total: 0 });
    expect(untyped.search('en', 42)).toEqual({ items: [], total: 0 });
    expect(untyped.search('en', 'refund', { limit: 'ten', offset: -5, tags: 'x' })).toMatchObject({ total: expect.any(Number) });
    expect(untyped.suggest('en', null)).toEqual({ queries: [], articles: [] });
  });
});
