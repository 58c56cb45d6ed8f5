import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { duration } from '../../console/lib/format.ts';
import type { AnalyticsDashboard } from '../../shared/schemas/analytics.ts';
import type { TicketChannel } from '../../shared/schemas/tickets.ts';
import { newAgent, type SignedIn } from '../../server/testing/client.ts';
import { startTestServer, type TestServer } from '../../server/testing/harness.ts';
import { launchBrowser } from './browser.ts';
import { assertConsoleBuilt, hasNoHorizontalOverflow, signInThroughForm } from './console-helpers.ts';

/**
 * The analytics page in real Chromium against the real server: figures that match the API,
 * tabs by mouse and keyboard, drill-down from a chart bar and a heatmap cell to exactly the
 * tickets behind them, the custom range's checks, and a live update without reload.
 */

const tz = 'Europe/Paris';
let server: TestServer;
let browser: Browser;
let ada: SignedIn & { email: string; password: string };
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

/** A page in the browser's zone of choice, with motion reduced (charts draw at once). */
async function openPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: tz, reducedMotion: 'reduce', locale: 'en-GB' });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return page;
}

const dashboard = (query: { range?: '30d'; from?: string; to?: string } = { range: '30d' }): Promise<AnalyticsDashboard> =>
  ada.api.analytics.dashboard({ ...query, tz });

const kpiValue = (page: Page, label: string) =>
  page.getByRole('list', { name: 'Key figures' }).locator('.kpi', { hasText: label }).locator('.kpi__value');

/**
 * Moves the pointer along a vertical line of the canvas until it shows a clickable bar (the
 * chart's own hover), so the test clicks where a person would see the hand.
 */
async function pointAtBar(page: Page, canvas: Locator, xFraction: number): Promise<{ x: number; y: number }> {
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the chart has no box');
  const x = box.x + box.width * xFraction;
  for (let y = box.y + 2; y < box.y + box.height; y += 3) {
    await page.mouse.move(x, y);
    if ((await canvas.evaluate((element) => (element as HTMLCanvasElement).style.cursor)) === 'pointer') return { x, y: y + 4 };
  }
  await canvas.screenshot({ path: '/tmp/analytics-bar.png' });
  throw new Error('no bar under the pointer');
}

beforeAll(async () => {
  assertConsoleBuilt();
  server = await startTestServer();
  ada = await newAgent(server, 'admin', 'Ada Lovelace');
  const customer = await ada.api.customers.create({ name: 'Grace Hopper', email: 'grace@example.com', company: 'Navy' });
  const seed: Array<[TicketChannel, string | null]> = [
    ['chat', 'Billing'],
    ['chat', 'Billing'],
    ['chat', null],
    ['email', 'Shipping'],
    ['email', null],
    ['phone', null],
  ];
  for (const [index, [channel, category]] of seed.entries()) {
    const ticket = await ada.api.tickets.create({
      subject: `Question ${index + 1}`,
      description: 'Seeded for the analytics page.',
      customerId: customer.id,
      channel,
      category,
      priority: index === 0 ? 'high' : 'medium',
      assigneeId: ada.agentId,
    });
    if (index === 0) {
      await ada.api.tickets.addMessage(ticket.id, { body: 'On it.' });
      await ada.api.tickets.update(ticket.id, { status: 'resolved', satisfaction: 5 });
    }
  }
  browser = await launchBrowser();
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
  expect(pageErrors.splice(0)).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('analytics page', () => {
  it('shows the API’s figures, switches tabs by mouse and keyboard, and follows changes live', async () => {
    const page = await openPage();
    await signInThroughForm(page, server.url, ada.email, ada.password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analytics', exact: true }).click();
    await page.waitForURL(`${server.url}/console/analytics`);
    await page.getByRole('heading', { level: 1, name: 'Analytics' }).waitFor();

    const expected = await dashboard();
    expect(expected.tickets.created.value).toBe(6);
    await expect.poll(() => kpiValue(page, 'Tickets created').textContent()).toBe('6');
    expect(await kpiValue(page, 'Median first response').textContent()).toBe(duration(expected.tickets.firstResponse.median.value ?? 0));
    expect(await kpiValue(page, 'Median resolution time').textContent()).toBe(duration(expected.tickets.resolution.median.value ?? 0));
    expect(await kpiValue(page, 'Customer satisfaction').textContent()).toBe('5.0 / 5');
    // Nothing in the previous 30 days: no made-up percentage.
    expect(await page.getByRole('list', { name: 'Key figures' }).locator('.kpi', { hasText: 'Tickets created' }).locator('.trend').textContent()).toBe(
      'Up from 0 last period',
    );
    await page.getByText('Days counted in Europe/Paris').waitFor();
    await page.getByRole('status').filter({ hasText: /^Updated / }).waitFor();

    // The charts are drawn, and their figures are there as tables too.
    await page.getByRole('region', { name: 'Ticket volume' }).locator('canvas').waitFor();
    await page.getByRole('region', { name: 'Channel mix' }).getByRole('button', { name: 'View as table' }).click();
    const channelTable = page.getByRole('region', { name: 'Channel mix' }).getByRole('table');
    expect(await channelTable.getByRole('row').allTextContents()).toEqual(['Channel mixTicketsShare', 'Email233%', 'Chat350%', 'Phone117%', 'Web form00%']);

    // Tabs: the mouse, then the arrow keys.
    await page.getByRole('tab', { name: 'Agent performance' }).click();
    await page.waitForURL(/tab=agents/);
    const agentRow = page.getByRole('tabpanel').getByRole('row', { name: /Ada Lovelace/ });
    await agentRow.waitFor();
    expect(await agentRow.getByRole('cell').first().textContent()).toBe('1');
    await page.getByRole('tab', { name: 'Agent performance' }).press('ArrowRight');
    await page.waitForURL(/tab=chat/);
    expect(await page.getByRole('tab', { name: 'Chat' }).evaluate((element) => element === document.activeElement)).toBe(true);
    await page.getByRole('tabpanel').getByText('Chats started').waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL(/tab=customers/);
    await page.getByRole('tabpanel').getByRole('region', { name: 'By industry' }).waitFor();

    // A new ticket elsewhere: the figures follow without a reload.
    const customer = (await ada.api.customers.list({})).items[0];
    await ada.api.tickets.create({ subject: 'Arrived live', description: 'x', customerId: customer?.id ?? '', channel: 'web' });
    await expect.poll(() => kpiValue(page, 'Tickets created').textContent(), { timeout: 15_000 }).toBe('7');
    await page.getByRole('status').filter({ hasText: 'Updated just now' }).waitFor();

    // A KPI card is a link to the tickets it counts.
    await page.getByRole('link', { name: /^Tickets created 7/ }).click();
    await page.waitForURL(/\/console\/tickets\?createdFrom=.*&createdTo=/);
    await expect.poll(() => page.locator('tr.ticket-row').count()).toBe(7);
  });

  it('drills from a channel bar and a heatmap cell to exactly their tickets', async () => {
    const page = await openPage();
    await signInThroughForm(page, server.url, ada.email, ada.password);
    await page.goto(`${server.url}/console/analytics?range=7d`);
    const expected = await ada.api.analytics.dashboard({ range: '7d', tz });
    const chat = expected.channels.find((row) => row.channel === 'chat');
    expect(chat?.tickets).toBe(3);

    // Chat has the most tickets: its bar alone reaches the right-hand side.
    const canvas = page.getByRole('region', { name: 'Channel mix' }).locator('canvas');
    await canvas.waitFor();
    const point = await pointAtBar(page, canvas, 0.9);
    await page.mouse.click(point.x, point.y);
    await page.waitForURL(/\/console\/tickets\?/);
    const params = new URL(page.url()).searchParams;
    // The page's own rolling 7 days (its "now" is a moment before ours).
    expect([...params.keys()]).toEqual(['createdFrom', 'createdTo', 'channel']);
    expect(params.get('channel')).toBe('chat');
    const [createdFrom, createdTo] = [Date.parse(params.get('createdFrom') ?? ''), Date.parse(params.get('createdTo') ?? '')];
    expect(createdTo - createdFrom).toBe(7 * 24 * 3600 * 1000);
    expect(Math.abs(createdTo - Date.parse(expected.range.to))).toBeLessThan(60_000);
    await expect.poll(() => page.locator('tr.ticket-row').count()).toBe(3);
    expect(await page.getByLabel('Channel').inputValue()).toBe('chat');
    const chips = page.getByRole('list', { name: 'Filters from analytics' });
    expect(await chips.getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(/^Created \d{1,2} \w{3}, \d\d:\d\d–\d{1,2} \w{3}, \d\d:\d\d$/)]);

    // Removing the chip widens the list to every chat ticket.
    await chips.getByRole('button', { name: /^Remove filter: Created/ }).click();
    await page.waitForURL((url) => !url.search.includes('createdFrom'));
    expect(await page.getByRole('list', { name: 'Filters from analytics' }).count()).toBe(0);

    // A heatmap cell: weekday and hour in the browser's zone.
    await page.goBack();
    await page.waitForURL(/\/console\/analytics\?range=7d$/);
    const cell = page.getByRole('region', { name: 'Peak hours' }).locator('a.heatmap__link').first();
    const label = (await cell.getAttribute('aria-label')) ?? '';
    const count = Number(/: (\d+) tickets?$/.exec(label)?.[1]);
    expect(count).toBeGreaterThan(0);
    await cell.click();
    await page.waitForURL(/weekday=\d&hour=\d+&tz=Europe%2FParis/);
    await expect.poll(() => page.locator('tr.ticket-row').count()).toBe(count);
    await chips.getByText(/\(Europe\/Paris\)$/).waitFor();
  });

  it('checks a custom range before asking the server, and keeps the range in the URL', async () => {
    const page = await openPage();
    await signInThroughForm(page, server.url, ada.email, ada.password);
    await page.goto(`${server.url}/console/analytics`);
    await kpiValue(page, 'Tickets created').waitFor();

    await page.getByLabel('Date range').selectOption('custom');
    const form = page.getByRole('form', { name: 'Custom date range' });
    const from = form.getByLabel('From');
    const to = form.getByLabel('To');
    await from.fill('2025-03-10');
    await to.fill('2025-03-01');
    await form.getByRole('button', { name: 'Apply' }).click();
    expect(await form.getByRole('alert').textContent()).toBe('The start date must not be after the end date.');
    expect(await from.getAttribute('aria-invalid')).toBe('true');
    await from.fill('2019-01-01');
    await to.fill('2024-01-01');
    await form.getByRole('button', { name: 'Apply' }).click();
    await form.getByRole('alert').filter({ hasText: 'A range may cover at most 5 years.' }).waitFor();
    expect(new URL(page.url()).search).toBe('');

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: tz }).format(new Date());
    await from.fill('2024-01-01');
    await to.fill(today);
    await form.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(new RegExp(`from=2024-01-01&to=${today}`));
    const expected = await dashboard({ from: '2024-01-01', to: today });
    await expect.poll(() => kpiValue(page, 'Tickets created').textContent()).toBe(String(expected.tickets.created.value));

    // The link reproduces the view, comparison included.
    await page.getByLabel('Compare with previous period').check();
    await page.waitForURL(/compare=1/);
    const link = page.url();
    const again = await openPage();
    await signInThroughForm(again, server.url, ada.email, ada.password);
    await again.goto(link);
    await kpiValue(again, 'Tickets created').waitFor();
    expect(await again.getByRole('form', { name: 'Custom date range' }).getByLabel('From').inputValue()).toBe('2024-01-01');
    expect(await again.getByLabel('Compare with previous period').isChecked()).toBe(true);
    await again.getByText(/^Previous period: /).first().waitFor();

    // On a phone nothing sticks out sideways: wide tables scroll inside their cards.
    await again.setViewportSize({ width: 390, height: 800 });
    await again.getByRole('region', { name: 'Peak hours' }).waitFor();
    expect(await hasNoHorizontalOverflow(again)).toBe(true);
  });
});
