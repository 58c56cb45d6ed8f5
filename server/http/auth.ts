import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { timingSafeEqual } from 'node:crypto';
import type { AgentRole } from '../../shared/schemas/agents.ts';
import { principalFromSession, sessionCookie } from '../auth/sessions.ts';
import type { Db } from '../db/open.ts';
import { AppError } from '../lib/errors.ts';
import { principalFromApiToken } from '../tokens/queries.ts';
import type { AppEnv } from './env.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Finds the caller: `Authorization: Bearer lt_…` for integrations, else the session cookie.
 * Cookie-authenticated writes must echo the session's CSRF token in X-CSRF-Token: SameSite=Lax
 * already stops most cross-site posts, the token stops the rest (e.g. from a sibling subdomain).
 * Bearer requests carry no ambient credential, so they need no CSRF token.
 */
export function authenticate(db: Db): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const principal = match?.[1] ? await principalFromApiToken(db, match[1]) : null;
      if (!principal) throw new AppError('unauthenticated', 'The API token is not valid or was revoked');
      c.set('principal', principal);
      return next();
    }
    const token = getCookie(c, sessionCookie);
    const principal = token ? await principalFromSession(db, token) : null;
    if (principal && principal.via.kind === 'session' && !safeMethods.has(c.req.method)) {
      const sent = c.req.header('x-csrf-token') ?? '';
      if (!sameSecret(sent, principal.via.csrfToken)) {
        throw new AppError('csrf_failed', 'Missing or wrong X-CSRF-Token header; reload the console and try again');
      }
    }
    c.set('principal', principal);
    return next();
  };
}

/** Refuses anonymous callers, and callers below `role`. */
export function requireRole(role: AgentRole): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal');
    if (!principal) throw new AppError('unauthenticated', 'Sign in first');
    if (role === 'admin' && principal.role !== 'admin') throw new AppError('forbidden', 'Only admins can do this');
    return next();
  };
}

export const requireAgent = requireRole('agent');
export const requireAdmin = requireRole('admin');

/** The principal of a request that passed `requireRole`. */
export function principalOf(c: { get(key: 'principal'): AppEnv['Variables']['principal'] }) {
  const principal = c.get('principal');
  if (!principal) throw new AppError('unauthenticated', 'Sign in first');
  return principal;
}
