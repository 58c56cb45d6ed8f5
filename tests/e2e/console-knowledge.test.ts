import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAgentWithPassword, startTestServer, type TestServer } from '../../server/testing/harness.ts';
import { launchBrowser } from './browser.ts';
import { assertConsoleBuilt, consolePages, hasNoHorizontalOverflow, navLink, signInThroughForm } from './console-helpers.ts';

/**
 * The knowledge base in the agents' console, in real Chromium against the real server: an article
 * written with the toolbar, autosaved, reviewed by a second agent, edited, compared and restored,
 * filed in a category; and what the category browser refuses.
 */

const password = 'correct horse battery staple';
const admin = { name: 'Ada Lovelace', email: 'ada@lantern.test', role: 'admin' as const, password };
const author = { name: 'Sam Rivera', email: 'sam@lantern.test', role: 'agent' as const, password };
const reviewer = { name: 'Mary Jackson', email: 'mary@lantern.test', role: 'agent' as const, password };

let server: TestServer;
let browser: Browser;

const { open, closeAll } = consolePages(() => browser);

beforeAll(async () => {
  assertConsoleBuilt();
  server = await startTestServer();
  await createAgentWithPassword(server.database, admin);
  await createAgentWithPassword(server.database, author);
  await createAgentWithPassword(server.database, reviewer);
  browser = await launchBrowser();
});

afterEach(closeAll);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A 1×1 PNG, for uploads. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const content = (page: Page) => page.getByRole('textbox', { name: 'Content' });
const preview = (page: Page) => page.getByRole('region', { name: 'Preview' });
const restoreBanner = (page: Page) => page.getByText('Restore unsaved changes?');

/** Selects `text` inside the markdown, as a person would by dragging over it. */
async function select(area: Locator, text: string) {
  await area.evaluate((element, wanted) => {
    const textarea = element as HTMLTextAreaElement;
    const at = textarea.value.indexOf(wanted);
    if (at < 0) throw new Error(`“${wanted}” is not in the editor`);
    textarea.focus();
    textarea.setSelectionRange(at, at + wanted.length);
  }, text);
}

/** Puts the caret at the end of the markdown. */
async function caretToEnd(area: Locator) {
  await area.evaluate((element) => {
    const textarea = element as HTMLTextAreaElement;
    textarea.focus();
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
  });
}

async function openArticle(page: Page, title: string) {
  await navLink(page, 'Knowledge base').click();
  await page.getByRole('heading', { level: 1, name: 'Knowledge base' }).waitFor();
  await page.getByRole('link', { name: title, exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

describe('writing and publishing an article', () => {
  it('goes from the editor through review to live, then a new draft is compared and an old version restored', async () => {
    const { page } = await open();
    await signInThroughForm(page, server.url, author.email, author.password);
    await navLink(page, 'Knowledge base').click();
    await page.getByRole('heading', { level: 1, name: 'Knowledge base' }).waitFor();
    await page.getByRole('link', { name: 'New article' }).click();
    await page.getByRole('heading', { level: 1, name: 'New article' }).waitFor();

    // The slug follows the title until it is edited.
    await page.getByLabel('Title').fill('Resetting your password');
    expect(await page.getByLabel('Slug').inputValue()).toBe('resetting-your-password');

    // Bold, with the toolbar, on a selected word.
    const area = content(page);
    await area.fill('To reset it, open Settings.');
    await select(area, 'Settings');
    await page.getByRole('button', { name: 'Bold' }).click();
    expect(await area.inputValue()).toBe('To reset it, open **Settings**.');
    await preview(page).locator('strong', { hasText: 'Settings' }).waitFor();

    // A link: the toolbar wraps the selected words and selects the address for typing.
    await caretToEnd(area);
    await page.keyboard.type('\n\nRead the guide');
    await select(area, 'guide');
    await page.getByRole('button', { name: 'Link' }).click();
    await page.keyboard.type('https://example.com/guide');
    expect(await area.inputValue()).toBe('To reset it, open **Settings**.\n\nRead the [guide](https://example.com/guide)');
    const link = preview(page).getByRole('link', { name: 'guide' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('https://example.com/guide');
    // The preview's title follows the title field.
    expect(await preview(page).locator('.article-body__title').textContent()).toBe('Resetting your password');

    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.waitForURL(/\/console\/knowledge\/articles\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Resetting your password' }).waitFor();
    await page.locator('.article-header__meta [data-status="draft"]').waitFor();
    expect(await page.locator('.article-header__versions').textContent()).toBe('Version 1, not live yet');
    const articleUrl = page.url();

    // Saved: a reload offers nothing to restore.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Resetting your password' }).waitFor();
    await content(page).waitFor();
    expect(await restoreBanner(page).count()).toBe(0);

    // Typed but not saved: a reload offers it back.
    await caretToEnd(content(page));
    await page.keyboard.type('\n\nAn unsaved thought.');
    await page.getByText('Unsaved changes are kept in this browser').waitFor();
    await page.reload();
    await restoreBanner(page).waitFor();
    expect(await content(page).inputValue()).not.toContain('An unsaved thought.');
    await page.getByRole('button', { name: 'Restore changes' }).click();
    expect(await content(page).inputValue()).toContain('An unsaved thought.');
    expect(await restoreBanner(page).count()).toBe(0);
    // Thrown away on purpose: nothing is offered after the next reload.
    await page.getByRole('button', { name: 'Discard changes' }).click();
    expect(await content(page).inputValue()).not.toContain('An unsaved thought.');
    await page.waitForTimeout(700);
    await page.reload();
    await content(page).waitFor();
    expect(await restoreBanner(page).count()).toBe(0);

    // Submitted for review, with a note. Its author cannot approve it.
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByLabel('Note for the reviewer').fill('Is the wording clear?');
    await page.getByRole('group', { name: 'Submit for review' }).getByRole('button', { name: 'Submit for review' }).click();
    await page.locator('.article-header__meta [data-status="in_review"]').waitFor();
    const reviewNote = page.locator('.review-note');
    expect(await reviewNote.textContent()).toContain('Sam Rivera asked for a review of version 1');
    expect(await reviewNote.textContent()).toContain('Is the wording clear?');
    expect(await page.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await page.getByText('Waiting for another agent or an admin to review it').waitFor();

    // A second agent finds it under "Needs my review" and approves it.
    const second = await open();
    const other = second.page;
    await signInThroughForm(other, server.url, reviewer.email, reviewer.password);
    await navLink(other, 'Knowledge base').click();
    await other.getByLabel('Status').selectOption('review');
    await other.waitForURL(/[?&]status=review/);
    await other.getByRole('link', { name: 'Resetting your password' }).click();
    await other.getByRole('heading', { level: 1, name: 'Resetting your password' }).waitFor();
    await other.getByRole('button', { name: 'Approve' }).click();
    await other.getByRole('button', { name: 'Approve and publish' }).click();
    await other.locator('.article-header__meta [data-status="published"]').waitFor();
    expect(await other.locator('.article-header__versions').textContent()).toBe('Version 1 is live');
    expect(await other.locator('.review-note').textContent()).toContain('Mary Jackson approved it');

    // Live: customers' search finds it, with the matched word marked.
    await navLink(other, 'Knowledge base').click();
    await other.getByRole('heading', { level: 1, name: 'Knowledge base' }).waitFor();
    const search = other.getByRole('combobox', { name: 'Search articles' });
    await search.fill('passw');
    await other.getByRole('listbox', { name: 'Suggestions' }).getByRole('option', { name: /Resetting your password/ }).waitFor();
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    await search.fill('reset password');
    await search.press('Enter');
    await other.waitForURL(/[?&]search=reset\+password/);
    const hits = other.getByRole('list', { name: 'Search results' });
    await hits.getByRole('link', { name: 'Resetting your password' }).waitFor();
    expect(await hits.locator('mark').count()).toBeGreaterThan(0);

    // Edited again: a new draft, while version 1 stays live.
    await page.goto(articleUrl);
    await page.locator('.article-header__meta [data-status="published"]').waitFor();
    await caretToEnd(content(page));
    await page.keyboard.type('\n\nPasswords need at least 10 characters.');
    await page.getByLabel('Revision note').fill('Mention the length rule');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved', { exact: true }).waitFor();
    expect(await page.locator('.article-header__versions').textContent()).toBe('Live version 1, draft version 2');
    await page.locator('.article-header__meta [data-status="draft"]').waitFor();

    // History: version 1 against version 2 shows the added line.
    await page.getByRole('link', { name: 'History' }).click();
    await page.getByRole('heading', { level: 1, name: /^History/ }).waitFor();
    await page.getByRole('heading', { name: 'Changes from version 1 to version 2' }).waitFor();
    const added = page.locator('.diff__line--added .diff__text');
    await added.first().waitFor();
    expect(await added.allTextContents()).toContain('Added: Passwords need at least 10 characters.');
    expect(await page.locator('tr[data-version="2"]').textContent()).toContain('Mention the length rule');

    // Restore version 1: it becomes version 3, and the diff shows what that took out.
    const first = page.locator('tr[data-version="1"]');
    await first.getByRole('button', { name: 'Restore version 1' }).click();
    await first.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByText('Version 1 restored as version 3').waitFor();
    await page.getByRole('heading', { name: 'Changes from version 2 to version 3' }).waitFor();
    const removed = page.locator('.diff__line--removed .diff__text');
    await removed.first().waitFor();
    expect(await removed.allTextContents()).toContain('Removed: Passwords need at least 10 characters.');
    await page.getByRole('link', { name: 'Back to the editor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Resetting your password' }).waitFor();
    expect(await content(page).inputValue()).toBe('To reset it, open **Settings**.\n\nRead the [guide](https://example.com/guide)');
    expect(await page.locator('.article-header__versions').textContent()).toBe('Live version 1, draft version 3');
  });

  it('files the article in a new category, and shows it there', async () => {
    const { page } = await open();
    await signInThroughForm(page, server.url, author.email, author.password);
    await navLink(page, 'Knowledge base').click();
    await page.getByRole('link', { name: 'Categories', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Categories' }).waitFor();
    await page.getByLabel('Name').fill('Your account');
    await page.getByRole('button', { name: 'Create category' }).click();
    await page.getByRole('list', { name: 'Category tree' }).getByRole('link', { name: 'Your account' }).waitFor();

    await openArticle(page, 'Resetting your password');
    // The category is not text: changing it saves without a new version.
    await page.getByLabel('Category').selectOption({ label: 'Your account' });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved', { exact: true }).waitFor();
    expect(await page.locator('.article-header__versions').textContent()).toBe('Live version 1, draft version 3');

    // The home page's category card counts it (it is live), and the category's page lists it.
    await navLink(page, 'Knowledge base').click();
    const card = page.locator('.category-card', { hasText: 'Your account' });
    await card.getByText('1 live article').waitFor();
    await card.getByRole('link', { name: 'Your account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Knowledge base' }).waitFor();
    await page.locator('tr[data-article-id]', { hasText: 'Resetting your password' }).waitFor();
  });

  it('uploads images by button, paste and drop, and opens a translation pre-filled with the original', async () => {
    const { page } = await open();
    await signInThroughForm(page, server.url, author.email, author.password);
    await openArticle(page, 'Resetting your password');
    const area = content(page);
    const markdownOf = (name: string) => new RegExp(`!\\[${name}\\]\\(/[^)\\s]+\\)`);

    // The button's file picker.
    await caretToEnd(area);
    await page.locator('.md-editor input[type="file"]').setInputFiles({ name: 'screenshot.png', mimeType: 'image/png', buffer: png });
    await expect.poll(() => area.inputValue()).toMatch(markdownOf('screenshot'));
    await preview(page).locator('img[alt="screenshot"]').waitFor();

    // A pasted screenshot (no useful name) and a dropped file.
    for (const [kind, name] of [['paste', 'image.png'], ['drop', 'diagram.png']] as const) {
      await caretToEnd(area);
      await area.evaluate(
        (element, { kind: eventKind, name: fileName, bytes }) => {
          const data = new DataTransfer();
          data.items.add(new File([new Uint8Array(bytes)], fileName, { type: 'image/png' }));
          const init = { bubbles: true, cancelable: true };
          element.dispatchEvent(
            eventKind === 'paste' ? new ClipboardEvent('paste', { ...init, clipboardData: data }) : new DragEvent('drop', { ...init, dataTransfer: data }),
          );
        },
        { kind, name, bytes: [...png] },
      );
    }
    await expect.poll(() => area.inputValue()).toMatch(markdownOf('diagram'));
    await expect.poll(() => area.inputValue()).toMatch(markdownOf('pasted-image-[0-9-]+'));
    expect(await area.inputValue()).not.toContain('Uploading');
    await page.getByRole('button', { name: 'Discard changes' }).click();

    // Translate: the editor opens with the English text, and saving creates the German article.
    await page.getByLabel('Translate into').selectOption('de');
    await page.getByRole('link', { name: 'Translate', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'New translation' }).waitFor();
    expect(await area.inputValue()).toContain('To reset it, open **Settings**.');
    expect(await page.getByLabel('Language').inputValue()).toBe('de');
    await page.getByLabel('Title').fill('Passwort zurücksetzen');
    await area.fill('Öffnen Sie die **Einstellungen**.');
    await page.getByRole('button', { name: 'Create translation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Passwort zurücksetzen' }).waitFor();
    expect(await page.getByLabel('Slug').inputValue()).toBe('passwort-zurucksetzen');
    const translations = page.getByRole('region', { name: 'Translations' });
    await translations.getByRole('link', { name: 'Resetting your password' }).waitFor();
  });

  it('never runs script typed into the editor', async () => {
    const { page } = await open();
    await signInThroughForm(page, server.url, author.email, author.password);
    await page.goto(`${server.url}/console/knowledge/articles/new`);
    await page.getByLabel('Title').fill('Images');
    await content(page).fill('Look: <img src=x onerror="window.__lanternXss=1"> and [this](javascript:window.__lanternXss=2)');
    const image = preview(page).locator('img');
    await image.waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __lanternXss?: number }).__lanternXss)).toBeUndefined();
    expect(await image.getAttribute('onerror')).toBeNull();
    expect(await preview(page).getByText('this').getAttribute('href')).toBeNull();
    // The link checker says what is wrong before anything is saved.
    await page.getByText('uses “javascript:”, which is not allowed').waitFor();
  });
});

describe('the category browser', () => {
  it('moves, reorders, and says why it refuses a cycle or deleting a category with articles', async () => {
    const { page } = await open();
    await signInThroughForm(page, server.url, admin.email, admin.password);
    await page.goto(`${server.url}/console/knowledge/categories`);
    await page.getByRole('heading', { level: 1, name: 'Categories' }).waitFor();
    const tree = page.getByRole('list', { name: 'Category tree' });
    for (const name of ['Billing', 'Invoices']) {
      await page.getByLabel('Name').first().fill(name);
      await page.getByRole('button', { name: 'Create category' }).click();
      await tree.getByRole('link', { name }).waitFor();
    }
    const names = () => tree.locator(':scope > li > .category-row__main .category-row__name').allTextContents();

    // Reorder at the top level with the arrows: the button keeps the focus.
    const rootsBefore = await names();
    const last = rootsBefore[rootsBefore.length - 1] as string;
    await page.getByRole('button', { name: `Move ${last} up` }).click();
    await expect.poll(names).toEqual([...rootsBefore.slice(0, -2), last, rootsBefore[rootsBefore.length - 2]]);

    // Move Invoices into Billing.
    const invoices = page.locator('li[data-category="Invoices"]');
    await invoices.getByRole('button', { name: 'Edit Invoices' }).click();
    await invoices.getByLabel('Parent').selectOption({ label: 'Billing' });
    await invoices.getByRole('button', { name: 'Save category' }).click();
    await page.locator('li[data-category="Billing"] li[data-category="Invoices"]').waitFor();

    // Billing into Invoices would be a cycle: the server's reason shows at the field.
    const billing = page.locator('li[data-category="Billing"]').first();
    await billing.getByRole('button', { name: 'Edit Billing' }).first().click();
    const form = page.getByRole('form', { name: 'Edit Billing' });
    await form.getByLabel('Parent').selectOption({ label: '\u00a0\u00a0\u00a0└ Invoices' });
    await form.getByRole('button', { name: 'Save category' }).click();
    await form.getByText('Parent would put the category inside itself').waitFor();
    await form.getByRole('button', { name: 'Cancel' }).click();

    // A category with a live article cannot go.
    const account = page.locator('li[data-category="Your account"]');
    await account.getByRole('button', { name: 'Delete' }).click();
    await account.getByRole('button', { name: 'Delete' }).click();
    await account.getByRole('alert').getByText(/^Move its \d+ article/).waitFor();
  });
});

describe('on a phone (375×740)', () => {
  it('stacks the preview under the markdown and never scrolls sideways', async () => {
    const { page } = await open({ width: 375, height: 740 });
    await signInThroughForm(page, server.url, author.email, author.password);
    await page.goto(`${server.url}/console/knowledge`);
    await page.getByRole('heading', { level: 1, name: 'Knowledge base' }).waitFor();
    await page.locator('tr[data-article-id]').first().waitFor();
    expect(await hasNoHorizontalOverflow(page)).toBe(true);

    await page.getByRole('link', { name: 'Resetting your password' }).click();
    await content(page).waitFor();
    const code = await content(page).boundingBox();
    const shown = await preview(page).boundingBox();
    expect(code && shown && shown.y >= code.y + code.height - 1).toBe(true);
    expect(await hasNoHorizontalOverflow(page)).toBe(true);

    await page.getByRole('link', { name: 'History' }).click();
    await page.locator('.diff__lines').waitFor();
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
  });
});
