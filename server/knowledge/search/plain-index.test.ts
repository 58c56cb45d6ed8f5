import { describe, expect, it } from 'vitest';
import { generateArticles } from '../fixtures/generate.ts';
import { fixtureQueries } from '../fixtures/queries.ts';
import { fixtureSearchDocuments } from '../fixtures/search-documents.ts';
import { KnowledgeSearch } from './knowledge-search.ts';
import { commonTerms } from './tuning.ts';

describe('bulk loading', () => {
  it('builds the same index as adding articles one by one', () => {
    const docs = fixtureSearchDocuments();
    const bulk = new KnowledgeSearch();
    bulk.rebuild(docs);
    const oneByOne = new KnowledgeSearch();
    for (const doc of docs) oneByOne.add(doc);
    for (const { query } of fixtureQueries) expect(bulk.search('en', query), query).toEqual(oneByOne.search('en', query));
  });
});

describe('a large help centre', () => {
  const count = commonTerms.minArticles + 100;
  const docs = generateArticles(count, 3);
  const search = new KnowledgeSearch();
  search.rebuild(docs);

  it('still finds articles by their most common words, in titles', () => {
    // "app" is in most articles' bodies: searched in titles, tags and excerpts only.
    const hits = search.search('en', 'download the app', { limit: 5 }).items;
    expect(hits.length).toBe(5);
    for (const hit of hits) expect(`${hit.title} ${hit.excerpt}`).toMatch(/app|download/i);
  });

  it('finds articles by rare words in their bodies', () => {
    const withModel = docs.find((doc) => /model ([A-Z]{2}-\d+)/.test(doc.content)) ?? docs[0];
    const model = /model ([A-Z]{2}-\d+)/.exec(withModel?.content ?? '')?.[1] ?? '';
    expect(search.search('en', model).items.map((hit) => hit.id)).toContain(withModel?.id);
  });

  it('stays consistent through removals, replacements and additions', () => {
    const [first, second] = docs;
    if (!first || !second) throw new Error('no documents');
    expect(search.remove(first.id)).toBe(true);
    expect(search.search('en', first.title, { limit: 50 }).items.map((hit) => hit.id)).not.toContain(first.id);
    search.replace({ ...second, title: 'Quokka enclosure maintenance' });
    expect(search.search('en', 'quokka').items.map((hit) => hit.id)).toEqual([second.id]);
    search.add(first);
    expect(search.search('en', first.title, { limit: 50 }).items.map((hit) => hit.id)).toContain(first.id);
    expect(search.size('en')).toBe(count);
  });
});
