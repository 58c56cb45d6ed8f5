import { describe, expect, it } from 'vitest';
import { paths } from './paths.ts';
import { matchRoute } from './routes.ts';

describe('knowledge base routes', () => {
  it('match the paths that link to them', () => {
    expect(matchRoute(paths.knowledge())).toEqual({ name: 'knowledge' });
    expect(matchRoute(paths.knowledgeCategories())).toEqual({ name: 'knowledge-categories' });
    expect(matchRoute('/console/knowledge/articles/new')).toEqual({ name: 'new-article' });
    expect(matchRoute(paths.article('0196a-b'))).toEqual({ name: 'article', id: '0196a-b' });
    expect(matchRoute('/console/knowledge/articles/0196a-b/history')).toEqual({ name: 'article-history', id: '0196a-b' });
  });

  it('send anything else to not found', () => {
    for (const path of ['/console/knowledge/articles', '/console/knowledge/articles/new/history', '/console/knowledge/articles/x/y', '/console/knowledge/categories/x', '/console/knowledge/other']) {
      expect(matchRoute(path), path).toEqual({ name: 'not-found' });
    }
  });

  it('build query strings for views and new translations', () => {
    expect(paths.knowledge({ category: 'c1' })).toBe('/console/knowledge?category=c1');
    expect(paths.newArticle({ translateFrom: 'a1', locale: 'pt-BR' })).toBe('/console/knowledge/articles/new?translateFrom=a1&locale=pt-BR');
    expect(paths.articleHistory('a1', { from: '1', to: '3' })).toBe('/console/knowledge/articles/a1/history?from=1&to=3');
  });
});
