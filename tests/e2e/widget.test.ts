import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Site } from '../../shared/schemas/sites.ts';
import { systemActor } from '../../server/audit/log.ts';
import { createSite, listSites } from '../../server/sites/queries.ts';
import { startTestServer, type TestServer } from '../../server/testing/harness.ts';
import type {} from '../../widget/contract.ts'; // window.Lantern's type
import { assertBuilt, launchBrowser, openWatchedPage } from './browser.ts';

/**
 * The widget in real Chromium, against the real server and the built bundles (dist/widget).
 * A second local HTTP server plays a customer's website on another origin.
 */

let server: TestServer;
let browser: Browser;
let shopServer: Server;
let shopOrigin: string;
let firstSite: Site;
let shopSite: Site;
const contexts: BrowserContext[] = [];

/** A customer's page on another origin; with `key`, it embeds the widget exactly as the console's snippet says. */
function startShop(): Promise<Server> {
  const shop = createServer((request, response) => {
    const key = new URL(request.url ?? '/', 'http://shop').searchParams.get('key');
    const embed = key ? `<script src="${server.url}/widget.js" data-site="${encodeURIComponent(key)}" async></script>` : '';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Trailhead Shop</title></head>
<body><h1>Trailhead Shop</h1><p>Boots, maps and everything in between.</p>${embed}</body></html>`);
  });
  return new Promise((resolve) => shop.listen(0, '127.0.0.1', () => resolve(shop)));
}

beforeAll(async () => {
  assertBuilt('widget');
  server = await startTestServer();
  shopServer = await startShop();
  shopOrigin = `http://127.0.0.1:${(shopServer.address() as AddressInfo).port}`;
  [firstSite] = (await listSites(server.database.db)) as [Site];
  shopSite = await createSite(
    server.database.db,
    {
      name: 'Trailhead Shop',
      allowedOrigins: [shopOrigin],
      themeColor: '#0f766e',
      greeting: 'Welcome to the shop! Ask us anything.',
      position: 'bottom-left',
    },
    systemActor,
  );
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

const openPage = (viewport?: { width: number; height: number }) => openWatchedPage(browser, contexts, viewport);

const launcher = (page: Page) => page.locator('lantern-widget').getByRole('button', { name: 'Help and support' });
const panel = (page: Page) => page.locator('lantern-widget').getByRole('dialog');

/** What has focus inside the widget's shadow root: 'dialog', 'launcher', or null. */
const focusInWidget = (page: Page) =>
  page.evaluate(() => {
    const active = document.querySelector('lantern-widget')?.shadowRoot?.activeElement;
    return active?.getAttribute('role') ?? active?.className ?? null;
  });

describe('widget on the hostile demo page', () => {
  it('draws a usable launcher in the bottom-right corner despite the page CSS', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${server.url}/demo?hostile=1`);
    const button = launcher(page);
    await button.waitFor({ state: 'visible' });

    const box = await button.boundingBox();
    const viewport = await page.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
    expect(box).not.toBeNull();
    if (!box) return;
    expect(box.width).toBeGreaterThanOrEqual(40);
    expect(box.height).toBeGreaterThanOrEqual(40);
    expect(viewport.width - (box.x + box.width)).toBeGreaterThanOrEqual(0);
    expect(viewport.width - (box.x + box.width)).toBeLessThanOrEqual(40);
    expect(viewport.height - (box.y + box.height)).toBeGreaterThanOrEqual(0);
    expect(viewport.height - (box.y + box.height)).toBeLessThanOrEqual(40);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    // The theme colour arrives through a CSS custom property once the site config is in.
    await expect.poll(() => button.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(79, 70, 229)');
    expect(errors).toEqual([]);
  });

  it('opens on click with the greeting, closes on Escape, and moves focus in and back', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${server.url}/demo?hostile=1`);
    await launcher(page).click();

    const dialog = panel(page);
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.getAttribute('aria-label')).toBe(`${firstSite.name} support`);
    expect(await dialog.textContent()).toContain(firstSite.greeting);
    expect(await dialog.getByRole('button', { name: 'Chat with us' }).isVisible()).toBe(true);
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('true');
    expect(await focusInWidget(page)).toBe('dialog');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('false');
    expect(await focusInWidget(page)).toBe('launcher');

    // The close button in the header works too.
    await launcher(page).click();
    await page.locator('lantern-widget').getByRole('button', { name: 'Close', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('is scriptable through window.Lantern', async () => {
    const { page, errors, warnings } = await openPage();
    await page.goto(`${server.url}/demo?hostile=1`);
    await launcher(page).waitFor();

    await page.evaluate(() => window.Lantern?.open());
    await panel(page).waitFor({ state: 'visible' });
    expect(await panel(page).textContent()).toContain(firstSite.greeting);
    await page.evaluate(() => window.Lantern?.close());
    await panel(page).waitFor({ state: 'detached' });

    // identify() says what is wrong with a malformed user; a proper one is kept in memory until a
    // chat needs it (tests/e2e/widget-chat.test.ts): nothing is stored or sent before that.
    await page.evaluate(() => {
      window.Lantern?.identify({ email: 'ada@example.com' } as never);
      window.Lantern?.identify({ id: 'user-1', hash: 'abc', email: 'ada@example.com' });
    });
    expect(warnings.filter((text) => text.includes('identify')).length).toBe(1);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
    expect(errors).toEqual([]);
  });

  it('opens when asked before the app has loaded, as soon as it has', async () => {
    const { page } = await openPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/widget-app.js*', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}/demo`);
    await launcher(page).waitFor();
    await page.evaluate(() => window.Lantern?.open());
    await page.waitForTimeout(300);
    expect(await panel(page).count()).toBe(0);

    release();
    await panel(page).waitFor({ state: 'visible' });
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('true');
  });

  it('fills the screen on a phone', async () => {
    const { page } = await openPage({ width: 375, height: 740 });
    await page.goto(`${server.url}/demo?hostile=1`);
    await launcher(page).click();
    await panel(page).waitFor({ state: 'visible' });
    await expect.poll(() => panel(page).boundingBox()).toEqual({ x: 0, y: 0, width: 375, height: 740 });
  });
});

describe("widget on a customer's site (another origin)", () => {
  it('works across origins for a site that allows the page, in its corner and colour', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${shopOrigin}/?key=${shopSite.publicKey}`);
    const button = launcher(page);
    await button.waitFor({ state: 'visible' });
    await expect.poll(() => button.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(15, 118, 110)');
    const box = await button.boundingBox();
    expect(box?.x).toBeLessThanOrEqual(40);

    await button.click();
    await panel(page).waitFor({ state: 'visible' });
    expect(await panel(page).textContent()).toContain('Welcome to the shop! Ask us anything.');
    expect(errors).toEqual([]);
  });

  it('adds no global but Lantern to the page', async () => {
    const { page } = await openPage();
    await page.goto(`${shopOrigin}/`);
    const without = await page.evaluate(() => Object.getOwnPropertyNames(window));

    await page.goto(`${shopOrigin}/?key=${shopSite.publicKey}`);
    // Fully loaded: app imported, mounted and rendered.
    await launcher(page).click();
    await panel(page).waitFor({ state: 'visible' });
    const withWidget = await page.evaluate(() => Object.getOwnPropertyNames(window));

    expect(withWidget.filter((name) => !without.includes(name))).toEqual(['Lantern']);
    expect(await page.evaluate(() => document.querySelectorAll('body > lantern-widget, html > lantern-widget').length)).toBe(1);
  });

  it("gets no config, and shows nothing, where the site's allowed origins exclude the page", async () => {
    const { page, warnings } = await openPage();
    // Chromium reports a CORS-refused response as a failed request: the page never sees the config.
    const configRefused = page.waitForEvent('requestfailed', (request) => request.url().includes('/api/widget/sites/'));
    // The first site allows only the Lantern server's own origin.
    await page.goto(`${shopOrigin}/?key=${firstSite.publicKey}`);
    await configRefused;
    const direct = await fetch(`${server.url}/api/widget/sites/${firstSite.publicKey}`, { headers: { origin: shopOrigin } });
    expect(direct.status).toBe(403);

    await page.locator('lantern-widget').waitFor({ state: 'detached' });
    await page.evaluate(() => window.Lantern?.open());
    await page.waitForTimeout(500);
    expect(await page.locator('lantern-widget').count()).toBe(0);
    expect(warnings.some((text) => text.includes(`site ${firstSite.publicKey} is not available on ${shopOrigin}`))).toBe(true);
  });
});
