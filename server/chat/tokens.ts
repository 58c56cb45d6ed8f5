import { sameSecret, signFor } from './secrets.ts';

/**
 * Chat tokens: what widget and console present to the chat REST calls and the rooms (`?token=`).
 * Compact and stateless: `base64url(json claims).base64url(HMAC-SHA256)`, signed with the server
 * secret, expiring. Visitor tokens name the site and visitor they were issued for; agent tokens
 * name the agent, who is looked up again on every use (a deactivated agent's token stops working).
 */

export const visitorTokenTtlMs = 24 * 60 * 60 * 1000;
export const agentTokenTtlMs = 12 * 60 * 60 * 1000;

export interface VisitorClaims {
  k: 'v';
  site: string;
  visitor: string;
  verified: boolean;
  /** Expiry, Unix milliseconds. */
  exp: number;
}

export interface AgentClaims {
  k: 'a';
  agent: string;
  exp: number;
}

export type ChatTokenClaims = VisitorClaims | AgentClaims;

const purpose = 'chat-token';
/** Tokens travel in URLs; anything longer than this was not made here. */
const maxTokenLength = 1024;

function encode(claims: ChatTokenClaims, secret: string): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${signFor(secret, purpose, payload)}`;
}

export function issueVisitorToken(
  secret: string,
  visitor: { siteId: string; visitorId: string; verified: boolean },
  now = Date.now(),
): string {
  return encode({ k: 'v', site: visitor.siteId, visitor: visitor.visitorId, verified: visitor.verified, exp: now + visitorTokenTtlMs }, secret);
}

export function issueAgentToken(secret: string, agentId: string, now = Date.now()): string {
  return encode({ k: 'a', agent: agentId, exp: now + agentTokenTtlMs }, secret);
}

const isString = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 200;

function asClaims(value: unknown): ChatTokenClaims | null {
  if (typeof value !== 'object' || value === null) return null;
  const claims = value as Record<string, unknown>;
  if (typeof claims.exp !== 'number' || !Number.isFinite(claims.exp)) return null;
  if (claims.k === 'v' && isString(claims.site) && isString(claims.visitor) && typeof claims.verified === 'boolean') {
    return { k: 'v', site: claims.site, visitor: claims.visitor, verified: claims.verified, exp: claims.exp };
  }
  if (claims.k === 'a' && isString(claims.agent)) return { k: 'a', agent: claims.agent, exp: claims.exp };
  return null;
}

/** The token's claims, or null when it is malformed, forged (signature compared in constant time) or expired. */
export function readChatToken(secret: string, token: string, now = Date.now()): ChatTokenClaims | null {
  if (token.length > maxTokenLength) return null;
  const parts = token.split('.');
  if (parts.length !== 2) return null;
  const [payload = '', signature = ''] = parts;
  if (!sameSecret(signature, signFor(secret, purpose, payload))) return null;
  let claims: ChatTokenClaims | null;
  try {
    claims = asClaims(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    return null;
  }
  if (!claims || claims.exp <= now) return null;
  return claims;
}

/** A visitor token, or null for anything else (agent tokens included). */
export function readVisitorToken(secret: string, token: string, now = Date.now()): VisitorClaims | null {
  const claims = readChatToken(secret, token, now);
  return claims?.k === 'v' ? claims : null;
}
