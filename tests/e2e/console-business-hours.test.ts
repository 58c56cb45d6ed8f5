import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readTeamSettings } from '../../server/team-settings/queries.ts';
import { createAgentWithPassword, startTestServer, type TestServer } from '../../server/testing/harness.ts';
import { launchBrowser } from './browser.ts';
import { assertConsoleBuilt, consolePages, fieldErrorOf, signInThroughForm } from './console-helpers.ts';

/**
 * Settings → Business hours & SLA in real Chromium: an admin sets the team's zone, hours, a holiday
 * and a target (meeting the server's validation on the way) and finds them again after a reload;
 * an agent sees the same settings with every control disabled.
 */

const password = 'correct horse battery staple';
const admin = { name: 'Ada Lovelace', email: 'ada@lantern.test', role: 'admin' as const, password };
const agent = { name: 'Sam Rivera', email: 'sam@lantern.test', role: 'agent' as const, password };

let server: TestServer;
let browser: Browser;

const { open, closeAll } = consolePages(() => browser);

beforeAll(async () => {
  assertConsoleBuilt();
  server = await startTestServer();
  await createAgentWithPassword(server.database, admin);
  await createAgentWithPassword(server.database, agent);
  browser = await launchBrowser();
});

afterEach(closeAll);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('business hours and SLA settings', () => {
  it('lets an admin save hours, a holiday and targets, with errors on the fields, and keeps them after a reload', async () => {
    const { page } = await open();
    await signInThroughForm(page, server.url, admin.email, admin.password);
    await page.goto(`${server.url}/console/settings/sites`);
    await page.getByRole('link', { name: 'Business hours & SLA', exact: true }).click();
    await page.waitForURL(`${server.url}/console/settings/business-hours`);
    const form = page.getByRole('form', { name: 'Business hours and SLA targets' });
    await form.getByText('These are the defaults.').waitFor();

    const label = (name: string) => form.getByLabel(name, { exact: true });
    expect(await label('Time zone').inputValue()).toBe('UTC');
    expect(await label('Monday opens').inputValue()).toBe('09:00');
    expect(await label('Open on Saturday').isChecked()).toBe(false);

    await label('Time zone').selectOption('Europe/Berlin');
    await label('Friday closes').fill('15:00');
    await label('Open on Saturday').check();
    await label('Saturday opens').fill('10:00');
    await label('Saturday closes').fill('14:00');
    await form.getByRole('button', { name: 'Add holiday' }).click();
    await label('Date of holiday 1').fill('2025-12-25');
    await label('Name of holiday 1').fill('Christmas Day');
    await label('Count targets').selectOption('business');
    await label('Urgent first response minutes').fill('30');
    await label('Urgent first response hours').fill('0');

    // The server has the last word: a closing time before the opening, a resolution sooner than the first reply.
    await label('Monday closes').fill('08:00');
    await label('High resolution hours').fill('1');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText('Some fields need attention.').waitFor();
    expect(await fieldErrorOf(page, label('Monday closes'))).toBe('Monday: closing time must be after the opening time');
    expect(await fieldErrorOf(page, label('High resolution hours'))).toBe('High resolution must not be shorter than the first response target');
    expect(await fieldErrorOf(page, label('Friday closes'))).toBeNull();
    expect(readTeamSettings(server.database.db).updatedAt).toBeNull();

    await label('Monday closes').fill('17:00');
    await label('High resolution hours').fill('24');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText('Saved').waitFor();

    const saved = readTeamSettings(server.database.db);
    expect(saved.businessHours).toEqual({
      timeZone: 'Europe/Berlin',
      week: [
        { day: 0, open: '09:00', close: '17:00' },
        { day: 1, open: '09:00', close: '17:00' },
        { day: 2, open: '09:00', close: '17:00' },
        { day: 3, open: '09:00', close: '17:00' },
        { day: 4, open: '09:00', close: '15:00' },
        { day: 5, open: '10:00', close: '14:00' },
      ],
      holidays: [{ date: '2025-12-25', name: 'Christmas Day' }],
    });
    expect(saved.slaTargets.clock).toBe('business');
    expect(saved.slaTargets.priorities.urgent).toEqual({ firstResponseMinutes: 30, resolutionMinutes: 240 });
    expect(server.database.calendar.get()).toEqual(saved.businessHours);

    await page.reload();
    await form.getByText('Last changed').waitFor();
    expect(await label('Time zone').inputValue()).toBe('Europe/Berlin');
    expect(await label('Friday closes').inputValue()).toBe('15:00');
    expect(await label('Open on Saturday').isChecked()).toBe(true);
    expect(await label('Saturday opens').inputValue()).toBe('10:00');
    expect(await label('Date of Christmas Day').inputValue()).toBe('2025-12-25');
    expect(await label('Count targets').inputValue()).toBe('business');
    expect(await label('Urgent first response minutes').inputValue()).toBe('30');
    // Nothing changed since the save: nothing to save.
    expect(await form.getByRole('button', { name: 'Save changes' }).isDisabled()).toBe(true);
  });

  it('shows an agent the same settings with every control disabled', async () => {
    const { page } = await open();
    await signInThroughForm(page, server.url, agent.email, agent.password);
    await page.goto(`${server.url}/console/settings/business-hours`);
    const section = page.getByRole('region', { name: 'Business hours & SLA', exact: true });
    await section.getByText('Only admins can change them.').waitFor();
    const label = (name: string) => section.getByLabel(name, { exact: true });
    await label('Friday closes').waitFor();
    expect(await label('Friday closes').inputValue()).toBe('15:00');
    expect(await label('Date of Christmas Day').inputValue()).toBe('2025-12-25');
    for (const name of ['Time zone', 'Friday closes', 'Open on Sunday', 'Date of Christmas Day', 'Count targets', 'High resolution hours']) {
      expect(await label(name).isDisabled(), name).toBe(true);
    }
    expect(await section.getByRole('button').count()).toBe(0);
  });
});
