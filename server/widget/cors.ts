import type { Context } from 'hono';
import type { Config } from '../config.ts';
import { AppError } from '../lib/errors.ts';
import { isOriginAllowed } from './origin-policy.ts';

/**
 * Lets the calling page read the response if its origin may run the site's widget, else refuses
 * with 403 and no Access-Control-Allow-Origin. Requests without an Origin header (same-origin
 * GETs, curl, server-side fetches) are not cross-origin reads by a page, so they pass.
 * `config` is read now, not when the routes were built: publicUrl can change after start-up.
 */
export function allowSiteOrigin(c: Context, allowedOrigins: readonly string[], config: Config): void {
  const origin = c.req.header('origin');
  if (origin === undefined) return;
  if (!isOriginAllowed(origin, allowedOrigins, config.publicUrl)) {
    throw new AppError('origin_not_allowed', `This site's widget is not allowed on ${origin}; add the origin to the site in the console`);
  }
  c.header('access-control-allow-origin', origin);
}
