import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../db/open.ts';
import { prepared } from '../db/per-connection.ts';
import { chatSessions, type chatMessages } from '../db/schema.ts';

export type SessionRow = typeof chatSessions.$inferSelect;
export type MessageRow = typeof chatMessages.$inferSelect;

const sessionById = prepared((db) =>
  db
    .select()
    .from(chatSessions)
    .where(eq(chatSessions.id, sql.placeholder('id')))
    .prepare(),
);

export function findSessionRow(db: Queryable, sessionId: string): SessionRow | undefined {
  return sessionById(db).get({ id: sessionId });
}
