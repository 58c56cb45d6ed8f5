import { and, asc, count, eq, isNull, ne } from 'drizzle-orm';
import type { Agent, UpdateAgentInput } from '../../shared/schemas/agents.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import type { Db, Queryable } from '../db/open.ts';
import { agents } from '../db/schema.ts';
import { changedFields, definedOnly } from '../lib/changes.ts';
import { conflict, invalid, notFound } from '../lib/errors.ts';
import { uuidv7 } from '../lib/ids.ts';

export type AgentRow = typeof agents.$inferSelect;

export function toAgent(row: AgentRow): Agent {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    avatarUrl: row.avatarUrl,
    active: row.disabledAt === null,
    invitePending: row.passwordHash === null,
    canExport: row.canExport,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listAgents(db: Db): Promise<Agent[]> {
  return db.select().from(agents).orderBy(asc(agents.name)).all().map(toAgent);
}

export function findAgentRow(db: Queryable, id: string): AgentRow | undefined {
  return db.select().from(agents).where(eq(agents.id, id)).get();
}

export function findAgentByEmail(db: Queryable, email: string): AgentRow | undefined {
  return db.select().from(agents).where(eq(agents.email, email.toLowerCase())).get();
}

export async function countAgents(db: Db): Promise<number> {
  return db.select({ n: count() }).from(agents).get()?.n ?? 0;
}

/** Inserts an agent; the email must be free (checked here, enforced by the unique index). */
export function insertAgent(
  db: Queryable,
  input: { name: string; email: string; role: 'admin' | 'agent'; passwordHash: string | null },
  actor: Actor,
): AgentRow {
  if (findAgentByEmail(db, input.email)) throw conflict('An agent with this email already exists', { email: 'is already used' });
  const row: AgentRow = { id: uuidv7(), ...input, avatarUrl: null, createdAt: new Date(), disabledAt: null, canExport: false };
  db.insert(agents).values(row).run();
  recordAudit(db, actor, 'agent.created', 'agent', row.id, { name: row.name, email: row.email, role: row.role });
  return row;
}

/** Admins edit anyone; there must always stay one active admin, and nobody can lock themselves out. */
export async function updateAgent(db: Db, id: string, input: UpdateAgentInput, actor: Actor & { agentId: string }): Promise<Agent> {
  return db.transaction((tx) => {
    const before = findAgentRow(tx, id);
    if (!before) throw notFound('Agent');
    const { active, ...rest } = input;
    const patch: Partial<AgentRow> = definedOnly(rest);
    if (active !== undefined) patch.disabledAt = active ? null : (before.disabledAt ?? new Date());
    const after: AgentRow = { ...before, ...patch };
    if (id === actor.agentId && (after.disabledAt !== null || after.role !== 'admin') && before.role === 'admin') {
      throw invalid({ [active === false ? 'active' : 'role']: 'you cannot remove your own admin access' });
    }
    const losesAdmin = before.role === 'admin' && before.disabledAt === null && (after.role !== 'admin' || after.disabledAt !== null);
    if (losesAdmin) {
      const others = tx
        .select({ n: count() })
        .from(agents)
        .where(and(eq(agents.role, 'admin'), isNull(agents.disabledAt), ne(agents.id, id)))
        .get();
      if (!others?.n) throw conflict('Lantern needs at least one active admin');
    }
    tx.update(agents).set(patch).where(eq(agents.id, id)).run();
    const changes = changedFields(before, after, [...Object.keys(definedOnly(rest)), ...(active !== undefined ? ['disabledAt'] : [])]);
    if (Object.keys(changes).length) recordAudit(tx, actor, 'agent.updated', 'agent', id, changes);
    return toAgent(after);
  });
}
