import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../shared/schemas/knowledge.ts';
import { newAgent, tableCounts, type SignedIn } from '../testing/client.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';

let server: TestServer;
let admin: SignedIn;
let writer: SignedIn;
let reviewer: SignedIn;

beforeAll(async () => {
  server = await startTestServer();
  admin = await newAgent(server, 'admin', 'Ada');
  writer = await newAgent(server, 'agent', 'Wes Writer');
  reviewer = await newAgent(server, 'agent', 'Rae Reviewer');
});
afterAll(() => server.close());

const body = (markdown: string) => `${markdown}\n\nThis article explains the steps in detail so customers can help themselves.`;

describe('articles and revisions', () => {
  let article: Article;

  it('creates a draft with a slug from the title, revision 1 rendered to safe HTML', async () => {
    article = await writer.api.knowledge.articles.create({
      title: 'Reset your password',
      content: body('## Steps\n\n1. Open **Settings**\n2. Choose *Reset password*\n\n<script>window.__x=1</script>'),
      tags: ['Account', 'security'],
    });
    expect(article).toMatchObject({ slug: 'reset-your-password', status: 'draft', version: 1, publishedVersion: null, live: false, locale: 'en', tags: ['account', 'security'], author: { name: 'Wes Writer' } });
    expect(article.html).toContain('<strong>Settings</strong>');
    expect(article.html).not.toContain('<script');
    expect(article.excerpt.length).toBeGreaterThan(10);
  });

  it('every save is a new immutable revision; diff and restore work', async () => {
    const edited = await writer.api.knowledge.articles.update(article.id, { content: body('## Steps\n\n1. Open **Account settings**\n2. Choose *Reset password*'), note: 'Menu renamed' });
    expect(edited.version).toBe(2);
    const { items } = await writer.api.knowledge.articles.revisions(article.id);
    expect(items.map((r) => r.version)).toEqual([2, 1]);
    expect(items[0]?.note).toBe('Menu renamed');
    const diff = await writer.api.knowledge.articles.diff(article.id, 1, 2);
    expect(diff.lines.filter((l) => l.kind === 'removed').map((l) => l.text)).toContain('1. Open **Settings**');
    expect(diff.lines.filter((l) => l.kind === 'added').map((l) => l.text)).toContain('1. Open **Account settings**');
    const restored = await writer.api.knowledge.articles.restore(article.id, 1);
    expect(restored.version).toBe(3);
    expect(restored.content).toBe((await writer.api.knowledge.articles.revision(article.id, 1)).content);
    expect((await writer.api.knowledge.articles.revision(article.id, 2)).note).toBe('Menu renamed');
  });

  it('refuses a duplicate slug in the same language but allows it in another', async () => {
    const response = await writer.raw('/api/support/knowledge/articles', { method: 'POST', body: JSON.stringify({ title: 'Other', content: 'x', slug: 'reset-your-password' }) });
    expect(response.status).toBe(409);
    const french = await writer.api.knowledge.articles.create({ title: 'Autre', content: 'x', slug: 'reset-your-password', locale: 'fr' });
    expect(french.slug).toBe('reset-your-password');
    const auto = await writer.api.knowledge.articles.create({ title: 'Reset your password', content: 'again' });
    expect(auto.slug).toBe('reset-your-password-2');
  });
});

describe('internal links', () => {
  it('turns article:slug links into help-center links when that article exists, plain text otherwise', async () => {
    await writer.api.knowledge.articles.create({ title: 'Link target', content: 'x', slug: 'link-target' });
    const linking = await writer.api.knowledge.articles.create({ title: 'Linking', content: 'See [the target](article:link-target#steps) and [a ghost](article:no-such-article).' });
    expect(linking.html).toContain('href="/help/en/articles/link-target#steps"');
    expect(linking.html).toContain('a ghost');
    expect(linking.html).not.toContain('no-such-article');
  });
});

describe('review workflow', () => {
  let article: Article;
  beforeAll(async () => {
    article = await writer.api.knowledge.articles.create({ title: 'Track your parcel', content: body('Use the tracking link in your shipping email.'), tags: ['shipping'] });
  });

  it('an author cannot approve their own article; another agent can, and it goes live and searchable', async () => {
    const submitted = await writer.api.knowledge.articles.submit(article.id, 'Please check the wording');
    expect(submitted.status).toBe('in_review');
    const own = await writer.raw(`/api/support/knowledge/articles/${article.id}/approve`, { method: 'POST', body: '{}' });
    expect(own.status).toBe(403);
    expect((await writer.api.knowledge.search({ q: 'parcel tracking' })).items).toEqual([]);

    const approved = await reviewer.api.knowledge.articles.approve(article.id, 'Looks good');
    expect(approved).toMatchObject({ status: 'published', live: true, publishedVersion: 1, review: { decision: 'approved', decidedBy: { name: 'Rae Reviewer' } } });
    const found = await writer.api.knowledge.search({ q: 'parcel tracking' });
    expect(found.items[0]?.id).toBe(article.id);
  });

  it('editing a published article keeps the published version live until the new one is approved', async () => {
    const edited = await writer.api.knowledge.articles.update(article.id, { title: 'Track your order', content: body('Open Orders, then Track.') });
    expect(edited).toMatchObject({ status: 'draft', version: 2, publishedVersion: 1, live: true });
    const search = await writer.api.knowledge.search({ q: 'track' });
    expect(search.items.find((h) => h.id === article.id)?.title).toBe('Track your parcel');

    await writer.api.knowledge.articles.submit(article.id);
    const rejected = await reviewer.api.knowledge.articles.reject(article.id, 'Mention the app too');
    expect(rejected).toMatchObject({ status: 'draft', publishedVersion: 1, review: { decision: 'rejected', decisionComment: 'Mention the app too' } });
    const noComment = await reviewer.raw(`/api/support/knowledge/articles/${article.id}/reject`, { method: 'POST', body: '{}' });
    expect(noComment.status).toBe(422);

    await writer.api.knowledge.articles.submit(article.id);
    await reviewer.api.knowledge.articles.approve(article.id);
    expect((await writer.api.knowledge.search({ q: 'track' })).items.find((h) => h.id === article.id)?.title).toBe('Track your order');
  });

  it('only admins publish directly, unpublish and archive; archived articles are offline and read-only', async () => {
    const draft = await writer.api.knowledge.articles.create({ title: 'Gift cards', content: body('Gift cards never expire.') });
    for (const action of ['publish', 'unpublish', 'archive']) {
      const before = tableCounts(server);
      expect((await writer.raw(`/api/support/knowledge/articles/${draft.id}/${action}`, { method: 'POST' })).status).toBe(403);
      expect(tableCounts(server)).toEqual(before);
    }
    const published = await admin.api.knowledge.articles.publish(draft.id);
    expect(published.live).toBe(true);
    expect((await admin.api.knowledge.search({ q: 'gift cards' })).items[0]?.id).toBe(draft.id);

    const archived = await admin.api.knowledge.articles.archive(draft.id);
    expect(archived).toMatchObject({ status: 'archived', live: false });
    expect((await admin.api.knowledge.search({ q: 'gift cards' })).items).toEqual([]);
    const edit = await writer.raw(`/api/support/knowledge/articles/${draft.id}`, { method: 'PUT', body: JSON.stringify({ title: 'Sneaky' }) });
    expect(edit.status).toBe(409);
    expect((await admin.api.knowledge.articles.unarchive(draft.id)).status).toBe('draft');
  });

  it('deleting: authors delete their never-published drafts; published ones need an admin', async () => {
    const mine = await writer.api.knowledge.articles.create({ title: 'Scratch', content: 'x' });
    await writer.api.knowledge.articles.remove(mine.id);
    expect((await writer.raw(`/api/support/knowledge/articles/${mine.id}`)).status).toBe(404);
    expect((await writer.raw(`/api/support/knowledge/articles/${article.id}`, { method: 'DELETE' })).status).toBe(403);
    const others = await reviewer.api.knowledge.articles.create({ title: 'Not yours', content: 'x' });
    expect((await writer.raw(`/api/support/knowledge/articles/${others.id}`, { method: 'DELETE' })).status).toBe(403);
  });

  it('translations share a group, one per language', async () => {
    const fr = await writer.api.knowledge.articles.translate(article.id, { locale: 'fr', title: 'Suivre votre commande', content: body('Ouvrez Commandes.') });
    expect(fr.translationGroupId).toBe(article.translationGroupId);
    expect((await writer.api.knowledge.articles.get(article.id)).translations.map((t) => t.locale)).toEqual(['fr']);
    const again = await writer.raw(`/api/support/knowledge/articles/${article.id}/translations`, { method: 'POST', body: JSON.stringify({ locale: 'fr', title: 'x', content: 'x' }) });
    expect(again.status).toBe(409);
  });
});

describe('categories', () => {
  it('nests, reorders and refuses cycles, duplicate slugs and deleting non-empty categories', async () => {
    const help = await writer.api.knowledge.categories.create({ name: 'Billing & payments' });
    expect(help.slug).toBe('billing-payments');
    const child = await writer.api.knowledge.categories.create({ name: 'Refunds', parentId: help.id });
    const grandchild = await writer.api.knowledge.categories.create({ name: 'Card refunds', parentId: child.id });
    const cycle = await writer.raw(`/api/support/knowledge/categories/${help.id}`, { method: 'PATCH', body: JSON.stringify({ parentId: grandchild.id }) });
    expect(cycle.status).toBe(422);
    const self = await writer.raw(`/api/support/knowledge/categories/${help.id}`, { method: 'PATCH', body: JSON.stringify({ parentId: help.id }) });
    expect(self.status).toBe(422);
    const dup = await writer.raw('/api/support/knowledge/categories', { method: 'POST', body: JSON.stringify({ name: 'X', slug: 'refunds' }) });
    expect(dup.status).toBe(409);

    const article = await writer.api.knowledge.articles.create({ title: 'Refund to a card', content: body('Card refunds take 5 days.'), categoryId: grandchild.id });
    await admin.api.knowledge.articles.publish(article.id);
    const inParent = await writer.api.knowledge.articles.list({ categoryId: help.id });
    expect(inParent.items.map((a) => a.id)).toEqual([article.id]);
    const searchParent = await writer.api.knowledge.search({ q: 'refund card', categoryId: help.id });
    expect(searchParent.items.map((h) => h.id)).toContain(article.id);
    expect((await writer.raw(`/api/support/knowledge/categories/${grandchild.id}`, { method: 'DELETE' })).status).toBe(409);
    expect((await writer.raw(`/api/support/knowledge/categories/${help.id}`, { method: 'DELETE' })).status).toBe(409);
    const counted = (await writer.api.knowledge.categories.list()).items.find((cat) => cat.id === grandchild.id);
    expect(counted?.articleCount).toBe(1);
  });
});

describe('feedback', () => {
  it('one vote per visitor, changeable; counters follow; floods from one visitor count once', async () => {
    const article = await writer.api.knowledge.articles.create({ title: 'Change your email', content: body('Go to Profile.') });
    await admin.api.knowledge.articles.publish(article.id);
    const visitorId = 'visitor_abcdefghijklmnop';
    for (let i = 0; i < 20; i += 1) await writer.api.knowledge.articles.feedback(article.id, { visitorId, helpful: true });
    expect(await writer.api.knowledge.articles.feedback(article.id, { visitorId: 'visitor_qrstuvwxyz012345', helpful: true })).toEqual({ helpful: 2, notHelpful: 0 });
    expect(await writer.api.knowledge.articles.feedback(article.id, { visitorId, helpful: false, comment: 'Still stuck' })).toEqual({ helpful: 1, notHelpful: 1 });
    const bad = await writer.raw(`/api/support/knowledge/articles/${article.id}/feedback`, { method: 'POST', body: JSON.stringify({ visitorId: 'x', helpful: 'yes' }) });
    expect(bad.status).toBe(422);
  });
});

describe('bad input', () => {
  it('refuses oversized content, unknown categories, bad slugs and locales, writing nothing', async () => {
    const cases: [unknown, number, string][] = [
      [{ title: 'Big', content: 'x'.repeat(200_001) }, 422, 'content'],
      [{ title: 'Cat', content: 'x', categoryId: '01900000-0000-7000-8000-000000000000' }, 422, 'categoryId'],
      [{ title: 'Slug', content: 'x', slug: 'Not A Slug!' }, 422, 'slug'],
      [{ title: 'Locale', content: 'x', locale: 'english' }, 422, 'locale'],
      [{ title: '', content: 'x' }, 422, 'title'],
      [{ title: 'Empty', content: '   ' }, 422, 'content'],
    ];
    for (const [input, status, field] of cases) {
      const before = tableCounts(server);
      const response = await writer.raw('/api/support/knowledge/articles', { method: 'POST', body: JSON.stringify(input) });
      expect(response.status, JSON.stringify(input).slice(0, 80)).toBe(status);
      expect(((await response.json()) as { error: { fields: Record<string, string> } }).error.fields).toHaveProperty(field);
      expect(tableCounts(server)).toEqual(before);
    }
  });

  it('renders malformed markdown without failing', async () => {
    const weird = await writer.api.knowledge.articles.create({ title: 'Weird', content: '```js\nunclosed fence\n' + '> '.repeat(500) + 'deep\n' + '- '.repeat(300) + 'list' });
    expect(weird.html.length).toBeGreaterThan(0);
  });

  it('search copes with empty, huge and hostile queries', async () => {
    expect(await writer.api.knowledge.search({ q: '' })).toEqual({ items: [], total: 0 });
    expect(await writer.api.knowledge.search({ q: '   ' })).toEqual({ items: [], total: 0 });
    for (const q of ['x'.repeat(10_000), ".*+?^${}()|[]\\ ' \" ; -- % DROP TABLE tickets;", '<script>alert(1)</script>']) {
      const result = await writer.api.knowledge.search({ q });
      expect(Array.isArray(result.items)).toBe(true);
      for (const hit of result.items) expect(hit.snippet).not.toMatch(/<(?!\/?mark>)/);
    }
    const tooLong = await writer.raw(`/api/support/knowledge/search?q=${'y'.repeat(10_001)}`);
    expect(tooLong.status).toBe(422);
    expect((await writer.api.knowledge.search({ q: 'password', locale: 'xx' })).items).toEqual([]);
  });
});

describe('sanitizer upgrades', () => {
  it('re-renders stored HTML made under older rules when the knowledge base starts', async () => {
    const article = await writer.api.knowledge.articles.create({ title: 'Old rules', content: body('Hello **world**') });
    // Simulate HTML stored by an older, laxer sanitizer.
    server.database.sqlite
      .prepare("update knowledge_revisions set html = '<p onclick=\"steal()\">stale</p>', sanitizer_version = '0/old' where article_id = ?")
      .run(article.id);
    const { KnowledgeBase } = await import('./knowledge-base.ts');
    new KnowledgeBase(server.database.db);
    const again = await writer.api.knowledge.articles.get(article.id);
    expect(again.html).toContain('<strong>world</strong>');
    expect(again.html).not.toContain('onclick');
  });
});
