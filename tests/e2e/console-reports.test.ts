import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAgent, signIn, type SignedIn } from '../../server/testing/client.ts';
import { startTestServer, type TestServer } from '../../server/testing/harness.ts';
import { startSmtpServer, type TestSmtpServer } from '../../server/testing/smtp.ts';
import { launchBrowser } from './browser.ts';
import { assertConsoleBuilt, fieldErrorOf, signInThroughForm } from './console-helpers.ts';

/**
 * The Reports tab in real Chromium: a streamed ticket export with its progress bar and the file
 * it saves, a scheduled report created through the form (with a refused address first), sent now
 * to a real SMTP server with its run in the history, and the export permission an admin grants in
 * Settings → Agents.
 */

let server: TestServer;
let smtp: TestSmtpServer;
let browser: Browser;
let ada: SignedIn & { email: string; password: string };
let sam: SignedIn & { email: string; password: string };
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];
const tickets = 15_000;

async function openPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Paris', acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return page;
}

beforeAll(async () => {
  assertConsoleBuilt();
  smtp = await startSmtpServer();
  server = await startTestServer({ env: { LANTERN_SMTP_URL: smtp.url } });
  ada = await newAgent(server, 'admin', 'Ada Lovelace');
  sam = await newAgent(server, 'agent', 'Sam Agent');
  const customer = await ada.api.customers.create({ name: 'Grace Hopper', email: 'grace@example.com' });
  const { sqlite } = server.database;
  const insert = sqlite.prepare(
    `insert into tickets (id, number, subject, description, status, priority, channel, tags, customer_id, created_at, updated_at)
     values (?, ?, ?, 'bulk', 'open', 'medium', 'email', '[]', ?, ?, ?)`,
  );
  const start = Date.now() - 5 * 24 * 3600_000;
  sqlite.transaction(() => {
    for (let i = 0; i < tickets; i += 1) {
      const at = start + i * 20_000;
      insert.run(`01900000-0000-7000-8000-${String(i).padStart(12, '0')}`, i + 1, `Order ${i} did not arrive`, customer.id, at, at);
    }
  })();
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
  await smtp?.close();
});

describe('analytics → Reports', () => {
  it('exports every ticket of the range with a progress bar, and saves the file', async () => {
    const page = await openPage();
    await signInThroughForm(page, server.url, ada.email, ada.password);
    await page.goto(`${server.url}/console/analytics?range=7d&tab=reports`);
    // Record every progress text shown while the download runs.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        for (const status of document.querySelectorAll('.export-progress')) seen.push(status.textContent ?? '');
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tickets as CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^tickets-\d{4}-\d\d-\d\d-to-\d{4}-\d\d-\d\d\.csv$/);
    const path = await download.path();
    const lines = readFileSync(path, 'utf8').split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(tickets + 1);
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(seen.some((text) => new RegExp(`of ${tickets.toLocaleString('en-US')} tickets`).test(text))).toBe(true);
    await expect.poll(() => page.locator('.export-progress').count()).toBe(0);

    const pdf = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Report as PDF' }).click();
    expect((await pdf).suggestedFilename()).toMatch(/^analytics-report-.*\.pdf$/);
    expect(pageErrors).toEqual([]);
  });

  it('schedules a report through the form, sends it now and shows the run', async () => {
    const page = await openPage();
    await signInThroughForm(page, server.url, ada.email, ada.password);
    await page.goto(`${server.url}/console/analytics?tab=reports`);
    await page.getByRole('button', { name: 'New schedule' }).click();
    const form = page.getByRole('form', { name: 'New scheduled report' });
    await form.getByLabel('Name').fill('Daily digest');
    await form.getByLabel('Customer insights').uncheck();
    await form.getByLabel('Frequency').selectOption('daily');
    await form.getByLabel('Hour').selectOption('7');
    await form.getByLabel('Time zone').fill('Europe/Paris');
    const recipients = form.getByLabel('Recipients');
    await recipients.fill('lead@example.com, not-an-address');
    await form.getByRole('button', { name: 'Create schedule' }).click();
    await expect.poll(() => fieldErrorOf(page, recipients)).toBe('Address 2 must be an email address');
    expect(server.database.sqlite.prepare('select count(*) from report_schedules').pluck().get()).toBe(0);

    await recipients.fill('lead@example.com');
    await form.getByRole('button', { name: 'Create schedule' }).click();
    const row = page.getByRole('list', { name: 'Scheduled reports' }).getByRole('listitem').filter({ hasText: 'Daily digest' });
    await row.getByText('Daily at 07:00 (Europe/Paris)').waitFor();
    await row.getByText('Not sent yet').waitFor();

    const before = smtp.mails.length;
    await row.getByRole('button', { name: 'Send now' }).click();
    await row.getByText('Sent to 1 recipient.').waitFor();
    const [mail] = (await smtp.waitForMails(before + 1)).slice(before);
    expect(mail?.parsed.subject).toMatch(/^Daily digest: /);
    expect(mail?.parsed.attachments[0]?.contentType).toBe('application/pdf');
    await row.getByRole('button', { name: 'Runs' }).click();
    await row.getByRole('table', { name: 'Runs' }).getByText('Sent').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('shows agents exports only once an admin allowed them in Settings → Agents', async () => {
    const admin = await openPage();
    await signInThroughForm(admin, server.url, ada.email, ada.password);
    const agent = await openPage();
    await signInThroughForm(agent, server.url, sam.email, sam.password);
    await agent.goto(`${server.url}/console/analytics?tab=reports`);
    await agent.getByText('Exports are for admins and for agents an admin allowed to export').waitFor();
    expect(await agent.getByRole('button', { name: 'Tickets as CSV' }).count()).toBe(0);
    expect(await agent.getByRole('button', { name: 'New schedule' }).count()).toBe(0);

    await admin.goto(`${server.url}/console/settings/agents`);
    const permission = admin.getByRole('listitem').filter({ hasText: 'Sam Agent' }).getByLabel('Can export reports');
    await permission.check();
    await expect.poll(async () => (await signIn(server, sam.email, sam.password)).api.auth.me().then((me) => me.agent.canExport)).toBe(true);

    await agent.reload();
    await agent.getByRole('button', { name: 'Tickets as CSV' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
