import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, KnowledgeCategory } from '../../shared/schemas/knowledge.ts';
import { newAgent, type SignedIn } from '../testing/client.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';

/**
 * The public help center against a real server, with content made through the agents' API the
 * way the console makes it: categories, drafts, publishing, archiving, translations.
 */

let server: TestServer;
let admin: SignedIn;
let billing: KnowledgeCategory;
let invoices: KnowledgeCategory;
let empty: KnowledgeCategory;
let card: Article;
let invoice: Article;
let french: Article;
let draft: Article;
let archived: Article;
let loose: Article;

const invoiceTitle = 'Download an <invoice> & "receipt"';
const invoiceMarkdown = `Invoices are ready on the first day of each month.

## Where to find them

1. Open **Billing**
2. Choose *Invoices*, then [the invoice list](https://example.com/docs/invoices)

\`\`\`
GET /api/invoices?year=2025
\`\`\`

> Invoices for [VAT](/help/en/articles/pay-by-card) are issued in your country's currency.`;

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, { headers, redirect: 'manual' });
  return { response, text: await response.text() };
}

async function publish(article: Article) {
  return admin.api.knowledge.articles.publish(article.id);
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await newAgent(server, 'admin', 'Ada');
  const categories = admin.api.knowledge.categories;
  billing = await categories.create({ name: 'Billing & <Payments>', slug: 'billing', description: 'Cards, "plans" & invoices' });
  invoices = await categories.create({ name: 'Invoices', slug: 'invoices', parentId: billing.id });
  empty = await categories.create({ name: 'Nothing here yet', slug: 'nothing-here' });
  const articles = admin.api.knowledge.articles;
  card = await articles.create({ title: 'Pay by card', content: 'We take Visa and Mastercard. Cards are charged on the first of the month.', categoryId: billing.id, tags: ['payments'] });
  invoice = await articles.create({ title: invoiceTitle, content: invoiceMarkdown, categoryId: invoices.id, excerpt: 'Find & download <every> invoice', tags: ['invoices'] });
  draft = await articles.create({ title: 'Secret roadmap draft', content: 'Not for customers yet.', categoryId: billing.id });
  archived = await articles.create({ title: 'Old fax billing', content: 'Send us a fax to pay.', categoryId: billing.id });
  loose = await articles.create({ title: 'Contact the team', content: 'Write to help@example.com any time.' });
  await Promise.all([card, invoice, archived, loose].map(publish));
  await articles.archive(archived.id);
  // A newer draft of a live article: customers must keep seeing the published text.
  await articles.update(invoice.id, { content: 'DRAFT TEXT that nobody approved yet.' });
  french = await articles.translate(invoice.id, { locale: 'fr', title: 'Télécharger une facture', content: 'Les factures sont prêtes le premier jour du mois.' });
  await publish(french);
});
afterAll(() => server.close());

describe('language choice', () => {
  it('/help sends visitors to the best locale that has articles', async () => {
    const plain = await get('/help');
    expect(plain.response.status).toBe(302);
    expect(plain.response.headers.get('location')).toBe('/help/en');
    expect(plain.response.headers.get('vary')).toContain('Accept-Language');
    expect((await get('/help', { 'accept-language': 'fr-CH, fr;q=0.9, en;q=0.8' })).response.headers.get('location')).toBe('/help/fr');
    expect((await get('/help', { 'accept-language': 'de-DE,de;q=0.9' })).response.headers.get('location')).toBe('/help/en');
  });
});

describe('home', () => {
  it('lists top-level topics with live-article counts and their sections, escaped', async () => {
    const { response, text } = await get('/help/en');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(text).toContain('<html lang="en">');
    expect(text).toContain('Billing &amp; &lt;Payments&gt;');
    expect(text).not.toContain('<Payments>');
    // Pay by card + the invoice article in the Invoices section; not the draft, not the archived one.
    expect(text).toMatch(/href="\/help\/en\/billing">Billing &amp; &lt;Payments&gt;<\/a><\/h3>[\s\S]*?2 articles/);
    expect(text).toMatch(/href="\/help\/en\/invoices">Invoices<\/a><span>1<\/span>/);
    expect(text).not.toContain('Nothing here yet');
    expect(text).toContain('Contact the team'); // no category: still reachable
    expect(text).toContain('action="/help/en/search"');
    expect(text).not.toContain('Secret roadmap draft');
    expect(text).not.toContain('Old fax billing');
    expect(text).toContain(`<link rel="canonical" href="${server.url}/help/en">`);
    expect(text).toContain(`<link rel="alternate" hreflang="fr" href="${server.url}/help/fr">`);
  });

  it('serves the stylesheet it links to, cached for good under its version', async () => {
    const { text } = await get('/help/en');
    const href = /<link rel="stylesheet" href="([^"]+)">/.exec(text)?.[1] ?? '';
    expect(href).toMatch(/^\/help\/assets\/help-center\.css\?v=[0-9a-f]{12}$/);
    const css = await get(href.replace(/&amp;/g, '&'));
    expect(css.response.headers.get('content-type')).toContain('text/css');
    expect(css.response.headers.get('cache-control')).toContain('immutable');
    expect(css.text).toContain('@media print');
  });

  it('the French home counts only French articles', async () => {
    const { text } = await get('/help/fr');
    expect(text).toContain('<html lang="fr">');
    expect(text).toContain('Télécharger une facture');
    expect(text).not.toContain('Pay by card');
    expect(text).toContain('Parcourir par thème');
  });
});

describe('category pages', () => {
  it('show their articles, sub-categories grouped, with a breadcrumb', async () => {
    const { response, text } = await get('/help/en/billing');
    expect(response.status).toBe(200);
    expect(text).toContain('<title>Billing &amp; &lt;Payments&gt; – My website Help Center</title>');
    expect(text).toMatch(/<nav class="breadcrumb"[^>]*><ol><li><a href="\/help\/en">Help Center<\/a><\/li><li><span aria-current="page">Billing &amp; &lt;Payments&gt;<\/span><\/li><\/ol><\/nav>/);
    expect(text).toContain('Cards, &quot;plans&quot; &amp; invoices');
    expect(text).toContain('href="/help/en/articles/pay-by-card"');
    expect(text).toMatch(/<h2 class="group-title"[^>]*><a href="\/help\/en\/invoices">Invoices<\/a><\/h2>[\s\S]*href="\/help\/en\/articles\/download-an-invoice-receipt"/);
    expect(text).not.toContain('Secret roadmap draft');
    expect(text).not.toContain('Old fax billing');
  });

  it('a sub-category links back to its parent', async () => {
    const { text } = await get('/help/en/invoices');
    expect(text).toContain('<li><a href="/help/en/billing">Billing &amp; &lt;Payments&gt;</a></li><li><span aria-current="page">Invoices</span></li>');
    expect(text).toContain(`<link rel="alternate" hreflang="fr" href="${server.url}/help/fr/invoices">`);
  });

  it('empty and unknown categories are 404', async () => {
    expect((await get('/help/en/nothing-here')).response.status).toBe(404);
    expect((await get('/help/en/no-such-topic')).response.status).toBe(404);
    expect(empty.slug).toBe('nothing-here');
  });
});

describe('article pages', () => {
  it('show the published revision, not the newer draft', async () => {
    const { response, text } = await get(`/help/en/articles/${invoice.slug}`);
    expect(response.status).toBe(200);
    expect(text).toContain('Invoices are ready on the first day of each month.');
    expect(text).toMatch(/<h2[^>]*>Where to find them<\/h2>/);
    expect(text).toContain('<strong>Billing</strong>');
    expect(text).not.toContain('DRAFT TEXT');
    expect(text).toContain(`href="/help/en/articles/${invoice.slug}.pdf"`);
    expect(text).toContain('action="/help/en/articles/download-an-invoice-receipt/feedback"');
    expect(text).toMatch(/<time datetime="\d{4}-\d\d-\d\dT[^"]+">Updated [A-Z][a-z]+ \d{1,2}, \d{4}<\/time>/);
    expect(text).toMatch(/<li><a href="\/help\/en\/billing">Billing &amp; &lt;Payments&gt;<\/a><\/li><li><a href="\/help\/en\/invoices">Invoices<\/a><\/li><\/ol>/);
  });

  it('carry escaped SEO tags: title, description, canonical, hreflang, Open Graph', async () => {
    const { text } = await get(`/help/en/articles/${invoice.slug}`);
    const escapedTitle = 'Download an &lt;invoice&gt; &amp; &quot;receipt&quot;';
    expect(text).toContain(`<title>${escapedTitle} – My website Help Center</title>`);
    expect(text).toContain(`<h1 id="hc-article-title">${escapedTitle}</h1>`);
    expect(text).toContain(`<meta property="og:title" content="${escapedTitle}">`);
    expect(text).toContain('<meta name="description" content="Find &amp; download &lt;every&gt; invoice">');
    const canonical = `${server.url}/help/en/articles/${invoice.slug}`;
    expect(text).toContain(`<link rel="canonical" href="${canonical}">`);
    expect(text).toContain(`<meta property="og:url" content="${canonical}">`);
    expect(text).toContain(`<link rel="alternate" hreflang="en" href="${canonical}">`);
    expect(text).toContain(`<link rel="alternate" hreflang="fr" href="${server.url}/help/fr/articles/${french.slug}">`);
    expect(text).toContain(`<link rel="alternate" hreflang="x-default" href="${canonical}">`);
    expect(text).toContain('<meta property="og:type" content="article">');
    expect(text).toContain(`lang="fr">Français</a>`);
    expect(text).not.toContain('<invoice>');
    // JSON-LD cannot be closed early by a title.
    expect(text).toContain('"headline":"Download an \\u003cinvoice\\u003e \\u0026 \\"receipt\\""');
  });

  it('canonical links follow the public URL at request time', async () => {
    const before = server.config.publicUrl;
    server.config.publicUrl = 'https://help.example.com';
    try {
      const { text } = await get('/help/en/articles/pay-by-card');
      expect(text).toContain('<link rel="canonical" href="https://help.example.com/help/en/articles/pay-by-card">');
    } finally {
      server.config.publicUrl = before;
    }
  });

  it('the translation points back with hreflang and an English x-default', async () => {
    const { text } = await get(`/help/fr/articles/${french.slug}`);
    expect(text).toContain('<html lang="fr">');
    expect(text).toContain(`<link rel="alternate" hreflang="x-default" href="${server.url}/help/en/articles/${invoice.slug}">`);
    expect(text).toContain('Mis à jour le');
  });

  it('drafts, archived, unknown and malformed addresses are friendly 404 pages', async () => {
    expect((await get('/help/en/articles/no-such-article')).text).toContain('<h1 class="page-title">Page not found</h1>');
    for (const path of [
      `/help/en/articles/${draft.slug}`,
      `/help/en/articles/${archived.slug}`,
      '/help/en/articles/no-such-article',
      `/help/fr/articles/${card.slug}`,
      `/help/en/articles/${draft.slug}.pdf`,
      '/help/xx',
      '/help/EN',
      '/help/en/articles/Bad_Slug',
      '/help/en/articles/x/y/z',
    ]) {
      const { response, text } = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toContain('text/html');
      expect(text, path).toContain('<p class="code" aria-hidden="true">404</p>');
      expect(text, path).toContain('<meta name="robots" content="noindex, follow">');
      expect(text).not.toContain('Secret roadmap draft');
      expect(text).not.toContain('Not for customers yet');
    }
  });

  it('records a vote from the plain form and thanks the visitor; cross-site posts are refused', async () => {
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/help/en/articles/pay-by-card/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body,
        redirect: 'manual',
      });
    const voted = await post('helpful=yes', { origin: server.url });
    expect(voted.status).toBe(303);
    expect(voted.headers.get('location')).toBe('/help/en/articles/pay-by-card?feedback=thanks#hc-feedback');
    const cookie = (voted.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^lantern_hc_visitor=[A-Za-z0-9_-]{16,}$/);
    expect((await admin.api.knowledge.articles.get(card.id)).helpful).toBe(1);
    // The same visitor changing their mind moves the vote, it does not add one.
    await post('helpful=no', { cookie, origin: server.url });
    expect(await admin.api.knowledge.articles.get(card.id)).toMatchObject({ helpful: 0, notHelpful: 1 });

    const thanks = await get('/help/en/articles/pay-by-card?feedback=thanks');
    expect(thanks.text).toContain('Thanks for letting us know!');

    const forged = await post('helpful=yes', { origin: 'https://evil.example' });
    expect(forged.status).toBe(403);
    expect(await admin.api.knowledge.articles.get(card.id)).toMatchObject({ helpful: 0, notHelpful: 1 });
    expect((await post('helpful=yes', { origin: server.url }).then((r) => r.status))).toBe(303);
    const onDraft = await fetch(`${server.url}/help/en/articles/${draft.slug}/feedback`, { method: 'POST', body: 'helpful=yes', headers: { 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
    expect(onDraft.status).toBe(404);
  });
});

describe('search', () => {
  it('finds live articles with highlighted snippets and logs the search', async () => {
    const { response, text } = await get('/help/en/search?q=invoices');
    expect(response.status).toBe(200);
    expect(text).toContain(`href="/help/en/articles/${invoice.slug}"`);
    expect(text).toContain('<mark>');
    expect(text).toContain('<meta name="robots" content="noindex, follow">');
    const logged = server.database.sqlite.prepare("select query, results, source from knowledge_searches where source = 'help_center'").all();
    expect(logged).toContainEqual({ query: 'invoices', results: expect.any(Number), source: 'help_center' });
  });

  it('escapes the query it echoes', async () => {
    const q = '<script>alert(1)</script> "invoice" & co';
    const { text } = await get(`/help/en/search?q=${encodeURIComponent(q)}`);
    expect(text).not.toContain('<script>alert(1)</script>');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;invoice&quot; &amp; co');
    expect(text).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt; &quot;invoice&quot; &amp; co"');
  });

  it('has an empty state and a no-results state', async () => {
    const blank = await get('/help/en/search');
    expect(blank.response.status).toBe(200);
    expect(blank.text).toContain('Type a few words about your question.');
    const none = await get('/help/en/search?q=xylophone');
    expect(none.text).toContain('No articles match “xylophone”.');
    expect(none.text).toContain('Browse by topic');
    expect(none.text).not.toContain('Secret roadmap draft');
  });
});

describe('PDF download', () => {
  it('is a real PDF of the published article, as an attachment', async () => {
    const response = await fetch(`${server.url}/help/en/articles/${invoice.slug}.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${invoice.slug}.pdf"`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const pdf = Buffer.from(await response.arrayBuffer());
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(Number(response.headers.get('content-length'))).toBe(pdf.length);
    // Dictionaries are not compressed: the title (document info), the h2 (a bookmark) and both
    // links (annotations, the relative one made absolute) can be read straight from the file.
    expect(raw).toContain(`(${invoiceTitle})`);
    expect(raw).toContain('/Title (Where to find them)');
    expect(raw).toContain('/URI (https://example.com/docs/invoices)');
    expect(raw).toContain(`/URI (${server.url}/help/en/articles/pay-by-card)`);
    expect(raw.match(/\/Type \/Page\b(?!s)/g)?.length).toBe(1);
    expect(raw).not.toContain('DRAFT TEXT');
  });
});
