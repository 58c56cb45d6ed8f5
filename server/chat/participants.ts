import { eq } from 'drizzle-orm';
import type { Queryable } from '../db/open.ts';
import { agents, sites } from '../db/schema.ts';
import type { Participant } from '../rooms/store.ts';
import { readChatToken } from './tokens.ts';

/**
 * Who holds a chat token. Agents are looked up on every use, so deactivating one ends their access
 * at once; visitors only need their site to still exist.
 */
export function participantFromToken(db: Queryable, secret: string, token: string, now = Date.now()): Participant | null {
  const claims = readChatToken(secret, token, now);
  if (!claims) return null;
  if (claims.k === 'a') {
    const agent = db.select().from(agents).where(eq(agents.id, claims.agent)).get();
    if (!agent || agent.disabledAt) return null;
    return { kind: 'agent', agentId: agent.id, name: agent.name, avatarUrl: agent.avatarUrl, role: agent.role };
  }
  const site = db.select({ id: sites.id }).from(sites).where(eq(sites.id, claims.site)).get();
  if (!site) return null;
  return { kind: 'visitor', siteId: claims.site, visitorId: claims.visitor, verified: claims.verified };
}
