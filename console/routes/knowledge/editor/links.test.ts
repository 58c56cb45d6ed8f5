import { describe, expect, it } from 'vitest';
import { checkLinks, classifyLink, extractLinks } from './links.ts';

const origin = 'https://support.example.com';

describe('links in an article', () => {
  it('are read the way marked reads them, code spans left alone', () => {
    const links = extractLinks('See [the guide](https://a.example/g) and ![shot](/uploads/1.png).\n\n`[not](a link)`\n\n[ref]: https://b.example\n\n[ref] too');
    expect(links).toEqual([
      { href: 'https://a.example/g', text: 'the guide', image: false },
      { href: '/uploads/1.png', text: 'shot', image: true },
      { href: 'https://b.example', text: 'ref', image: false },
    ]);
  });

  it('are internal when they name a help-centre article, by path, by full address or as article:slug', () => {
    expect(classifyLink('/help/de/articles/passwort', 'en', origin)).toEqual({ kind: 'article', locale: 'de', slug: 'passwort' });
    expect(classifyLink(`${origin}/help/en/articles/reset-password/`, 'en', origin)).toEqual({ kind: 'article', locale: 'en', slug: 'reset-password' });
    expect(classifyLink('article:Reset-Password#steps', 'pt-BR', origin)).toEqual({ kind: 'article', locale: 'pt-BR', slug: 'reset-password' });
    // Another site's help centre is just an external link.
    expect(classifyLink('https://other.example/help/en/articles/x', 'en', origin)).toEqual({ kind: 'fine' });
  });

  it('are broken when a browser could not, or should not, follow them', () => {
    const problem = (href: string, image = false) => {
      const target = classifyLink(href, 'en', origin, image);
      return target.kind === 'broken' ? target.problem : null;
    };
    expect(problem('https://example.com/ok')).toBeNull();
    expect(problem('mailto:help@example.com')).toBeNull();
    expect(problem('#steps')).toBeNull();
    expect(problem('/pricing')).toBeNull();
    expect(problem('https://')).toBe('is not a valid address');
    expect(problem('https://exa mple.com')).toBe('is not a valid address');
    expect(problem('http://localhostish')).toBe('is not a valid web address');
    expect(problem('www.example.com')).toMatch(/^is not a full address/);
    expect(problem('javascript:alert(1)')).toBe('uses “javascript:”, which is not allowed');
    expect(problem('data:image/png;base64,xx', true)).toBe('uses “data:”, which is not allowed');
    expect(problem('#top', true)).toBe('is not an image address');
    expect(problem('')).toBe('has no address');
  });

  it('to other articles are looked up: missing and not-yet-live ones are reported', async () => {
    const articles: Record<string, { title: string; live: boolean }> = {
      'en/live-one': { title: 'Live one', live: true },
      'en/draft-one': { title: 'Draft one', live: false },
    };
    const asked: string[] = [];
    const warnings = await checkLinks(
      '[a](/help/en/articles/live-one) [b](article:draft-one) [c](/help/en/articles/gone) [d](https://) [e](https://fine.example)',
      'en',
      origin,
      async (locale, slug) => {
        asked.push(`${locale}/${slug}`);
        return articles[`${locale}/${slug}`] ?? null;
      },
    );
    expect(asked).toEqual(['en/live-one', 'en/draft-one', 'en/gone']);
    expect(warnings.map((warning) => [warning.link.text, warning.message])).toEqual([
      ['b', 'points to “Draft one”, which customers cannot read yet'],
      ['c', 'points to an article that does not exist (“gone” in en)'],
      ['d', 'is not a valid address'],
    ]);
  });
});
