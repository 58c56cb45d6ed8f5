import type { Context } from 'hono';
import { sitePublicKey } from '../../../shared/schemas/sites.ts';
import type { Deps } from '../../deps.ts';
import { bearerToken } from '../../http/bearer.ts';
import type { AppEnv } from '../../http/env.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { allowSiteOrigin } from '../../widget/cors.ts';
import type { VisitorParticipant } from '../access.ts';
import { findChatSite, type ChatSite } from '../site.ts';
import { readVisitorToken } from '../tokens.ts';

/**
 * Who a widget chat request comes from, for every widget chat route (chats, files, transcripts):
 * the site its `:key` names, from an origin that site allows, and the visitor its token names.
 */

/** The site of the request's `:key`, with its origin policy applied (CORS headers, 403 for other origins). */
export function chatSiteOf(c: Context<AppEnv>, deps: Pick<Deps, 'database' | 'config'>): ChatSite {
  const key = c.req.param('key') ?? '';
  if (!sitePublicKey.safeParse(key).success) throw new AppError('validation_failed', 'That is not a site key', { key: 'must be a site key' });
  const site = findChatSite(deps.database.db, key);
  if (!site) throw notFound('Site');
  allowSiteOrigin(c, site.allowedOrigins, deps.config);
  return site;
}

/** The visitor the request's Bearer token names, on this site; 401 for anything else (agent tokens too). */
export function visitorOf(c: Context, secret: string, site: Pick<ChatSite, 'id'>): VisitorParticipant {
  const token = bearerToken(c);
  const claims = token ? readVisitorToken(secret, token) : null;
  if (!claims || claims.site !== site.id) {
    throw new AppError('unauthenticated', 'Send the visitor token from POST …/chat/visitor as Authorization: Bearer (it expires after 24 hours)');
  }
  return { kind: 'visitor', siteId: claims.site, visitorId: claims.visitor, verified: claims.verified };
}
