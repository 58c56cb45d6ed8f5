import { Hono } from 'hono';
import { resolve } from 'node:path';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../http/env.ts';
import { cacheForever, cacheRevalidate, fileResponse } from '../http/static.ts';
import { roomsConnectSources } from '../rooms/connect-sources.ts';

// The console talks only to its own origin and the chat rooms; nothing else may run in or frame it.
const consolePolicy = (roomsUrl: string) => [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' https: data:",
  `connect-src 'self' ${roomsConnectSources(roomsUrl)}`,
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** Serves the built console SPA at /console/, every unknown path below it falling back to index.html. */
export function consoleRoutes({ assetsDir, config }: Deps) {
  const root = resolve(assetsDir, 'console');
  const app = new Hono<AppEnv>();
  app.get('/', (c) => c.redirect('/console/'));
  app.get('/console', (c) => c.redirect('/console/'));
  app.get('/console/*', (c) => {
    const path = decodeURIComponent(c.req.path.slice('/console/'.length));
    if (path.startsWith('assets/')) {
      return fileResponse(c, root, path, { 'cache-control': cacheForever }) ?? c.notFound();
    }
    const page = fileResponse(c, root, 'index.html', {
      'cache-control': cacheRevalidate,
      'content-security-policy': consolePolicy(config.roomsUrl),
    });
    return page ?? c.text('The console is not built yet. Run `npm run build`, then restart.', 503);
  });
  return app;
}
