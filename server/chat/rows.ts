import { eq } from 'drizzle-orm';
import type { Queryable } from '../db/open.ts';
import { chatSessions, type chatMessages } from '../db/schema.ts';

export type SessionRow = typeof chatSessions.$inferSelect;
export type MessageRow = typeof chatMessages.$inferSelect;

export function findSessionRow(db: Queryable, sessionId: string): SessionRow | undefined {
  return db.select().from(chatSessions).where(eq(chatSessions.id, sessionId)).get();
}
