import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../server/audit/log.ts';
import { createCannedResponse, listCannedResponses } from '../../server/canned/queries.ts';
import { listSites } from '../../server/sites/queries.ts';
import { createAgentWithPassword, startTestServer, type TestServer } from '../../server/testing/harness.ts';
import type { Site } from '../../shared/schemas/sites.ts';
import { launchBrowser } from './browser.ts';
import { assertConsoleBuilt, consolePages, fieldErrorOf, signInThroughForm } from './console-helpers.ts';

/**
 * Settings → Canned responses and a site's Chat section in real Chromium: an admin writes a canned
 * response (meeting the browser's and the server's validation on the way) and makes a site chat-only;
 * an agent sees the same list and settings without any control to change them.
 */

const password = 'correct horse battery staple';
const admin = { name: 'Ada Lovelace', email: 'ada@lantern.test', role: 'admin' as const, password };
const agent = { name: 'Sam Rivera', email: 'sam@lantern.test', role: 'agent' as const, password };

let server: TestServer;
let browser: Browser;

const { open, closeAll } = consolePages(() => browser);

const firstSite = async (): Promise<Site & { identitySecret: string }> => {
  const [site] = await listSites(server.database.db, { withSecret: true });
  if (!site?.identitySecret) throw new Error('no site');
  return { ...site, identitySecret: site.identitySecret };
};

beforeAll(async () => {
  assertConsoleBuilt();
  server = await startTestServer();
  await createAgentWithPassword(server.database, admin);
  await createAgentWithPassword(server.database, agent);
  await createCannedResponse(server.database.db, { shortcut: 'hours', title: 'Opening hours', body: 'We are open 9 to 5.' }, null, systemActor);
  browser = await launchBrowser();
});

afterEach(closeAll);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('canned responses and chat settings', () => {
  it('lets an admin create a canned response, with errors shown by field', async () => {
    const { page } = await open();
    await signInThroughForm(page, server.url, admin.email, admin.password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('link', { name: 'Canned responses', exact: true }).click();
    await page.waitForURL(`${server.url}/console/settings/canned-responses`);
    await page.getByText('/hours').waitFor();

    await page.getByRole('button', { name: 'New response' }).click();
    const form = page.getByRole('form', { name: 'New canned response' });
    const shortcut = form.getByLabel('Shortcut');
    const title = form.getByLabel('Title');
    const message = form.getByLabel('Message');

    // The browser catches what it can before asking the server.
    await shortcut.fill('/two words');
    await form.getByRole('button', { name: 'Create response' }).click();
    await form.getByRole('alert').waitFor();
    expect(await fieldErrorOf(page, shortcut)).toBe('Shortcut may hold only lowercase letters, digits, - and _');
    expect(await fieldErrorOf(page, title)).toBe('Title is required');
    expect(await fieldErrorOf(page, message)).toBe('Message is required');

    // The server has the last word: the shortcut is taken.
    await shortcut.fill('/Hours');
    await title.fill('Refund policy');
    await message.fill('Hi {{customer.first_name | there}}, refunds take 5 days. {{agent.first_name}}');
    // The preview fills the variables for a sample customer and the signed-in agent.
    await form.getByText('Hi Jamie, refunds take 5 days. Ada').waitFor();
    await form.getByRole('button', { name: 'Create response' }).click();
    await form.getByText('Shortcut is already used by another response').waitFor();
    expect(await fieldErrorOf(page, shortcut)).toBe('Shortcut is already used by another response');
    expect(await fieldErrorOf(page, title)).toBeNull();

    await shortcut.fill('/refund');
    await form.getByRole('button', { name: 'Create response' }).click();
    const list = page.getByRole('list', { name: 'Canned responses' });
    await list.getByText('Refund policy').waitFor();
    expect(await page.getByRole('form', { name: 'New canned response' }).count()).toBe(0);
    // Ordered by shortcut, as the API lists them.
    expect(await list.locator('.canned-row__shortcut').allTextContents()).toEqual(['/hours', '/refund']);

    const stored = await listCannedResponses(server.database.db, { q: 'refund' });
    expect(stored).toMatchObject([{ shortcut: 'refund', title: 'Refund policy', createdBy: { name: admin.name } }]);

    // Search filters by shortcut or title prefix.
    await page.getByRole('searchbox', { name: 'Search canned responses' }).fill('/ref');
    await page.waitForFunction(() => document.querySelectorAll('.canned-row').length === 1);
    expect(await list.locator('.canned-row__shortcut').allTextContents()).toEqual(['/refund']);
    await page.getByRole('searchbox', { name: 'Search canned responses' }).fill('opening');
    await page.waitForFunction(() => document.querySelector('.canned-row__shortcut')?.textContent === '/hours');

    // Edit, then delete, through the row's controls.
    await page.getByRole('searchbox', { name: 'Search canned responses' }).fill('');
    await list.getByRole('button', { name: 'Edit /hours' }).click();
    const editForm = page.getByRole('form', { name: 'Edit /hours' });
    await editForm.getByLabel('Title').fill('Opening times');
    await editForm.getByRole('button', { name: 'Save response' }).click();
    await list.getByText('Opening times').waitFor();
    const hoursRow = list.locator('.canned-row', { hasText: '/hours' });
    await hoursRow.getByRole('button', { name: 'Delete' }).click();
    await hoursRow.getByRole('button', { name: 'Delete response' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.canned-row').length === 1);
    expect((await listCannedResponses(server.database.db)).map((r) => r.shortcut)).toEqual(['refund']);
  });

  it('lets an admin make a site chat-only and see, copy and rotate its identity secret', async () => {
    const site = await firstSite();
    const { page, context } = await open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await signInThroughForm(page, server.url, admin.email, admin.password);
    await page.goto(`${server.url}/console/settings/sites`);
    const chat = page.getByRole('region', { name: 'Chat', exact: true });
    await chat.waitFor();

    await chat.getByLabel('The widget shows').selectOption({ label: 'Chat only' });
    await chat.getByRole('button', { name: 'Save changes' }).click();
    await chat.getByText('Saved').waitFor();
    expect((await firstSite()).widgetMode).toBe('chat');
    const config = await (await fetch(`${server.url}/api/widget/sites/${site.publicKey}`)).json();
    expect(config).toMatchObject({ mode: 'chat' });

    // The secret is masked until revealed.
    const secret = chat.getByLabel(`Identity secret of ${site.name}`);
    expect(await secret.textContent()).not.toContain(site.identitySecret);
    expect(await secret.textContent()).toMatch(new RegExp(`${site.identitySecret.slice(-4)}$`));
    await chat.getByRole('button', { name: 'Reveal' }).click();
    expect(await secret.textContent()).toBe(site.identitySecret);
    await chat.getByRole('button', { name: 'Copy secret' }).click();
    await chat.getByText('Copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(site.identitySecret);

    // Rotating asks first, then shows the new one.
    await chat.getByRole('button', { name: 'Rotate', exact: true }).click();
    await chat.getByRole('button', { name: 'Rotate secret' }).click();
    await chat.getByText('New secret made').waitFor();
    const rotated = (await firstSite()).identitySecret;
    expect(rotated).not.toBe(site.identitySecret);
    expect(await secret.textContent()).toBe(rotated);

    // The code sample to sign identify() on the owner's server.
    await chat.getByText('How to sign identify() on your server').click();
    await chat.getByText("hash_hmac('sha256'").waitFor();
    await chat.getByText('Lantern.identify({').waitFor();
  });

  it('shows an agent the canned responses and chat settings without write controls or the secret', async () => {
    const site = await firstSite();
    const { page } = await open();
    await signInThroughForm(page, server.url, agent.email, agent.password);
    await page.goto(`${server.url}/console/settings/canned-responses`);
    const section = page.getByRole('region', { name: 'Canned responses', exact: true });
    const list = section.getByRole('list', { name: 'Canned responses' });
    await list.getByText('Refund policy').waitFor();
    // The body as written, variables and all: agents see what will be filled in.
    expect(await list.getByText('Hi {{customer.first_name | there}}, refunds take 5 days.').count()).toBe(1);
    for (const name of ['New response', 'Edit', 'Delete']) {
      expect(await section.getByRole('button', { name }).count(), name).toBe(0);
    }
    await section.getByText('Only admins can add or change them.').waitFor();
    // Searching works for agents too.
    await section.getByRole('searchbox', { name: 'Search canned responses' }).fill('/re');
    await list.getByText('/refund').waitFor();

    await page.getByRole('link', { name: 'Sites', exact: true }).click();
    const chat = page.getByRole('region', { name: 'Chat', exact: true });
    await chat.getByText('Only admins can see the secret.').waitFor();
    expect(await chat.textContent()).toContain('The widget shows: Chat only');
    for (const name of ['Reveal', 'Copy secret', 'Rotate', 'Save changes']) {
      expect(await chat.getByRole('button', { name }).count(), name).toBe(0);
    }
    expect(await chat.getByRole('combobox').count()).toBe(0);
    // The full-page chat link is there to share.
    expect(await chat.getByRole('textbox', { name: /^Full-page chat link/ }).inputValue()).toBe(`${server.url}/chat/${site.publicKey}`);
    expect(await page.content()).not.toContain(site.identitySecret);
  });
});
