import { eq } from 'drizzle-orm';
import { marked } from 'marked';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../shared/schemas/knowledge.ts';
import type { Site } from '../../shared/schemas/sites.ts';
import { systemActor } from '../../server/audit/log.ts';
import { knowledgeArticles, knowledgeFeedback } from '../../server/db/schema.ts';
import { xssCorpus } from '../../server/knowledge/render/xss-corpus.ts';
import { createSite, listSites } from '../../server/sites/queries.ts';
import { newAgent, type SignedIn } from '../../server/testing/client.ts';
import { startTestServer, type TestServer } from '../../server/testing/harness.ts';
import { assertBuilt, launchBrowser } from './browser.ts';

/**
 * Knowledge-base self-service in the widget, in real Chromium against the real server and the
 * built bundles: search with autocomplete, reading an article inside the shadow root, voting,
 * related articles, and hostile article HTML that must never run on the customer's page.
 */

declare global {
  interface Window {
    __lanternXss?: unknown;
  }
}

let server: TestServer;
let browser: Browser;
let admin: SignedIn;
let shopServer: Server;
let shopOrigin: string;
let demoSite: Site;
let shopSite: Site;
const articles: Record<string, Article> = {};
const contexts: BrowserContext[] = [];

const body = (text: string) => `${text}\n\nThis article explains the steps in detail so customers can help themselves.`;

async function publish(input: Parameters<SignedIn['api']['knowledge']['articles']['create']>[0]): Promise<Article> {
  const draft = await admin.api.knowledge.articles.create(input);
  return admin.api.knowledge.articles.publish(draft.id);
}

/** A customer's site on another origin, serving a wide photo that articles embed. */
async function startShop(photo: Buffer): Promise<Server> {
  const shop = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://shop');
    if (url.pathname === '/photo.png') {
      response.writeHead(200, { 'content-type': 'image/png' });
      response.end(photo);
      return;
    }
    const key = url.searchParams.get('key') ?? '';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Trailhead Shop</title></head>
<body><h1>Trailhead Shop</h1><script src="${server.url}/widget.js" data-site="${encodeURIComponent(key)}" async></script></body></html>`);
  });
  return new Promise((resolve) => shop.listen(0, '127.0.0.1', () => resolve(shop)));
}

beforeAll(async () => {
  assertBuilt('widget');
  server = await startTestServer();
  admin = await newAgent(server, 'admin');
  const photo = await sharp({ create: { width: 1600, height: 400, channels: 3, background: '#2f6f4f' } }).png().toBuffer();
  shopServer = await startShop(photo);
  shopOrigin = `http://127.0.0.1:${(shopServer.address() as AddressInfo).port}`;
  [demoSite] = (await listSites(server.database.db)) as [Site];
  shopSite = await createSite(
    server.database.db,
    { name: 'Trailhead Shop', allowedOrigins: [shopOrigin], themeColor: '#0f766e', greeting: 'Welcome!', position: 'bottom-right' },
    systemActor,
  );

  articles.reset = await publish({
    title: 'Reset your password',
    content: body(
      [
        '## Steps',
        '1. Open **Account settings**.',
        '2. Choose *Reset password* and follow the link we email you.',
        `![The settings screen](${shopOrigin}/photo.png)`,
        'Still stuck? Read the [password rules](https://example.com/password-rules) or [the sign-in guide](/help/en/articles/cannot-sign-in).',
      ].join('\n\n'),
    ),
    tags: ['password', 'account'],
  });
  articles.change = await publish({ title: 'Change your password', content: body('Open Account settings, then Password, and type the new password twice.'), tags: ['password', 'account'] });
  articles.signIn = await publish({ title: 'Cannot sign in', content: body('If your password is refused, reset your password from the sign-in page.'), tags: ['account', 'password'] });
  articles.parcel = await publish({ title: 'Track your parcel', content: body('Use the tracking link in your shipping email.'), tags: ['shipping'] });
  browser = await launchBrowser();
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => shopServer?.close(resolve));
  await server?.close();
});

interface Watched {
  page: Page;
  errors: string[];
}

async function openPage(viewport = { width: 1280, height: 800 }): Promise<Watched> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  const page = await context.newPage();
  const watched: Watched = { page, errors: [] };
  page.on('pageerror', (error) => watched.errors.push(error.message));
  return watched;
}

// Playwright's CSS and role locators pierce open shadow roots.
const widget = (page: Page) => page.locator('lantern-widget');
const panel = (page: Page) => widget(page).getByRole('dialog');
const searchBox = (page: Page) => widget(page).getByRole('combobox', { name: 'Search help articles' });
const articleTitle = (page: Page) => widget(page).locator('.article-title');

async function openWidget(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await widget(page).getByRole('button', { name: 'Help and support' }).click();
  await panel(page).waitFor({ state: 'visible' });
}

/** Searches for `text` with Enter and opens the result titled `title`. */
async function openFromSearch(page: Page, text: string, title: string): Promise<void> {
  await searchBox(page).fill(text);
  await searchBox(page).press('Enter');
  await widget(page).getByRole('list', { name: 'Search results' }).getByRole('button', { name: title }).click();
  await expect.poll(() => articleTitle(page).textContent()).toBe(title);
}

/**
 * Clicks every link in the article that does not lead to a web page or mail client: after the
 * widget's checks that is only in-article jumps and links whose URL was removed. None may run
 * script or move the host page.
 */
const clickInertLinks = (page: Page) =>
  widget(page)
    .locator('.article a:not([href^="http"]):not([href^="mailto"])')
    .evaluateAll((links) => links.forEach((link) => (link as HTMLElement).click()));

/** The combobox's state, read the way assistive technology reads it. */
const comboState = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('lantern-widget')?.shadowRoot;
    const input = root?.querySelector('[role=combobox]');
    const activeId = input?.getAttribute('aria-activedescendant');
    const listbox = root?.getElementById(input?.getAttribute('aria-controls') ?? '');
    return {
      expanded: input?.getAttribute('aria-expanded'),
      listboxRole: listbox?.getAttribute('role'),
      options: [...(listbox?.querySelectorAll('[role=option]') ?? [])].map((option) => option.textContent ?? ''),
      active: activeId ? (root?.getElementById(activeId)?.textContent ?? null) : null,
      selected: [...(listbox?.querySelectorAll('[aria-selected=true]') ?? [])].map((option) => option.id),
      activeId,
      focused: root?.activeElement === input,
    };
  });

const feedbackRows = (articleId: string) =>
  server.database.db.select().from(knowledgeFeedback).where(eq(knowledgeFeedback.articleId, articleId)).all();
const views = (articleId: string) =>
  server.database.db.select({ views: knowledgeArticles.views }).from(knowledgeArticles).where(eq(knowledgeArticles.id, articleId)).get()?.views;

describe('knowledge base in the widget', () => {
  it('finds an article from a misspelt, partial query, picked from the suggestions with the keyboard', async () => {
    const { page, errors } = await openPage();
    await openWidget(page, `${server.url}/demo?hostile=1`);
    // Home: greeting, search, popular articles.
    expect(await panel(page).textContent()).toContain(demoSite.greeting);
    await widget(page).getByRole('list', { name: 'Popular articles' }).getByRole('button', { name: 'Track your parcel' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('lantern.visitor'))).toBeNull(); // nothing stored until needed

    await searchBox(page).focus();
    await page.keyboard.type('pasword', { delay: 40 });
    await expect.poll(async () => (await comboState(page)).expanded).toBe('true');
    const listed = await comboState(page);
    expect(listed.listboxRole).toBe('listbox');
    expect(listed.options).toContain('Reset your password');
    expect(listed.activeId).toBeNull();

    // ↓ until the article is highlighted; focus never leaves the field.
    let state = listed;
    for (let presses = 0; state.active !== 'Reset your password' && presses < listed.options.length; presses += 1) {
      await page.keyboard.press('ArrowDown');
      state = await comboState(page);
      expect(state.focused).toBe(true);
      expect(state.selected).toEqual([state.activeId]);
    }
    expect(state.active).toBe('Reset your password');
    // ↑ then ↓ comes back to it.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    expect((await comboState(page)).active).toBe('Reset your password');
    // Escape closes the list, not the panel; ↓ opens it again.
    await page.keyboard.press('Escape');
    expect((await comboState(page)).expanded).toBe('false');
    expect(await panel(page).isVisible()).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect((await comboState(page)).expanded).toBe('true');
    while ((await comboState(page)).active !== 'Reset your password') await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    // The article, rendered inside the shadow root, with focus on its title.
    await expect.poll(() => articleTitle(page).textContent()).toBe('Reset your password');
    await expect.poll(() => page.evaluate(() => document.querySelector('lantern-widget')?.shadowRoot?.activeElement?.className)).toBe('article-title');
    const article = widget(page).locator('.article');
    expect(await article.locator('h2').textContent()).toBe('Steps');
    expect(await article.locator('strong').first().textContent()).toBe('Account settings');
    // Links leave the widget in a new tab; the page's own URL is never touched.
    const external = article.getByRole('link', { name: 'password rules' });
    expect(await external.getAttribute('target')).toBe('_blank');
    expect(await external.getAttribute('rel')).toBe('noopener noreferrer');

    // Opening it counted a view for this visitor, who now has an id.
    const visitorId = await page.evaluate(() => localStorage.getItem('lantern.visitor'));
    expect(visitorId).toMatch(/^[\w-]{16,64}$/);
    await expect.poll(() => views(articles.reset?.id ?? '')).toBe(1);

    // Was this helpful? Yes.
    await widget(page).getByRole('button', { name: 'Yes', exact: true }).click();
    await widget(page).getByText('Thanks for your feedback!').waitFor();
    await expect.poll(() => feedbackRows(articles.reset?.id ?? '')).toMatchObject([{ visitorId, helpful: true }]);

    // A related article opens in place; Back returns to the first one.
    await widget(page).getByRole('list', { name: 'Related articles' }).getByRole('button', { name: 'Change your password' }).click();
    await expect.poll(() => articleTitle(page).textContent()).toBe('Change your password');
    await expect.poll(() => views(articles.change?.id ?? '')).toBe(1);
    await widget(page).getByRole('button', { name: 'Back', exact: true }).click();
    await expect.poll(() => articleTitle(page).textContent()).toBe('Reset your password');
    expect(views(articles.reset?.id ?? '')).toBe(1); // the same visitor, the same day: still one view
    expect(errors).toEqual([]);
  });

  it('shows results with highlighted snippets, and says so when nothing matches', async () => {
    const { page, errors } = await openPage();
    await openWidget(page, `${server.url}/demo`);
    await searchBox(page).fill('tracking email');
    await searchBox(page).press('Enter');
    const results = widget(page).getByRole('list', { name: 'Search results' });
    await results.getByRole('button', { name: /Track your parcel/ }).waitFor();
    expect(await results.locator('mark').count()).toBeGreaterThan(0);
    expect(await widget(page).getByRole('status').textContent()).toMatch(/^\d+ articles? for “tracking email”$/);

    await searchBox(page).fill('zzzqqq xylophone');
    await searchBox(page).press('Enter');
    await expect.poll(() => widget(page).getByRole('status').textContent()).toBe('No articles match “zzzqqq xylophone”. Try fewer or other words.');
    expect(await results.count()).toBe(0);

    // Back leaves the results for the home view, with focus in the search box.
    await widget(page).getByRole('button', { name: 'Back', exact: true }).click();
    await widget(page).getByRole('list', { name: 'Popular articles' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.querySelector('lantern-widget')?.shadowRoot?.activeElement?.getAttribute('role'))).toBe('combobox');
    expect(errors).toEqual([]);
  });

  it("saying No offers a comment, stored with the vote", async () => {
    const { page } = await openPage();
    await openWidget(page, `${server.url}/demo`);
    await openFromSearch(page, 'parcel', 'Track your parcel');
    await widget(page).getByRole('button', { name: 'No', exact: true }).click();
    const comment = widget(page).getByRole('textbox', { name: /What were you looking for/ });
    await comment.waitFor();
    await expect.poll(() => page.evaluate(() => document.querySelector('lantern-widget')?.shadowRoot?.activeElement?.localName)).toBe('textarea');
    await comment.fill('Tracking for international orders');
    await widget(page).getByRole('button', { name: 'Send' }).click();
    await widget(page).getByText('Thanks for your feedback!').waitFor();
    await expect.poll(() => feedbackRows(articles.parcel?.id ?? '')).toMatchObject([{ helpful: false, comment: 'Tracking for international orders' }]);
  });
});

describe("on a customer's site (another origin)", () => {
  it('loads article images from where they live, fitted to the panel, and keeps links off the host page', async () => {
    const { page, errors } = await openPage();
    await openWidget(page, `${shopOrigin}/?key=${shopSite.publicKey}`);
    await openFromSearch(page, 'reset password', 'Reset your password');
    const image = widget(page).locator('.article img');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1600);
    const [imageBox, articleBox] = await Promise.all([image.boundingBox(), widget(page).locator('.article').boundingBox()]);
    expect(imageBox?.width).toBeLessThanOrEqual(articleBox?.width ?? 0);
    // A root-relative link means the Lantern server, not the shop.
    expect(await widget(page).getByRole('link', { name: 'the sign-in guide' }).getAttribute('href')).toBe(`${server.url}/help/en/articles/cannot-sign-in`);
    expect(errors).toEqual([]);
  });

  it('fills a phone screen and the article fits its width', async () => {
    const { page } = await openPage({ width: 375, height: 740 });
    await openWidget(page, `${shopOrigin}/?key=${shopSite.publicKey}`);
    await expect.poll(() => panel(page).boundingBox()).toEqual({ x: 0, y: 0, width: 375, height: 740 });
    await openFromSearch(page, 'reset password', 'Reset your password');
    await expect.poll(() => widget(page).locator('.article img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1600);
    const overflow = await page.evaluate(() => {
      const body = document.querySelector('lantern-widget')?.shadowRoot?.querySelector('.body');
      return body ? body.scrollWidth - body.clientWidth : -1;
    });
    expect(overflow).toBe(0);
  });
});

describe('hostile article HTML', () => {
  it('runs none of the XSS corpus, published through the API as an agent would', async () => {
    // Payloads are separated by paragraphs; some swallow what follows (an unclosed fence or
    // <script>), which the next test covers by serving each one on its own.
    const hostile = await publish({
      title: 'Formatting showcase',
      content: body(xssCorpus.map((entry, index) => `Example ${index + 1}: ${entry.name}\n\n${entry.markdown}`).join('\n\n')),
    });
    const { page, errors } = await openPage();
    await openWidget(page, `${server.url}/demo`);
    await openFromSearch(page, 'formatting showcase', 'Formatting showcase');
    // The body arrives after the title on a loaded machine: wait for it rather than read once.
    await expect.poll(() => widget(page).locator('.article').textContent(), { timeout: 15_000 }).toContain('Example 1: script tag');
    await clickInertLinks(page);
    await page.waitForTimeout(500); // let any handler, timer or image error fire
    expect(await page.evaluate(() => window.__lanternXss)).toBeUndefined();
    expect(errors).toEqual([]);
    await expect.poll(() => views(hostile.id)).toBe(1);
  });

  it('neutralizes every payload on its own even if one ever reached it unsanitized (defence in depth)', { timeout: 120_000 }, async () => {
    // The server's sanitizer is the real defence; this takes it away and serves each payload
    // as marked renders it, raw, to check the widget's own inert insertion (widget/app/article-html.ts).
    const { page, errors } = await openPage();
    let served = -1;
    // A new slug each time, so every click opens (and fetches) another article.
    const related = () => ({ id: '0190a0a0-0000-7000-8000-000000000000', locale: 'en', slug: `payload-${served + 1}`, title: 'Next payload', excerpt: '', snippet: '', score: 1 });
    await page.route('**/knowledge/articles/en/**', (route) => {
      served += 1;
      const entry = xssCorpus[served];
      const html = entry ? `<p>Payload ${served}</p>${marked.parse(entry.markdown, { async: false })}` : '<p>Done</p>';
      void route.fulfill({
        json: { id: '0190a0a0-0000-7000-8000-000000000001', locale: 'en', slug: `payload-${served}`, title: `Payload ${served}`, html, updatedAt: new Date().toISOString(), related: [related()] },
        headers: { 'access-control-allow-origin': '*' },
      });
    });
    await page.route('**/knowledge/articles/*/view', (route) => route.fulfill({ status: 204, headers: { 'access-control-allow-origin': '*' } }));
    await openWidget(page, `${server.url}/demo`);
    await searchBox(page).fill('parcel');
    await searchBox(page).press('Enter');
    await widget(page).getByRole('list', { name: 'Search results' }).getByRole('button', { name: 'Track your parcel' }).click();

    for (let index = 0; index < xssCorpus.length; index += 1) {
      await expect.poll(() => articleTitle(page).textContent()).toBe(`Payload ${index}`);
      const leftovers = await widget(page)
        .locator('.article')
        .evaluate((article) =>
          [article, ...article.querySelectorAll('*')].flatMap((element) => {
            const found: string[] = [];
            if (/^(script|style|link|meta|base|iframe|frame|object|embed|form|input|button|textarea|template|svg|math)$/.test(element.localName)) found.push(element.localName);
            for (const { name, value } of element.attributes) {
              if (name.startsWith('on') || name === 'style' || name === 'srcset' || name.includes(':')) found.push(`${element.localName}[${name}]`);
              if ((name === 'href' || name === 'src') && !/^(https?:|mailto:|tel:|#)/i.test(value)) found.push(`${element.localName}[${name}=${value}]`);
            }
            return found;
          }),
        );
      expect(leftovers, xssCorpus[index]?.name).toEqual([]);
      // Click whatever links survived: none may run script or navigate the page.
      await clickInertLinks(page);
      expect(await page.evaluate(() => window.__lanternXss), xssCorpus[index]?.name).toBeUndefined();
      await widget(page).getByRole('list', { name: 'Related articles' }).getByRole('button', { name: 'Next payload' }).click();
    }
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.__lanternXss)).toBeUndefined();
    expect(new URL(page.url()).pathname).toBe('/demo');
    expect(await panel(page).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});
