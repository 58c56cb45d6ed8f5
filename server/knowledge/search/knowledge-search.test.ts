import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureSearchDocuments } from '../fixtures/search-documents.ts';
import { KnowledgeSearch } from './knowledge-search.ts';
import type { SearchDocument } from './types.ts';

function doc(id: string, fields: Partial<SearchDocument> = {}): SearchDocument {
  return {
    id,
    locale: 'en',
    slug: id,
    title: `Article ${id}`,
    tags: [],
    excerpt: '',
    content: 'Nothing to see here.',
    categoryId: null,
    ...fields,
  };
}

const slugs = (search: KnowledgeSearch, locale: string, query: string, options = {}) =>
  search.search(locale, query, options).items.map((item) => item.slug);

describe('incremental updates', () => {
  it('finds an article once added, and not once removed', () => {
    const search = new KnowledgeSearch();
    expect(slugs(search, 'en', 'thermostat')).toEqual([]);
    search.add(doc('a', { title: 'Install the thermostat' }));
    expect(slugs(search, 'en', 'thermostat')).toEqual(['a']);
    expect(search.remove('a')).toBe(true);
    expect(search.remove('a')).toBe(false);
    expect(slugs(search, 'en', 'thermostat')).toEqual([]);
    expect(search.size()).toBe(0);
  });

  it('replaces an article: new words found, old words gone', () => {
    const search = new KnowledgeSearch();
    search.add(doc('a', { title: 'Install the thermostat' }));
    search.replace(doc('a', { title: 'Mount the doorbell' }));
    expect(slugs(search, 'en', 'thermostat')).toEqual([]);
    expect(slugs(search, 'en', 'doorbell')).toEqual(['a']);
    expect(search.size('en')).toBe(1);
  });

  it('treats adding an indexed id as a replacement (publishing twice is harmless)', () => {
    const search = new KnowledgeSearch();
    search.add(doc('a', { title: 'Install the thermostat' }));
    search.add(doc('a', { title: 'Install the thermostat again' }));
    expect(search.size()).toBe(1);
    expect(search.search('en', 'thermostat').total).toBe(1);
  });

  it('moves an article between locales on replace', () => {
    const search = new KnowledgeSearch();
    search.add(doc('a', { title: 'Facture introuvable', locale: 'en' }));
    search.replace(doc('a', { title: 'Facture introuvable', locale: 'fr' }));
    expect(slugs(search, 'en', 'facture')).toEqual([]);
    expect(slugs(search, 'fr', 'facture')).toEqual(['a']);
    expect([search.size('en'), search.size('fr'), search.size()]).toEqual([0, 1, 1]);
  });

  it('rebuilds from scratch, keeping the last version of a repeated id', () => {
    const search = new KnowledgeSearch();
    search.add(doc('old', { title: 'Old article about invoices' }));
    search.rebuild([doc('a', { title: 'First draft about invoices' }), doc('b', { title: 'Refund timing' }), doc('a', { title: 'Invoice downloads' })]);
    expect(search.size()).toBe(2);
    expect(slugs(search, 'en', 'invoices')).toEqual(['a']);
    expect(search.search('en', 'draft').total).toBe(0);
    // Incremental updates keep working after a bulk rebuild.
    search.remove('a');
    search.add(doc('c', { title: 'Invoice address' }));
    expect(slugs(search, 'en', 'invoice')).toEqual(['c']);
  });

  it('matches the same way after changes as after a rebuild', () => {
    const docs = fixtureSearchDocuments();
    const rebuilt = new KnowledgeSearch();
    rebuilt.rebuild(docs);
    const incremental = new KnowledgeSearch();
    for (const article of docs) incremental.add(article);
    for (const query of ['cancle subscrip', 'where is my ordr', 'two factor', 'refund']) {
      expect(incremental.search('en', query)).toEqual(rebuilt.search('en', query));
    }
  });
});

describe('locales', () => {
  const search = new KnowledgeSearch();
  beforeAll(() =>
    search.rebuild([
      doc('en-invoice', { title: 'Download an invoice' }),
      doc('fr-invoice', { locale: 'fr', title: 'Télécharger une facture', content: 'Allez dans Facturation, puis invoice.' }),
    ]),
  );

  it('keeps each locale to itself', () => {
    expect(slugs(search, 'en', 'invoice')).toEqual(['en-invoice']);
    expect(slugs(search, 'fr', 'invoice')).toEqual(['fr-invoice']);
  });

  it('finds accented words typed without accents and the other way round', () => {
    expect(slugs(search, 'fr', 'telecharger facture')).toEqual(['fr-invoice']);
    expect(slugs(search, 'fr', 'FACTURÉ')).toEqual(['fr-invoice']);
  });

  it('returns nothing for an unknown locale', () => {
    expect(search.search('de', 'invoice')).toEqual({ items: [], total: 0 });
    expect(search.suggest('de', 'inv')).toEqual({ queries: [], articles: [] });
    expect(search.suggestForText('de', 'my invoice is wrong')).toEqual([]);
  });
});

describe('filters and paging', () => {
  const search = new KnowledgeSearch();
  beforeAll(() => search.rebuild(fixtureSearchDocuments()));

  it('filters by category', () => {
    const items = search.search('en', 'cancel', { categoryId: 'billing-plans' }).items;
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(search.search('en', item.title, { categoryId: 'billing-plans' }).total).toBeGreaterThan(0);
    expect(slugs(search, 'en', 'cancel', { categoryId: 'billing-plans' })).not.toContain('change-or-cancel-an-order');
  });

  it('filters by a parent category through categoryPath', () => {
    const underOrders = slugs(search, 'en', 'cancel', { categoryId: 'orders', limit: 50 });
    // change-or-cancel-an-order is in "orders" itself, cancel-a-return in its child "orders-returns".
    expect(underOrders).toEqual(expect.arrayContaining(['change-or-cancel-an-order', 'cancel-a-return']));
    expect(underOrders).not.toContain('cancel-your-subscription');
  });

  it('filters by tags, all of them, ignoring case', () => {
    expect(slugs(search, 'en', 'code', { tags: ['2FA'] })).toEqual(expect.arrayContaining(['backup-codes', 'lost-phone-two-step-codes']));
    for (const slug of slugs(search, 'en', 'code', { tags: ['2fa', 'backup-codes'] })) expect(slug).toBe('backup-codes');
    expect(search.search('en', 'code', { tags: ['no-such-tag'] })).toEqual({ items: [], total: 0 });
  });

  it('pages with offset and limit, with a stable total', () => {
    const all = search.search('en', 'order', { limit: 50 });
    const page = search.search('en', 'order', { limit: 5, offset: 5 });
    expect(page.total).toBe(all.total);
    expect(page.items.map((item) => item.id)).toEqual(all.items.slice(5, 10).map((item) => item.id));
    expect(search.search('en', 'order', { limit: 0 }).items).toHaveLength(1);
    expect(search.search('en', 'order', { limit: 1_000 }).items.length).toBeLessThanOrEqual(50);
  });

  it('returns the hit fields, with a snippet around the match', () => {
    const [hit] = search.search('en', 'backup codes').items;
    expect(hit).toMatchObject({ id: 'en:backup-codes', slug: 'backup-codes', locale: 'en', title: 'Backup codes for two-step verification' });
    expect(hit?.excerpt).toMatch(/single-use codes/);
    expect(hit?.score).toBeGreaterThan(0);
    expect(hit?.snippet).toMatch(/<mark>backup<\/mark> <mark>codes<\/mark>/i);
  });
});

describe('suggest', () => {
  const search = new KnowledgeSearch();
  beforeAll(() => search.rebuild(fixtureSearchDocuments()));

  it('completes the word being typed, keeping the words before it', () => {
    expect(search.suggest('en', 'passw').queries).toContain('password');
    expect(search.suggest('en', 'cancel subscr').queries).toContain('cancel subscription');
    expect(search.suggest('en', 'how do I notificat').queries[0]).toBe('how do I notification');
  });

  it('corrects a misspelt word', () => {
    expect(search.suggest('en', 'cancle').queries).toContain('cancel');
  });

  it('suggests the articles whose titles fit', () => {
    const { articles } = search.suggest('en', 'reset passw');
    expect(articles[0]).toEqual({ id: 'en:reset-your-password', slug: 'reset-your-password', title: 'Reset a forgotten password' });
    expect(search.suggest('en', 'refu', 3).articles.length).toBeLessThanOrEqual(3);
  });

  it('suggests nothing for nothing', () => {
    expect(search.suggest('en', '')).toEqual({ queries: [], articles: [] });
    expect(search.suggest('en', '   ')).toEqual({ queries: [], articles: [] });
  });
});

describe('related', () => {
  const search = new KnowledgeSearch();
  const docs = fixtureSearchDocuments();
  const categoryOf = new Map(docs.map((article) => [article.id, article.categoryPath ?? []]));
  beforeAll(() => search.rebuild([...docs, ...fixtureSearchDocuments('fr')]));

  it('finds articles on the same subject, never the article itself, in its own locale', () => {
    for (const id of ['en:cancel-your-subscription', 'en:webhooks', 'en:reset-your-password', 'en:damaged-package']) {
      const related = search.related(id);
      expect(related).toHaveLength(5);
      expect(related.map((hit) => hit.id)).not.toContain(id);
      for (const hit of related) expect(hit.locale).toBe('en');
      // Most of them share its top-level category.
      const top = (categoryOf.get(id) ?? []).at(-1);
      expect(related.filter((hit) => (categoryOf.get(hit.id) ?? []).includes(top as string)).length).toBeGreaterThanOrEqual(3);
    }
    expect(search.related('en:webhooks').map((hit) => hit.slug)).toEqual(expect.arrayContaining(['verify-webhook-signatures', 'webhook-delivery-failures']));
  });

  it('returns nothing for an unknown article', () => {
    expect(search.related('nope')).toEqual([]);
  });
});

describe('suggestForText', () => {
  const search = new KnowledgeSearch();
  beforeAll(() => search.rebuild(fixtureSearchDocuments()));

  it('finds the article a chatty ticket is about', () => {
    const ticket = `Hi there, hope you're well! I ordered a doorbell last week and the tracking page has said "out for delivery"
      since Monday but nothing has turned up. I've checked with the neighbours and looked around the porch. The parcel is late
      and I'm going away on Friday. Can you tell me what's going on? Thanks so much, Sam`;
    expect(search.suggestForText('en', ticket).map((hit) => hit.slug).slice(0, 3)).toContain('where-is-my-order');
  });

  it('finds it in a chat message with typos and no punctuation', () => {
    const message = 'hello i turned on two factor and now i lost my phone so i cant get the code to sign in what do i do';
    expect(search.suggestForText('en', message).map((hit) => hit.slug).slice(0, 3)).toContain('lost-phone-two-step-codes');
  });

  it('returns nothing for small talk', () => {
    expect(search.suggestForText('en', 'Hi! Thanks so much, really appreciate it :)')).toEqual([]);
  });
});
