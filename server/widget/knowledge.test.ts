import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiErrorBody } from '../../shared/errors.ts';
import type { Article, SearchResult, Suggestions } from '../../shared/schemas/knowledge.ts';
import type { Site } from '../../shared/schemas/sites.ts';
import type { PopularArticles, WidgetArticle } from '../../shared/schemas/widget.ts';
import { systemActor } from '../audit/log.ts';
import { knowledgeArticles, knowledgeFeedback, knowledgeSearches } from '../db/schema.ts';
import { createSite } from '../sites/queries.ts';
import { newAgent, type SignedIn } from '../testing/client.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';

/**
 * The widget's public knowledge endpoints, through HTTP, as a customer's page calls them.
 * Articles are written and published through the agents' API, the way they get there for real.
 */

const shopOrigin = 'https://shop.example';
const siteLook = { themeColor: '#0f766e', greeting: 'Hello!', position: 'bottom-right' } as const;
const foreignOrigin = 'https://evil.example';
const visitor = 'visitor_aaaaaaaaaaaaaaaa';
const otherVisitor = 'visitor_bbbbbbbbbbbbbbbb';

let server: TestServer;
let admin: SignedIn;
let shop: Site;
const live: Record<string, Article> = {};
let draft: Article;
let archived: Article;
let french: Article;

const body = (text: string) => `${text}\n\nThis article explains the steps in detail so customers can help themselves.`;

async function publish(admin: SignedIn, input: Parameters<SignedIn['api']['knowledge']['articles']['create']>[0]): Promise<Article> {
  const article = await admin.api.knowledge.articles.create(input);
  return admin.api.knowledge.articles.publish(article.id);
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await newAgent(server, 'admin');
  shop = await createSite(server.database.db, { name: 'Trailhead Shop', allowedOrigins: [shopOrigin], ...siteLook }, systemActor);
  live.password = await publish(admin, {
    title: 'Reset your password',
    content: body('## Steps\n\n1. Open **Settings**\n2. Choose *Reset password*\n\n![Settings screen](/uploads/settings.png)\n\n<img src=x onerror="window.__x=1">'),
    tags: ['account', 'password'],
  });
  live.parcel = await publish(admin, { title: 'Track your parcel', content: body('Use the tracking link in your shipping email.'), tags: ['shipping'] });
  live.address = await publish(admin, { title: 'Change your shipping address', content: body('Open Orders, choose the order, then Edit address before it ships.'), tags: ['shipping'] });
  live.login = await publish(admin, { title: 'Cannot sign in', content: body('If your password is refused, reset your password from the sign-in page.'), tags: ['account'] });
  draft = await admin.api.knowledge.articles.create({ title: 'Secret roadmap', content: body('Nobody outside may read about the hovercraft.') });
  archived = await publish(admin, { title: 'Old returns policy', content: body('Returns used to take ninety days via the hovercraft depot.') });
  archived = await admin.api.knowledge.articles.archive(archived.id);
  french = await publish(admin, { title: 'Réinitialiser votre mot de passe', content: body('Ouvrez les paramètres puis choisissez Réinitialiser.'), locale: 'fr', slug: 'reinitialiser-mot-de-passe' });
});
afterAll(() => server?.close());

const base = (key = shop.publicKey) => `${server.url}/api/widget/sites/${key}/knowledge`;
const get = (path: string, origin: string | null = shopOrigin, key?: string) =>
  fetch(`${base(key)}/${path}`, { headers: origin ? { origin } : {} });
const post = (path: string, payload: unknown, origin: string | null = shopOrigin, at = base()) =>
  fetch(`${at}/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
const errorOf = async (response: Response) => ((await response.json()) as ApiErrorBody).error;
const counters = (id: string, target = server) =>
  target.database.db
    .select({ views: knowledgeArticles.views, helpful: knowledgeArticles.helpful, notHelpful: knowledgeArticles.notHelpful })
    .from(knowledgeArticles)
    .where(eq(knowledgeArticles.id, id))
    .get();

describe('search', () => {
  it('finds live articles with escaped snippets, and logs the search as a widget search', async () => {
    const response = await get('search?q=reset%20password&locale=en');
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(shopOrigin);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const result: SearchResult = await response.json();
    expect(result.items[0]).toMatchObject({ id: live.password?.id, slug: 'reset-your-password', locale: 'en', title: 'Reset your password' });
    expect(result.items[0]?.snippet).toContain('<mark>');
    expect(result.items.every((hit) => !hit.snippet.includes('<img'))).toBe(true);

    const logged = server.database.db.select().from(knowledgeSearches).all().filter((row) => row.query === 'reset password');
    expect(logged).toMatchObject([{ source: 'widget', locale: 'en', results: result.total }]);
  });

  it('escapes article text in snippets: only <mark> is markup', async () => {
    // The password article's text holds a literal `<img src=x onerror=…>` (escaped when rendered).
    const result: SearchResult = await (await get('search?q=onerror')).json();
    expect(result.items.length).toBeGreaterThan(0);
    for (const hit of result.items) expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('never finds drafts or archived articles', async () => {
    const result: SearchResult = await (await get('search?q=hovercraft')).json();
    expect(result).toEqual({ items: [], total: 0 });
  });

  it('answers an empty query with no results (and logs nothing)', async () => {
    const before = server.database.db.select().from(knowledgeSearches).all().length;
    const result: SearchResult = await (await get('search?q=&locale=en')).json();
    expect(result.total).toBe(0);
    expect(server.database.db.select().from(knowledgeSearches).all().length).toBe(before);
  });

  it('cuts a pasted 10,000-character query instead of refusing it, and refuses longer ones', async () => {
    const pasted = `password ${'x'.repeat(9_991)}`;
    expect(pasted.length).toBe(10_000);
    const response = await get(`search?q=${encodeURIComponent(pasted)}`);
    expect(response.status).toBe(200);
    const logged = server.database.db.select().from(knowledgeSearches).all().at(-1);
    expect(logged?.query.length).toBeLessThanOrEqual(200);

    const tooLong = await get(`search?q=${'x'.repeat(10_001)}`);
    expect(tooLong.status).toBe(422);
    expect((await errorOf(tooLong)).fields).toHaveProperty('q');
  });
});

describe('suggest', () => {
  it('completes a partial word and proposes articles whose titles fit', async () => {
    const response = await get('suggest?q=passw&locale=en');
    expect(response.status).toBe(200);
    const suggestions: Suggestions = await response.json();
    expect(suggestions.articles.map((article) => article.slug)).toContain('reset-your-password');
    expect(suggestions.queries.some((query) => query.includes('password'))).toBe(true);
    expect(JSON.stringify(suggestions)).not.toContain('roadmap');
  });
});

describe('popular', () => {
  it('lists live articles only, the most read and most helpful first', async () => {
    const before: PopularArticles = await (await get('popular?locale=en')).json();
    expect(before.locale).toBe('en');
    const slugs = before.items.map((item) => item.slug);
    expect(slugs).toEqual(expect.arrayContaining(['reset-your-password', 'track-your-parcel', 'change-your-shipping-address', 'cannot-sign-in']));
    expect(slugs).not.toContain(draft.slug);
    expect(slugs).not.toContain('old-returns-policy');
    expect(before.items.every((item) => item.locale === 'en' && item.title && item.excerpt)).toBe(true);

    // Two readers of the address article and one helpful vote put it first.
    const addressId = live.address?.id ?? '';
    expect((await post(`articles/${addressId}/view`, { visitorId: visitor })).status).toBe(204);
    expect((await post(`articles/${addressId}/view`, { visitorId: otherVisitor })).status).toBe(204);
    expect((await post(`articles/${addressId}/feedback`, { visitorId: visitor, helpful: true })).status).toBe(204);
    const after: PopularArticles = await (await get('popular?locale=en&limit=2')).json();
    expect(after.items.map((item) => item.slug)).toHaveLength(2);
    expect(after.items[0]?.slug).toBe('change-your-shipping-address');
  });
});

describe('locales', () => {
  it("answers in the browser's language when it has live articles, regional variants included", async () => {
    for (const locale of ['fr', 'fr-CA']) {
      const popular: PopularArticles = await (await get(`popular?locale=${locale}`)).json();
      expect(popular.locale, locale).toBe('fr');
      expect(popular.items.map((item) => item.id)).toEqual([french.id]);
    }
    const found: SearchResult = await (await get('search?q=paramètres&locale=fr-BE')).json();
    expect(found.items.map((hit) => hit.id)).toEqual([french.id]);
  });

  it('falls back to en for a well-formed locale with no live articles', async () => {
    const popular: PopularArticles = await (await get('popular?locale=de-DE')).json();
    expect(popular.locale).toBe('en');
    expect(popular.items.length).toBeGreaterThan(0);
    const found: SearchResult = await (await get('search?q=parcel&locale=xx')).json();
    expect(found.items[0]?.id).toBe(live.parcel?.id);
    // Suggestions name no locale, so the widget opens them in the browser's: the same fallback applies.
    const article: WidgetArticle = await (await get('articles/de/track-your-parcel')).json();
    expect(article).toMatchObject({ id: live.parcel?.id, locale: 'en' });
  });

  it('refuses what is not a locale with 422, naming the parameter', async () => {
    for (const path of ['search?q=parcel&locale=english', 'suggest?q=par&locale=EN_us', 'popular?locale=%3Cscript%3E']) {
      const response = await get(path);
      expect(response.status, path).toBe(422);
      expect(await errorOf(response), path).toMatchObject({ code: 'validation_failed', fields: { locale: expect.any(String) } });
    }
  });

  it('refuses unknown and repeated parameters rather than guessing', async () => {
    expect((await get('search?q=a&q=b')).status).toBe(422);
    expect((await get('popular?locale=en&admin=1')).status).toBe(422);
    expect((await get('popular?limit=500')).status).toBe(422);
  });
});

describe('articles', () => {
  it('serves the published revision with sanitized HTML and related articles', async () => {
    const response = await get('articles/en/reset-your-password');
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(shopOrigin);
    const article: WidgetArticle = await response.json();
    expect(article).toMatchObject({ id: live.password?.id, locale: 'en', slug: 'reset-your-password', title: 'Reset your password' });
    expect(new Date(article.updatedAt).toISOString()).toBe(article.updatedAt);
    expect(article.html).toContain('<strong>Settings</strong>');
    expect(article.html).toContain('/uploads/settings.png');
    expect(article.html).not.toMatch(/<img[^>]*onerror|<script/i); // escaped to text, never live markup
    expect(Object.keys(article).sort()).toEqual(['html', 'id', 'locale', 'related', 'slug', 'title', 'updatedAt']);
    expect(article.related.map((hit) => hit.id)).not.toContain(article.id);
    expect(article.related.every((hit) => hit.locale === 'en' && hit.slug && hit.title)).toBe(true);
  });

  it('keeps showing the published revision while a newer draft waits for review', async () => {
    await admin.api.knowledge.articles.update(live.parcel?.id ?? '', { title: 'Draft title nobody may see yet' });
    const article: WidgetArticle = await (await get('articles/en/track-your-parcel')).json();
    expect(article.title).toBe('Track your parcel');
  });

  it('answers 404 for drafts, archived articles, other locales and anything not shaped like a page', async () => {
    const paths = [
      `articles/en/${draft.slug}`,
      `articles/en/${archived.slug}`,
      'articles/en/no-such-article',
      'articles/fr/reset-your-password',
      'articles/english/reset-your-password',
      'articles/en/..%2F..%2Fetc',
      `articles/en/${'a'.repeat(500)}`,
    ];
    for (const path of paths) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect((await errorOf(response)).code, path).toBe('not_found');
    }
  });

  it('goes offline the moment an article is unpublished', async () => {
    const temporary = await publish(admin, { title: 'Holiday opening hours', content: body('Open every day in December.') });
    expect((await get(`articles/en/${temporary.slug}`)).status).toBe(200);
    await admin.api.knowledge.articles.unpublish(temporary.id);
    expect((await get(`articles/en/${temporary.slug}`)).status).toBe(404);
    expect((await post(`articles/${temporary.id}/view`, { visitorId: visitor })).status).toBe(404);
  });
});

describe('views', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts a view once per visitor per day', async () => {
    const id = live.login?.id ?? '';
    const start = counters(id)?.views ?? 0;
    for (let i = 0; i < 3; i += 1) expect((await post(`articles/${id}/view`, { visitorId: visitor })).status).toBe(204);
    expect(counters(id)?.views).toBe(start + 1);
    await post(`articles/${id}/view`, { visitorId: otherVisitor });
    expect(counters(id)?.views).toBe(start + 2);

    // The next UTC day the same visitor counts again, once.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 24 * 60 * 60 * 1000);
    await post(`articles/${id}/view`, { visitorId: visitor });
    await post(`articles/${id}/view`, { visitorId: visitor });
    expect(counters(id)?.views).toBe(start + 3);
  });

  it('refuses a bad visitor id, a missing body and drafts without counting', async () => {
    const id = live.login?.id ?? '';
    const before = counters(id);
    for (const visitorId of ['short', 'has spaces in it, sixteen+', 'x'.repeat(65), 42, '']) {
      const response = await post(`articles/${id}/view`, { visitorId });
      expect(response.status, String(visitorId)).toBe(422);
      expect((await errorOf(response)).fields, String(visitorId)).toHaveProperty('visitorId');
    }
    expect((await post(`articles/${id}/view`, '{')).status).toBe(400);
    expect((await post(`articles/${id}/view`, { visitorId: visitor, extra: 1 })).status).toBe(422);
    expect((await post(`articles/${draft.id}/view`, { visitorId: visitor })).status).toBe(404);
    expect((await post('articles/not-an-id/view', { visitorId: visitor })).status).toBe(404);
    expect(counters(id)).toEqual(before);
  });
});

describe('feedback', () => {
  it('keeps one vote per visitor: voting again changes it, never adds to it', async () => {
    const id = live.parcel?.id ?? '';
    expect((await post(`articles/${id}/feedback`, { visitorId: visitor, helpful: true })).status).toBe(204);
    expect((await post(`articles/${id}/feedback`, { visitorId: visitor, helpful: true })).status).toBe(204);
    expect(counters(id)).toMatchObject({ helpful: 1, notHelpful: 0 });
    expect((await post(`articles/${id}/feedback`, { visitorId: visitor, helpful: false, comment: '  It did not mention the app.  ' })).status).toBe(204);
    expect(counters(id)).toMatchObject({ helpful: 0, notHelpful: 1 });
    const [row] = server.database.db.select().from(knowledgeFeedback).where(eq(knowledgeFeedback.articleId, id)).all();
    expect(row).toMatchObject({ visitorId: visitor, helpful: false, comment: 'It did not mention the app.' });
  });

  it('refuses bad votes without counting them', async () => {
    const id = live.parcel?.id ?? '';
    const before = counters(id);
    const bad = [
      { visitorId: 'nope', helpful: true },
      { visitorId: visitor, helpful: 'yes' },
      { visitorId: visitor },
      { visitorId: visitor, helpful: false, comment: 'x'.repeat(1_001) },
      { visitorId: visitor, helpful: true, votes: 100 },
    ];
    for (const payload of bad) expect((await post(`articles/${id}/feedback`, payload)).status, JSON.stringify(payload).slice(0, 60)).toBe(422);
    const textPlain = await fetch(`${base()}/articles/${id}/feedback`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ visitorId: visitor, helpful: true }) });
    expect(textPlain.status).toBe(415);
    expect((await post(`articles/${draft.id}/feedback`, { visitorId: visitor, helpful: true })).status).toBe(404);
    expect((await post(`articles/${archived.id}/feedback`, { visitorId: visitor, helpful: true })).status).toBe(404);
    expect(counters(id)).toEqual(before);
  });
});

describe('origins and site keys', () => {
  const reads = () => ['search?q=parcel', 'suggest?q=par', 'popular', 'articles/en/track-your-parcel'];

  it('refuses every endpoint to a foreign origin with 403 and no Access-Control-Allow-Origin, and writes nothing', async () => {
    const id = live.parcel?.id ?? '';
    const before = counters(id);
    const searches = server.database.db.select().from(knowledgeSearches).all().length;
    const responses = [
      ...(await Promise.all(reads().map((path) => get(path, foreignOrigin)))),
      await post(`articles/${id}/view`, { visitorId: 'visitor_cccccccccccccccc' }, foreignOrigin),
      await post(`articles/${id}/feedback`, { visitorId: 'visitor_cccccccccccccccc', helpful: true }, foreignOrigin),
      await fetch(`${base()}/articles/${id}/feedback`, { method: 'OPTIONS', headers: { origin: foreignOrigin, 'access-control-request-method': 'POST' } }),
    ];
    for (const response of responses) {
      expect(response.status, response.url).toBe(403);
      expect(response.headers.get('access-control-allow-origin'), response.url).toBeNull();
      expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
      expect((await errorOf(response)).code).toBe('origin_not_allowed');
    }
    expect(counters(id)).toEqual(before);
    expect(server.database.db.select().from(knowledgeSearches).all().length).toBe(searches);
  });

  it('lets an allowed page preflight its JSON posts', async () => {
    const response = await fetch(`${base()}/articles/${live.parcel?.id}/feedback`, {
      method: 'OPTIONS',
      headers: { origin: shopOrigin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(shopOrigin);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it("allows the server's own origin and requests with no Origin (same-origin, curl)", async () => {
    for (const origin of [server.url, null]) {
      const response = await get('articles/en/track-your-parcel', origin);
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    }
  });

  it('answers 404 for an unknown site and 422 for a malformed key', async () => {
    expect((await get('popular', shopOrigin, 'pk_nobodyhasthiskey0000')).status).toBe(404);
    expect((await get('popular', shopOrigin, 'not-a-key')).status).toBe(422);
  });
});

describe('floods', () => {
  // Servers of their own: the limits are per address, and every test comes from 127.0.0.1.
  let flooded: TestServer;
  let floodedBase: string;
  let target: Article;
  beforeAll(async () => {
    flooded = await startTestServer();
    const agent = await newAgent(flooded, 'admin');
    const site = await createSite(flooded.database.db, { name: 'Flooded Shop', allowedOrigins: [shopOrigin], ...siteLook }, systemActor);
    floodedBase = `${flooded.url}/api/widget/sites/${site.publicKey}/knowledge`;
    target = await publish(agent, { title: 'Track your parcel', content: body('Use the tracking link.') });
  });
  afterAll(() => flooded?.close());

  it('answers 429 to a feedback flood from one visitor, and the counters hold one vote', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i += 1) {
      const response = await post(`articles/${target.id}/feedback`, { visitorId: visitor, helpful: i % 2 === 0 }, shopOrigin, floodedBase);
      statuses.push(response.status);
      if (response.status === 429) {
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        expect(response.headers.get('access-control-allow-origin')).toBe(shopOrigin); // the widget can read why
        expect((await errorOf(response)).code).toBe('rate_limited');
      }
    }
    expect(statuses.slice(0, 10).every((status) => status === 204)).toBe(true);
    expect(statuses.slice(10).every((status) => status === 429)).toBe(true);
    const { helpful = 0, notHelpful = 0 } = counters(target.id, flooded) ?? {};
    expect(helpful + notHelpful).toBe(1);
    expect(flooded.database.db.select().from(knowledgeFeedback).all()).toHaveLength(1);
  });

  it('also caps one address sending votes and views under fresh visitor ids', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 130; i += 1) {
      const visitorId = `visitor_${String(i).padStart(16, '0')}`;
      const path = i % 2 ? `articles/${target.id}/feedback` : `articles/${target.id}/view`;
      statuses.push((await post(path, i % 2 ? { visitorId, helpful: true } : { visitorId }, shopOrigin, floodedBase)).status);
    }
    // 10 writes were spent by the test above; 120 a minute per address in all.
    expect(statuses.filter((status) => status === 204)).toHaveLength(110);
    expect(statuses.slice(110).every((status) => status === 429)).toBe(true);
    const after = counters(target.id, flooded);
    expect((after?.views ?? 0) + (after?.helpful ?? 0) + (after?.notHelpful ?? 0)).toBe(111);
  });
});
