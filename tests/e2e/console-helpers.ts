import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { assertBuilt } from './browser.ts';

/** Helpers for driving the agents' console in a real browser. */

export interface ConsolePage {
  page: Page;
  context: BrowserContext;
  /** Uncaught exceptions in the page: a working console has none. */
  errors: string[];
}

export async function openConsolePage(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<ConsolePage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, context, errors };
}

/**
 * The console pages of a test file: `open` one (it is remembered), and after each test `closeAll`
 * checks that none of them threw and closes them.
 */
export function consolePages(browser: () => Browser) {
  const opened: ConsolePage[] = [];
  return {
    async open(viewport?: { width: number; height: number }): Promise<ConsolePage> {
      const consolePage = await openConsolePage(browser(), viewport);
      opened.push(consolePage);
      return consolePage;
    },
    async closeAll(): Promise<void> {
      const finished = opened.splice(0);
      for (const { errors } of finished) expect(errors).toEqual([]);
      await Promise.all(finished.map(({ context }) => context.close()));
    },
  };
}

/** Signs in through the login form, the way a person does, and waits for the console to open. */
export async function signInThroughForm(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/console/`);
  // Signed out, the console sends the visitor to the login page and remembers where they were going.
  await page.waitForURL(/\/console\/login\?next=/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${baseUrl}/console/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** True when nothing on the page sticks out sideways (no horizontal scrolling on a phone). */
export function hasNoHorizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) <= window.innerWidth);
}

/** The main navigation's link to a section. */
export const navLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

/** The signed-in agent's name and picture in the sidebar: the link to their own profile. */
export const profileLink = (page: Page) => page.getByRole('link', { name: /^My profile: / });

/** The message shown under a form control, found the way assistive technology finds it (aria-describedby). */
export async function fieldErrorOf(page: Page, control: Locator): Promise<string | null> {
  if ((await control.getAttribute('aria-invalid')) !== 'true') return null;
  const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  for (const id of ids) {
    const element = page.locator(`[id="${id}"]`);
    if ((await element.getAttribute('class'))?.includes('field__error')) return element.textContent();
  }
  return null;
}

/** Browser tests drive the built console; say how to build it rather than fail obscurely. */
export function assertConsoleBuilt(): void {
  assertBuilt('console');
}
