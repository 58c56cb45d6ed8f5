import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Db } from '../db/open.ts';
import { agents, sessions } from '../db/schema.ts';
import { sha256 } from '../lib/hash.ts';
import { randomToken } from '../lib/ids.ts';
import type { Principal } from './principal.ts';

export const sessionCookie = 'lantern_session';
/** Sliding: every visit pushes expiry out again, so active agents stay signed in. */
export const sessionTtlMs = 30 * 24 * 60 * 60 * 1000;
const touchEveryMs = 10 * 60 * 1000;

export async function createSession(
  db: Db,
  agentId: string,
  meta: { ip: string | null; userAgent: string | null },
): Promise<{ token: string; csrfToken: string }> {
  const token = randomToken('', 32);
  const csrfToken = randomToken('', 24);
  const now = new Date();
  db.insert(sessions)
    .values({
      id: sha256(token),
      agentId,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + sessionTtlMs),
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    })
    .run();
  return { token, csrfToken };
}

/** The principal behind a session cookie, or null if unknown, expired, or the agent was deactivated. */
export async function principalFromSession(db: Db, token: string): Promise<Principal | null> {
  const now = new Date();
  const row = db
    .select({ session: sessions, agent: agents })
    .from(sessions)
    .innerJoin(agents, eq(agents.id, sessions.agentId))
    .where(and(eq(sessions.id, sha256(token)), gt(sessions.expiresAt, now), isNull(agents.disabledAt)))
    .get();
  if (!row) return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() > touchEveryMs) {
    db.update(sessions)
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + sessionTtlMs) })
      .where(eq(sessions.id, row.session.id))
      .run();
  }
  const { agent } = row;
  return {
    agent: { id: agent.id, name: agent.name, email: agent.email, role: agent.role, avatarUrl: agent.avatarUrl },
    role: agent.role,
    via: { kind: 'session', sessionId: row.session.id, csrfToken: row.session.csrfToken },
  };
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

export async function deleteAgentSessions(db: Db, agentId: string): Promise<void> {
  db.delete(sessions).where(eq(sessions.agentId, agentId)).run();
}

export async function deleteExpiredSessions(db: Db, now = new Date()): Promise<number> {
  return db.delete(sessions).where(lt(sessions.expiresAt, now)).run().changes;
}
