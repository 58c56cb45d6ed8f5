import { and, eq, ne } from 'drizzle-orm';
import type { Agent, UpdateProfileInput } from '../../shared/schemas/agents.ts';
import { findAgentRow, toAgent } from '../agents/queries.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import type { Db } from '../db/open.ts';
import { agents, sessions } from '../db/schema.ts';
import { changedFields, definedOnly } from '../lib/changes.ts';
import { invalid, notFound } from '../lib/errors.ts';
import { hashPassword, verifyPassword } from './password.ts';

export async function updateProfile(db: Db, agentId: string, input: UpdateProfileInput, actor: Actor): Promise<Agent> {
  return db.transaction((tx) => {
    const before = findAgentRow(tx, agentId);
    if (!before) throw notFound('Agent');
    const patch = definedOnly(input);
    const after = { ...before, ...patch };
    tx.update(agents).set(patch).where(eq(agents.id, agentId)).run();
    const changes = changedFields(before, after, Object.keys(patch));
    if (Object.keys(changes).length) recordAudit(tx, actor, 'agent.updated', 'agent', agentId, changes);
    return toAgent(after);
  });
}

/**
 * Checks the current password, stores the new one and signs the agent out everywhere else:
 * whoever knew the old password must not keep a session made with it.
 */
export async function changePassword(
  db: Db,
  agentId: string,
  input: { currentPassword: string; newPassword: string },
  keepSessionId: string,
  actor: Actor,
): Promise<void> {
  const agent = findAgentRow(db, agentId);
  if (!agent?.passwordHash) throw notFound('Agent');
  if (!(await verifyPassword(input.currentPassword, agent.passwordHash))) {
    throw invalid({ currentPassword: 'is not your current password' });
  }
  const passwordHash = await hashPassword(input.newPassword);
  db.transaction((tx) => {
    tx.update(agents).set({ passwordHash }).where(eq(agents.id, agentId)).run();
    tx.delete(sessions).where(and(eq(sessions.agentId, agentId), ne(sessions.id, keepSessionId))).run();
    recordAudit(tx, actor, 'agent.password_changed', 'agent', agentId);
  });
}
