import { Hono } from 'hono';
import { randomBytes } from 'node:crypto';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../http/env.ts';
import { listSites } from '../sites/queries.ts';
import { renderDemoPage } from './demo-page.ts';

/**
 * A strict policy, like a careful store would send: the widget must work without inline styles
 * or eval. Its CSS is adopted into the shadow root as constructed sheets, which CSP leaves alone.
 */
function demoPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'self' 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** GET /demo: a fake store embedding the first site's widget; ?hostile=1 adds CSS built to break it. */
export function demoRoutes({ database }: Deps) {
  return new Hono<AppEnv>().get('/demo', async (c) => {
    const [site] = await listSites(database.db);
    const nonce = randomBytes(16).toString('base64');
    c.header('content-security-policy', demoPolicy(nonce));
    c.header('cache-control', 'no-store');
    return c.html(
      renderDemoPage({
        site: site ? { name: site.name, publicKey: site.publicKey } : null,
        hostile: c.req.query('hostile') === '1',
        nonce,
      }),
    );
  });
}
