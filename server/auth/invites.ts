import { and, eq, gt, isNull } from 'drizzle-orm';
import type { AcceptInviteInput, InviteInfo, SetupInput } from '../../shared/schemas/auth.ts';
import { countAgents, findAgentRow, insertAgent, type AgentRow } from '../agents/queries.ts';
import { recordAudit, systemActor } from '../audit/log.ts';
import type { Db, Queryable } from '../db/open.ts';
import { agents, oneTimeTokens } from '../db/schema.ts';
import { AppError, conflict } from '../lib/errors.ts';
import { sha256 } from '../lib/hash.ts';
import { randomToken } from '../lib/ids.ts';
import { hashPassword } from './password.ts';

const setupTtlMs = 24 * 60 * 60 * 1000;
const inviteTtlMs = 7 * 24 * 60 * 60 * 1000;

const expiredLink = () => new AppError('not_found', 'This link is not valid any more. Ask an admin for a new one.');

function issue(db: Queryable, purpose: 'setup' | 'invite', agentId: string | null, ttlMs: number): string {
  const secret = randomToken('', 24);
  const now = new Date();
  if (agentId) db.delete(oneTimeTokens).where(eq(oneTimeTokens.agentId, agentId)).run();
  db.insert(oneTimeTokens)
    .values({ id: sha256(secret), purpose, agentId, createdAt: now, expiresAt: new Date(now.getTime() + ttlMs), usedAt: null })
    .run();
  return secret;
}

/** The link that creates the first admin when Lantern starts with no agents and no admin configured. */
export function issueSetupLink(db: Queryable, publicUrl: string): string {
  return `${publicUrl}/console/setup?token=${issue(db, 'setup', null, setupTtlMs)}`;
}

export function issueInviteLink(db: Queryable, agentId: string, publicUrl: string): string {
  return `${publicUrl}/console/invite?token=${issue(db, 'invite', agentId, inviteTtlMs)}`;
}

function liveToken(db: Queryable, secret: string, purpose: 'setup' | 'invite') {
  return db
    .select()
    .from(oneTimeTokens)
    .where(
      and(
        eq(oneTimeTokens.id, sha256(secret)),
        eq(oneTimeTokens.purpose, purpose),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, new Date()),
      ),
    )
    .get();
}

export async function describeLink(db: Db, secret: string): Promise<InviteInfo> {
  const row = liveToken(db, secret, 'setup') ?? liveToken(db, secret, 'invite');
  if (!row) throw expiredLink();
  if (row.purpose === 'setup') return { purpose: 'setup', email: null, name: null };
  const agent = row.agentId ? findAgentRow(db, row.agentId) : undefined;
  if (!agent) throw expiredLink();
  return { purpose: 'invite', email: agent.email, name: agent.name };
}

export async function completeSetup(db: Db, input: SetupInput): Promise<AgentRow> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction((tx) => {
    const token = liveToken(tx, input.token, 'setup');
    if (!token) throw expiredLink();
    if (tx.select({ id: agents.id }).from(agents).limit(1).get()) throw conflict('Lantern is already set up');
    tx.update(oneTimeTokens).set({ usedAt: new Date() }).where(eq(oneTimeTokens.id, token.id)).run();
    return insertAgent(tx, { name: input.name, email: input.email, role: 'admin', passwordHash }, systemActor);
  });
}

export async function acceptInvite(db: Db, input: AcceptInviteInput): Promise<AgentRow> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction((tx) => {
    const token = liveToken(tx, input.token, 'invite');
    const agent = token?.agentId ? findAgentRow(tx, token.agentId) : undefined;
    if (!token || !agent || agent.disabledAt) throw expiredLink();
    const name = input.name ?? agent.name;
    tx.update(oneTimeTokens).set({ usedAt: new Date() }).where(eq(oneTimeTokens.id, token.id)).run();
    tx.update(agents).set({ passwordHash, name }).where(eq(agents.id, agent.id)).run();
    recordAudit(tx, { type: 'agent', id: agent.id, name }, 'agent.invite_accepted', 'agent', agent.id);
    return { ...agent, passwordHash, name };
  });
}

/** First start: an admin from the environment, or a setup link to print. Null when agents exist. */
export async function bootstrapAdmin(
  db: Db,
  admin: { email: string; password: string } | null,
  publicUrl: string,
): Promise<{ kind: 'created'; email: string } | { kind: 'setup-link'; url: string } | null> {
  if ((await countAgents(db)) > 0) return null;
  if (admin) {
    const passwordHash = await hashPassword(admin.password);
    db.transaction((tx) => insertAgent(tx, { name: 'Admin', email: admin.email, role: 'admin', passwordHash }, systemActor));
    return { kind: 'created', email: admin.email };
  }
  return { kind: 'setup-link', url: issueSetupLink(db, publicUrl) };
}
