import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { defaultAssetsDir, missingAssets } from '../../server/assets.ts';

/** Debian's Chromium, launched the way this machine and CI need (no sandbox as root, no network chatter). */
export const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

export async function launchBrowser(): Promise<Browser> {
  if (!chromiumPath) throw new Error('Chromium is not installed: apt-get install -y chromium (the .ci/run script does this)');
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Browser tests drive the built bundles (dist/); say how to build them rather than fail obscurely. */
export function assertBuilt(part: 'console' | 'widget'): void {
  const missing = missingAssets(defaultAssetsDir).filter((file) => file.startsWith(`${part}/`));
  if (missing.length > 0) {
    throw new Error(`The ${part} is not built (missing dist/${missing.join(', dist/')}). Run \`npm run build\` first; \`npm test\` does.`);
  }
}

/** A page and what it reported: uncaught exceptions and console warnings. */
export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  errors: string[];
  warnings: string[];
}

/** Opens a page in a fresh context, added to `contexts` for the caller to close, and watches it. */
export async function openWatchedPage(browser: Browser, contexts: BrowserContext[], viewport = { width: 1280, height: 800 }): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  const page = await context.newPage();
  const watched: WatchedPage = { page, context, errors: [], warnings: [] };
  page.on('pageerror', (error) => watched.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'warning') watched.warnings.push(message.text());
  });
  return watched;
}
