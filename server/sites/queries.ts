import { asc, eq } from 'drizzle-orm';
import type { CreateSiteInput, Site, UpdateSiteInput } from '../../shared/schemas/sites.ts';
import type { Db } from '../db/open.ts';
import { sites } from '../db/schema.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import { notFound } from '../lib/errors.ts';
import { changedFields, definedOnly } from '../lib/changes.ts';
import { randomToken, uuidv7 } from '../lib/ids.ts';

type SiteRow = typeof sites.$inferSelect;

export function toSite(row: SiteRow): Site {
  return {
    id: row.id,
    name: row.name,
    publicKey: row.publicKey,
    allowedOrigins: row.allowedOrigins,
    themeColor: row.themeColor,
    greeting: row.greeting,
    position: row.position,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listSites(db: Db): Promise<Site[]> {
  return db.select().from(sites).orderBy(asc(sites.createdAt)).all().map(toSite);
}

export async function getSite(db: Db, id: string): Promise<Site> {
  const row = db.select().from(sites).where(eq(sites.id, id)).get();
  if (!row) throw notFound('Site');
  return toSite(row);
}

export async function findSiteByPublicKey(db: Db, publicKey: string): Promise<Site | null> {
  const row = db.select().from(sites).where(eq(sites.publicKey, publicKey)).get();
  return row ? toSite(row) : null;
}

/** Input is already validated (shared/schemas/sites.ts), defaults applied. */
export async function createSite(db: Db, input: Required<CreateSiteInput>, actor: Actor): Promise<Site> {
  const now = new Date();
  const row: SiteRow = {
    id: uuidv7(),
    name: input.name,
    publicKey: randomToken('pk_', 18),
    allowedOrigins: input.allowedOrigins,
    themeColor: input.themeColor,
    greeting: input.greeting,
    position: input.position,
    createdAt: now,
    updatedAt: now,
  };
  db.transaction((tx) => {
    tx.insert(sites).values(row).run();
    recordAudit(tx, actor, 'site.created', 'site', row.id, { name: row.name });
  });
  return toSite(row);
}

export async function updateSite(db: Db, id: string, input: UpdateSiteInput, actor: Actor): Promise<Site> {
  return db.transaction((tx) => {
    const before = tx.select().from(sites).where(eq(sites.id, id)).get();
    if (!before) throw notFound('Site');
    const patch = definedOnly(input);
    const after: SiteRow = { ...before, ...patch, updatedAt: new Date() };
    tx.update(sites).set(after).where(eq(sites.id, id)).run();
    recordAudit(tx, actor, 'site.updated', 'site', id, changedFields(before, after, Object.keys(patch)));
    return toSite(after);
  });
}

export async function deleteSite(db: Db, id: string, actor: Actor): Promise<void> {
  db.transaction((tx) => {
    const before = tx.select().from(sites).where(eq(sites.id, id)).get();
    if (!before) throw notFound('Site');
    tx.delete(sites).where(eq(sites.id, id)).run();
    recordAudit(tx, actor, 'site.deleted', 'site', id, { name: before.name });
  });
}
