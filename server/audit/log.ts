import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { ActivityEntry } from '../../shared/schemas/activity.ts';
import type { Queryable } from '../db/open.ts';
import { agents, apiTokens, auditLog, customers, sites, tickets } from '../db/schema.ts';
import { uuidv7 } from '../lib/ids.ts';

/** Who did something. Requests carry one; so will chat rooms and background jobs. */
export interface Actor {
  type: 'agent' | 'token' | 'customer' | 'system';
  id: string | null;
  name: string;
}

export const systemActor: Actor = { type: 'system', id: null, name: 'Lantern' };

/** Call inside the transaction that makes the change, so the log and the data never disagree. */
export function recordAudit(
  db: Queryable,
  actor: Actor,
  action: string,
  entityType: string,
  entityId: string,
  changes: Record<string, unknown> = {},
  at: Date = new Date(),
): void {
  db.insert(auditLog)
    .values({
      id: uuidv7(at.getTime()),
      actorType: actor.type,
      actorId: actor.id,
      actorName: actor.name,
      action,
      entityType,
      entityId,
      changes,
      createdAt: at,
    })
    .run();
}

type AuditRow = typeof auditLog.$inferSelect;

/** The entity's name as it is now, looked up per row (the log keeps ids; names change). */
const entityLabel = sql<string | null>`case ${auditLog.entityType}
  when 'ticket' then (select '#' || ${tickets.number} from ${tickets} where ${tickets.id} = ${auditLog.entityId})
  when 'customer' then (select ${customers.name} from ${customers} where ${customers.id} = ${auditLog.entityId})
  when 'agent' then (select ${agents.name} from ${agents} where ${agents.id} = ${auditLog.entityId})
  when 'site' then (select ${sites.name} from ${sites} where ${sites.id} = ${auditLog.entityId})
  when 'api_token' then (select ${apiTokens.name} from ${apiTokens} where ${apiTokens.id} = ${auditLog.entityId})
end`;

function toActivity(row: AuditRow & { entityLabel: string | null }): ActivityEntry {
  return {
    id: row.id,
    actor: { type: row.actorType, id: row.actorId, name: row.actorName },
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    entityLabel: row.entityLabel,
    changes: row.changes,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listActivity(
  db: Queryable,
  filter: { entityType?: string; entityId?: string; limit?: number } = {},
): Promise<ActivityEntry[]> {
  const conditions = [
    filter.entityType ? eq(auditLog.entityType, filter.entityType) : undefined,
    filter.entityId ? eq(auditLog.entityId, filter.entityId) : undefined,
  ].filter((c) => c !== undefined);
  return db
    .select({ ...getTableColumns(auditLog), entityLabel })
    .from(auditLog)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(filter.limit ?? 50)
    .all()
    .map(toActivity);
}
