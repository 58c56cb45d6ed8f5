import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../server/testing/client.ts';
import { createAgentWithPassword, startTestServer, type TestServer } from '../../server/testing/harness.ts';
import { launchBrowser } from './browser.ts';
import { assertConsoleBuilt, consolePages, signInThroughForm } from './console-helpers.ts';

/**
 * The home page's figures follow the team's work live: a ticket created elsewhere (here, through
 * the API, as an integration would) shows up in "Created today" without a reload, carried by the
 * analytics change stream (server-sent events).
 */

const password = 'correct horse battery staple';
const agent = { name: 'Sam Rivera', email: 'sam@lantern.test', role: 'agent' as const, password };

let server: TestServer;
let browser: Browser;
const { open, closeAll } = consolePages(() => browser);

beforeAll(async () => {
  assertConsoleBuilt();
  server = await startTestServer();
  await createAgentWithPassword(server.database, agent);
  browser = await launchBrowser();
});
afterEach(closeAll);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('home, live', () => {
  it('counts a ticket created through the API in "Created today" without a reload', async () => {
    const { page } = await open();
    await signInThroughForm(page, server.url, agent.email, password);
    const createdToday = page.getByRole('link', { name: /^Created today/ }).locator('.stat-card__value');
    await createdToday.waitFor();
    expect(await createdToday.textContent()).toBe('0');
    // A mark on the window: gone if the page were reloaded.
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

    const integration = await signIn(server, agent.email, password);
    const customer = await integration.api.customers.create({ name: 'Grace Hopper', email: 'grace@navy.example' });
    await integration.api.tickets.create({ subject: 'Invoice missing', description: 'Where is my invoice?', customerId: customer.id });

    await page.waitForFunction(
      () => document.querySelector('a.stat-card[href*="createdFrom"] .stat-card__value')?.textContent === '1',
      undefined,
      { timeout: 10_000 },
    );
    expect(await createdToday.textContent()).toBe('1');
    expect(await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);

    // And again: the stream stays open for the next change.
    await integration.api.tickets.create({ subject: 'Second one', description: 'Also this', customerId: customer.id });
    await page.waitForFunction(() => document.querySelector('a.stat-card[href*="createdFrom"] .stat-card__value')?.textContent === '2', undefined, {
      timeout: 10_000,
    });
  });
});
