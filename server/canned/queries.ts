import { asc, eq } from 'drizzle-orm';
import { filterCannedResponses } from '../../shared/chat/canned.ts';
import type { CannedResponse } from '../../shared/schemas/canned.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import type { Db, Queryable } from '../db/open.ts';
import { agents, cannedResponses } from '../db/schema.ts';
import { changedFields, definedOnly } from '../lib/changes.ts';
import { conflict, notFound } from '../lib/errors.ts';
import { uuidv7 } from '../lib/ids.ts';

type CannedRow = typeof cannedResponses.$inferSelect;
type Creator = { id: string; name: string } | null;

/** Validated inputs (shared/schemas/canned.ts): shortcut already without its slash, lowercased. */
export interface CannedFields {
  shortcut: string;
  title: string;
  body: string;
}

function toCannedResponse(row: CannedRow, creator: Creator): CannedResponse {
  return {
    id: row.id,
    shortcut: row.shortcut,
    title: row.title,
    body: row.body,
    createdBy: creator,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function selectWithCreator(db: Queryable) {
  return db
    .select({ row: cannedResponses, creator: { id: agents.id, name: agents.name } })
    .from(cannedResponses)
    .leftJoin(agents, eq(agents.id, cannedResponses.createdBy));
}

/** The shortcut is unique (and indexed so); say so on the field instead of failing on the index. */
function assertShortcutFree(db: Queryable, shortcut: string, exceptId?: string): void {
  const taken = db.select({ id: cannedResponses.id }).from(cannedResponses).where(eq(cannedResponses.shortcut, shortcut)).get();
  if (taken && taken.id !== exceptId) {
    throw conflict(`A canned response already uses /${shortcut}`, { shortcut: 'is already used by another response' });
  }
}

/**
 * Responses whose shortcut or title starts with `q`, ordered by shortcut. A team keeps tens to a few
 * hundred, so the filter runs on the list with the same function the composer's picker uses: both
 * always agree on what `/ref` finds, accents and case included.
 */
export async function listCannedResponses(db: Db, query: { q?: string | undefined } = {}): Promise<CannedResponse[]> {
  const all = selectWithCreator(db)
    .orderBy(asc(cannedResponses.shortcut))
    .all()
    .map(({ row, creator }) => toCannedResponse(row, creator));
  return query.q ? filterCannedResponses(all, query.q) : all;
}

export async function createCannedResponse(db: Db, input: CannedFields, creator: Creator, actor: Actor): Promise<CannedResponse> {
  const now = new Date();
  const row: CannedRow = { id: uuidv7(), ...input, createdBy: creator?.id ?? null, createdAt: now, updatedAt: now };
  db.transaction((tx) => {
    assertShortcutFree(tx, row.shortcut);
    tx.insert(cannedResponses).values(row).run();
    recordAudit(tx, actor, 'canned_response.created', 'canned_response', row.id, { shortcut: row.shortcut, title: row.title });
  });
  return toCannedResponse(row, creator);
}

export async function updateCannedResponse(db: Db, id: string, input: Partial<CannedFields>, actor: Actor): Promise<CannedResponse> {
  return db.transaction((tx) => {
    const before = tx.select().from(cannedResponses).where(eq(cannedResponses.id, id)).get();
    if (!before) throw notFound('Canned response');
    const patch = definedOnly(input);
    if (patch.shortcut !== undefined && patch.shortcut !== before.shortcut) assertShortcutFree(tx, patch.shortcut, id);
    const changes = changedFields(before, { ...before, ...patch }, Object.keys(patch));
    if (Object.keys(changes).length > 0) {
      tx.update(cannedResponses).set({ ...patch, updatedAt: new Date() }).where(eq(cannedResponses.id, id)).run();
      recordAudit(tx, actor, 'canned_response.updated', 'canned_response', id, changes);
    }
    // Read back through the same path as the list, creator's current name included.
    const found = selectWithCreator(tx).where(eq(cannedResponses.id, id)).get();
    if (!found) throw notFound('Canned response');
    return toCannedResponse(found.row, found.creator);
  });
}

export async function deleteCannedResponse(db: Db, id: string, actor: Actor): Promise<void> {
  db.transaction((tx) => {
    const before = tx.select().from(cannedResponses).where(eq(cannedResponses.id, id)).get();
    if (!before) throw notFound('Canned response');
    tx.delete(cannedResponses).where(eq(cannedResponses.id, id)).run();
    recordAudit(tx, actor, 'canned_response.deleted', 'canned_response', id, { shortcut: before.shortcut, title: before.title });
  });
}
