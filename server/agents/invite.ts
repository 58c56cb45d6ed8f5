import type { CreateAgentInput, CreatedAgent } from '../../shared/schemas/agents.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import { issueInviteLink } from '../auth/invites.ts';
import type { Db } from '../db/open.ts';
import { notFound } from '../lib/errors.ts';
import { findAgentRow, insertAgent, toAgent } from './queries.ts';

/** Creates the agent without a password and returns the link they open to choose one. */
export async function inviteAgent(db: Db, input: Required<CreateAgentInput>, actor: Actor, publicUrl: string): Promise<CreatedAgent> {
  return db.transaction((tx) => {
    const row = insertAgent(tx, { ...input, passwordHash: null }, actor);
    return { agent: toAgent(row), inviteUrl: issueInviteLink(tx, row.id, publicUrl) };
  });
}

/** A fresh link (the old one stops working): for lost invites, or a password reset done by an admin. */
export async function reinviteAgent(db: Db, agentId: string, actor: Actor, publicUrl: string): Promise<CreatedAgent> {
  return db.transaction((tx) => {
    const row = findAgentRow(tx, agentId);
    if (!row) throw notFound('Agent');
    recordAudit(tx, actor, 'agent.invite_issued', 'agent', agentId);
    return { agent: toAgent(row), inviteUrl: issueInviteLink(tx, row.id, publicUrl) };
  });
}
