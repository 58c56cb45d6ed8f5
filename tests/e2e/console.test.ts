import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../server/audit/log.ts';
import { createCustomer } from '../../server/customers/queries.ts';
import { createAgentWithPassword, startTestServer, type TestServer } from '../../server/testing/harness.ts';
import { createTicket } from '../../server/tickets/queries.ts';
import { launchBrowser } from './browser.ts';
import {
  assertConsoleBuilt,
  consolePages,
  fieldErrorOf,
  hasNoHorizontalOverflow,
  navLink,
  profileLink,
  signInThroughForm,
} from './console-helpers.ts';

/**
 * The agents' console in real Chromium, against the real server and the built SPA (dist/console).
 * Everything is done through the UI, as an agent would; the database is only used to set the scene.
 */

const password = 'correct horse battery staple';
const admin = { name: 'Ada Lovelace', email: 'ada@lantern.test', role: 'admin' as const, password };
const agent = { name: 'Sam Rivera', email: 'sam@lantern.test', role: 'agent' as const, password };
/** Changes her own password below, so nobody else's sign-in depends on it. */
const mary = { name: 'Mary Jackson', email: 'mary@lantern.test', role: 'agent' as const, password };

let server: TestServer;
let browser: Browser;

const { open, closeAll } = consolePages(() => browser);

beforeAll(async () => {
  assertConsoleBuilt();
  server = await startTestServer();
  await createAgentWithPassword(server.database, admin);
  await createAgentWithPassword(server.database, agent);
  await createAgentWithPassword(server.database, mary);
  // A ticket that must not match the searches below.
  const bystander = await createCustomer(server.database.db, { name: 'Linus Torvalds', email: 'linus@kernel.example' }, systemActor);
  await createTicket(
    server.database.db,
    {
      subject: 'Password reset email never arrives',
      description: 'I asked for a reset link twice and got nothing.',
      customerId: bystander.id,
      priority: 'medium',
      channel: 'email',
      status: 'open',
      tags: [],
    },
    systemActor,
  );
  browser = await launchBrowser();
});

afterEach(closeAll);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('signing in', () => {
  it('shows the server’s error for a wrong password and stays on the form', async () => {
    const { page } = await open();
    await page.goto(`${server.url}/console/login`);
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Wrong email or password');
    expect(new URL(page.url()).pathname).toBe('/console/login');
    // What was typed is still there to correct.
    expect(await page.getByLabel('Email').inputValue()).toBe(admin.email);
  });
});

describe('working a ticket', () => {
  it('creates a customer and a ticket, replies, adds a note, sets pending, and finds it again', async () => {
    const { page } = await open();
    await signInThroughForm(page, server.url, admin.email, admin.password);

    // New ticket, with a customer created on the spot.
    await navLink(page, 'Tickets').click();
    await page.getByRole('link', { name: 'New ticket' }).click();
    await page.getByRole('heading', { level: 1, name: 'New ticket' }).waitFor();
    await page.getByRole('button', { name: 'New customer' }).click();
    await page.getByLabel('Name').fill('Grace Hopper');
    await page.getByLabel('Email').fill('grace@navy.example');
    await page.getByRole('button', { name: 'Create customer' }).click();
    await page.locator('.picked', { hasText: 'Grace Hopper' }).waitFor();

    await page.getByLabel('Subject').fill('Printer on fire in accounting');
    await page.getByLabel('Description').fill('Smoke is coming out of the printer on the second floor.');
    await page.getByLabel('Priority').selectOption('high');
    await page.getByLabel('Tags').fill('hardware, urgent-ish');
    await page.getByRole('button', { name: 'Create ticket' }).click();

    // The ticket page.
    await page.waitForURL(/\/console\/tickets\/[0-9a-f-]{36}$/);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.textContent()).toContain('#2 Printer on fire in accounting');
    expect(await page.getByRole('link', { name: 'Grace Hopper' }).getAttribute('href')).toMatch(/^\/console\/customers\//);

    // A public reply…
    await page.getByRole('textbox', { name: 'Reply to Grace Hopper' }).fill('We are on our way with an extinguisher.');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const reply = page.locator('.message[data-kind="reply"]', { hasText: 'on our way with an extinguisher' });
    await reply.waitFor();

    // …and an internal note.
    await page.getByRole('radio', { name: 'Internal note' }).check();
    await page.getByRole('textbox', { name: 'Internal note' }).fill('Facilities says this is the third time this month.');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const note = page.locator('.message[data-kind="note"]', { hasText: 'third time this month' });
    await note.waitFor();

    // The note is unmistakably not a reply: labelled, and amber instead of indigo.
    expect(await note.textContent()).toContain('Internal note');
    expect(await reply.textContent()).not.toContain('Internal note');
    const background = (selector: string) =>
      page.locator(selector).first().evaluate((element) => getComputedStyle(element.querySelector('.message__bubble') ?? element).backgroundColor);
    const noteBackground = await background('.message[data-kind="note"]');
    const replyBackground = await background('.message[data-kind="reply"]');
    expect(noteBackground).not.toBe(replyBackground);
    expect(noteBackground).toBe('rgb(255, 251, 235)'); // amber-50
    const border = await note.evaluate((element) => getComputedStyle(element.querySelector('.message__bubble') ?? element).borderTopStyle);
    expect(border).toBe('dashed');

    // Status to pending, from the sidebar.
    await page.getByLabel('Status', { exact: true }).selectOption('pending');
    await page.getByText('Status saved').waitFor();
    await page.locator('.ticket-header__meta [data-status="pending"]').waitFor();

    // Back to the list: the ticket is there, pending.
    await navLink(page, 'Tickets').click();
    await page.getByRole('heading', { level: 1, name: 'Tickets' }).waitFor();
    const row = page.locator('tr.ticket-row', { hasText: 'Printer on fire in accounting' });
    await row.waitFor();
    expect(await row.locator('[data-status]').getAttribute('data-status')).toBe('pending');
    expect(await page.locator('tr.ticket-row').count()).toBe(2);

    // Search by a word of the subject: only that ticket remains, and the URL says so.
    await page.getByRole('searchbox', { name: 'Search tickets' }).fill('printer');
    await page.waitForURL(/[?&]q=printer/);
    await page.locator('tr.ticket-row', { hasText: 'Password reset email' }).waitFor({ state: 'detached' });
    expect(await page.locator('tr.ticket-row').count()).toBe(1);
    expect(await row.isVisible()).toBe(true);

    // The URL is the view: reloading keeps the search and its result.
    await page.reload();
    await row.waitFor();
    expect(await page.getByRole('searchbox', { name: 'Search tickets' }).inputValue()).toBe('printer');
    expect(await page.locator('tr.ticket-row').count()).toBe(1);
  });
});

describe('on a phone (375×740)', () => {
  it('never scrolls sideways, and the menu button opens the navigation', async () => {
    const { page } = await open({ width: 375, height: 740 });
    await signInThroughForm(page, server.url, admin.email, admin.password);
    expect(await hasNoHorizontalOverflow(page)).toBe(true);

    // The sidebar is folded away behind the menu button.
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await navLink(page, 'Tickets').isVisible()).toBe(false);
    await menu.click();
    await navLink(page, 'Tickets').waitFor({ state: 'visible' });
    expect(await page.getByRole('button', { name: 'Close menu' }).getAttribute('aria-expanded')).toBe('true');

    await navLink(page, 'Tickets').click();
    await page.getByRole('heading', { level: 1, name: 'Tickets' }).waitFor();
    // Choosing a page closes the menu.
    await navLink(page, 'Tickets').waitFor({ state: 'hidden' });
    await page.locator('tr.ticket-row').first().waitFor();
    expect(await hasNoHorizontalOverflow(page)).toBe(true);

    await page.locator('tr.ticket-row a').first().click();
    await page.waitForURL(/\/console\/tickets\/[0-9a-f-]{36}$/);
    await page.locator('.conversation').waitFor();
    await page.getByRole('heading', { name: 'Properties' }).waitFor();
    expect(await hasNoHorizontalOverflow(page)).toBe(true);

    // Their own profile, from the account block at the foot of the menu.
    await menu.click();
    await profileLink(page).click();
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    await page.getByRole('button', { name: 'Change password' }).waitFor();
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
  });
});

describe('roles', () => {
  it('shows an agent Settings read-only: the embed code, but no admin controls', async () => {
    const { page } = await open();
    await signInThroughForm(page, server.url, agent.email, agent.password);
    await navLink(page, 'Settings').click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();

    // Sites: the snippet to copy, nothing to change.
    const snippet = page.locator('.copy-field__value');
    await snippet.first().waitFor();
    expect(await snippet.first().textContent()).toMatch(
      new RegExp(`^<script src="${server.url.replace(/[.]/g, '\\.')}/widget\\.js" data-site="pk_[A-Za-z0-9_-]+" async></script>$`),
    );
    await page.getByRole('button', { name: 'Copy' }).first().waitFor();
    for (const name of ['New site', 'Edit', 'Delete']) {
      expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    }

    // Agents: the team, without role pickers or (de)activation.
    await page.getByRole('link', { name: 'Agents', exact: true }).click();
    await page.getByText(admin.email).waitFor();
    for (const name of ['Invite agent', 'Deactivate', 'New sign-in link']) {
      expect(await page.getByRole('button', { name }).count(), name).toBe(0);
    }
    expect(await page.getByRole('combobox').count()).toBe(0);

    // API tokens: an explanation instead of the list (which the API refuses to agents).
    await page.getByRole('link', { name: 'API tokens', exact: true }).click();
    await page.getByText('Only admins manage API tokens').waitFor();
    expect(await page.getByRole('button', { name: 'New token' }).count()).toBe(0);
  });

  it('lets an admin invite an agent, who joins through the invite link', async () => {
    const { page } = await open();
    await signInThroughForm(page, server.url, admin.email, admin.password);
    await page.goto(`${server.url}/console/settings/agents`);
    await page.getByRole('button', { name: 'Invite agent' }).click();
    await page.getByLabel('Name').fill('Katherine Johnson');
    await page.getByLabel('Email').fill('katherine@lantern.test');
    await page.getByRole('button', { name: 'Create invite link' }).click();
    const link = page.getByRole('textbox', { name: 'Invite link' });
    await link.waitFor();
    const inviteUrl = await link.inputValue();
    expect(inviteUrl).toMatch(new RegExp(`^${server.url.replace(/[.]/g, '\\.')}/console/invite\\?token=`));
    await page.locator('.agent-row', { hasText: 'katherine@lantern.test' }).getByText('Invite pending').waitFor();

    // The invited agent, in their own browser.
    const invited = await open();
    await invited.page.goto(inviteUrl);
    await invited.page.getByText('katherine@lantern.test').waitFor();
    await invited.page.getByLabel('Password').fill('a long and memorable sentence');
    await invited.page.getByRole('button', { name: 'Join and sign in' }).click();
    await invited.page.waitForURL(`${server.url}/console/`);
    await invited.page.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(await invited.page.locator('.sidebar__name').textContent()).toBe('Katherine Johnson');
  });
});

describe('my profile', () => {
  it('renames me in the sidebar at once, and changes my password: wrong one refused, other devices signed out', async () => {
    const { page } = await open();
    await signInThroughForm(page, server.url, mary.email, mary.password);
    // Another device, signed in with the old password.
    const other = await open();
    await signInThroughForm(other.page, server.url, mary.email, mary.password);

    // The name in the sidebar opens the profile, from the keyboard too.
    await profileLink(page).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/console/profile`);
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    expect(await profileLink(page).getAttribute('aria-current')).toBe('page');
    const account = page.getByRole('region', { name: 'Your account' });
    expect(await account.textContent()).toContain(mary.email);
    expect(await account.textContent()).toContain('Agent');

    // Renamed: the sidebar says so as soon as it is saved.
    await page.getByLabel('Name', { exact: true }).fill('Mary W. Jackson');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Saved', { exact: true }).waitFor();
    expect(await page.locator('.sidebar__name').textContent()).toBe('Mary W. Jackson');
    expect(await account.textContent()).toContain('Mary W. Jackson');

    const current = page.getByLabel('Current password');
    const next = page.getByLabel('New password', { exact: true });
    const confirmation = page.getByLabel('Confirm new password');
    const newPassword = 'a brand new and longer passphrase';
    const change = page.getByRole('button', { name: 'Change password' });

    // The confirmation is checked before anything is sent.
    await current.fill('not my password at all');
    await next.fill(newPassword);
    await confirmation.fill(`${newPassword}!`);
    await change.click();
    await page.getByText('The two new passwords are not the same.').waitFor();
    expect(await fieldErrorOf(page, confirmation)).toBe('The two new passwords are not the same.');

    // A wrong current password: the server's refusal is shown next to that field, and nothing typed is lost.
    await confirmation.fill(newPassword);
    await change.click();
    await page.getByText('That is not your current password.').waitFor();
    expect(await fieldErrorOf(page, current)).toBe('That is not your current password.');
    expect(await fieldErrorOf(page, confirmation)).toBeNull();
    expect(await current.inputValue()).toBe('not my password at all');
    expect(await next.inputValue()).toBe(newPassword);

    // The right one.
    await current.fill(mary.password);
    await change.click();
    await page.getByText('Password changed. You were signed out on your other devices.').waitFor();
    expect(await fieldErrorOf(page, current)).toBeNull();
    expect(await current.inputValue()).toBe('');

    // …and it is true: the other device is back at the sign-in page.
    await other.page.reload();
    await other.page.waitForURL(/\/console\/login/);
    await other.page.getByRole('button', { name: 'Sign in' }).waitFor();

    // Signed out, the old password no longer works and the new one does.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/console\/login/);
    await page.getByLabel('Email').fill(mary.email);
    await page.getByLabel('Password').fill(mary.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Wrong email or password').waitFor();
    await page.getByLabel('Password').fill(newPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Back where she was: her profile, under her new name.
    await page.waitForURL(`${server.url}/console/profile`);
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    expect(await page.locator('.sidebar__name').textContent()).toBe('Mary W. Jackson');
  });
});
