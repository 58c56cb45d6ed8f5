import { Hono, type Context } from 'hono';
import { sitePublicKey } from '../../shared/schemas/sites.ts';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../http/env.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { AppError } from '../lib/errors.ts';
import { allowSiteOrigin } from './cors.ts';
import { widgetKnowledgeRoutes } from './knowledge-routes.ts';
import { rateLimitByIp } from './rate-limit.ts';
import { findWidgetSite } from './site-config.ts';

// Every page view of every embedding site asks once; 300 a minute leaves room for a busy office
// behind one NAT address while capping what one client can make the database do.
const requestsPerMinute = 300;
// Long enough to spare the server on busy pages, short enough that a changed colour shows soon.
const configCache = 'public, max-age=60';
const preflightMaxAgeSeconds = 600;

function readSiteKey(c: Context): string {
  const key = c.req.param('key') ?? '';
  if (!sitePublicKey.safeParse(key).success) {
    throw new AppError('validation_failed', 'That is not a site key; copy it from the console (it starts with pk_)', {
      key: 'must be a site key',
    });
  }
  return key;
}

/** Public endpoints the embedded widget calls from customers' pages. */
export function widgetRoutes(deps: Deps, knowledge: KnowledgeBase) {
  const { database, config } = deps;
  const { db } = database;
  return new Hono<AppEnv>()
    .use('/sites/*', async (c, next) => {
      // Answers differ by Origin (allowed or not), so shared caches must key on it, errors included.
      c.header('vary', 'Origin');
      return next();
    })
    .use('/sites/*', rateLimitByIp(config, requestsPerMinute, 60_000))
    .get('/sites/:key', async (c) => {
      const site = await findWidgetSite(db, readSiteKey(c));
      allowSiteOrigin(c, site.allowedOrigins, config);
      c.header('cache-control', configCache);
      return c.json(site.config);
    })
    .options('/sites/:key', async (c) => {
      // fetchWidgetSite sends a simple GET, which needs no preflight; this serves clients that add headers.
      const site = await findWidgetSite(db, readSiteKey(c));
      allowSiteOrigin(c, site.allowedOrigins, config);
      c.header('access-control-allow-methods', 'GET');
      c.header('access-control-max-age', String(preflightMaxAgeSeconds));
      return c.body(null, 204);
    })
    // The knowledge base: same key check and origin policy as the config, for every method.
    .use('/sites/:key/knowledge/*', async (c, next) => {
      const site = await findWidgetSite(db, readSiteKey(c));
      allowSiteOrigin(c, site.allowedOrigins, config);
      return next();
    })
    .options('/sites/:key/knowledge/*', (c) => {
      // The widget's JSON POSTs (views, votes) are preflighted; its GETs are simple requests.
      c.header('access-control-allow-methods', 'GET, POST');
      c.header('access-control-allow-headers', 'content-type');
      c.header('access-control-max-age', String(preflightMaxAgeSeconds));
      return c.body(null, 204);
    })
    .route('/sites/:key/knowledge', widgetKnowledgeRoutes(deps, knowledge));
}
