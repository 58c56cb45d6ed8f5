import { asc, eq } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import type { CreateSiteInput, Site, UpdateSiteInput, WidgetMode } from '../../shared/schemas/sites.ts';
import type { Db } from '../db/open.ts';
import { sites } from '../db/schema.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import { notFound } from '../lib/errors.ts';
import { changedFields, definedOnly } from '../lib/changes.ts';
import { randomToken, uuidv7 } from '../lib/ids.ts';

type SiteRow = typeof sites.$inferSelect;

/** Whether a reader may see the identity secret: admins (and the server's own checks), never agents or API tokens. */
export interface SiteView {
  withSecret?: boolean;
}

/** 32 random bytes as hex, the same shape the migration gave existing sites: easy to paste into any backend. */
export const newIdentitySecret = () => randomBytes(32).toString('hex');

export function toSite(row: SiteRow, { withSecret = false }: SiteView = {}): Site {
  return {
    id: row.id,
    name: row.name,
    publicKey: row.publicKey,
    allowedOrigins: row.allowedOrigins,
    themeColor: row.themeColor,
    greeting: row.greeting,
    position: row.position,
    widgetMode: row.widgetMode,
    ...(withSecret ? { identitySecret: row.identitySecret } : {}),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listSites(db: Db, view: SiteView = {}): Promise<Site[]> {
  return db
    .select()
    .from(sites)
    .orderBy(asc(sites.createdAt))
    .all()
    .map((row) => toSite(row, view));
}

export async function getSite(db: Db, id: string, view: SiteView = {}): Promise<Site> {
  const row = db.select().from(sites).where(eq(sites.id, id)).get();
  if (!row) throw notFound('Site');
  return toSite(row, view);
}

export async function findSiteByPublicKey(db: Db, publicKey: string, view: SiteView = {}): Promise<Site | null> {
  const row = db.select().from(sites).where(eq(sites.publicKey, publicKey)).get();
  return row ? toSite(row, view) : null;
}

/** A validated create input with its defaults; the widget mode may be left out (it shows both panels). */
export type NewSite = Required<Omit<CreateSiteInput, 'widgetMode'>> & { widgetMode?: WidgetMode };

/** Input is already validated (shared/schemas/sites.ts), defaults applied. Returns the admin's view, secret included. */
export async function createSite(db: Db, input: NewSite, actor: Actor): Promise<Site> {
  const now = new Date();
  const row: SiteRow = {
    id: uuidv7(),
    name: input.name,
    publicKey: randomToken('pk_', 18),
    allowedOrigins: input.allowedOrigins,
    themeColor: input.themeColor,
    greeting: input.greeting,
    position: input.position,
    widgetMode: input.widgetMode ?? 'both',
    identitySecret: newIdentitySecret(),
    createdAt: now,
    updatedAt: now,
  };
  db.transaction((tx) => {
    tx.insert(sites).values(row).run();
    recordAudit(tx, actor, 'site.created', 'site', row.id, { name: row.name });
  });
  return toSite(row, { withSecret: true });
}

/** Admins edit sites, so the answer is the admin's view, secret included. */
export async function updateSite(db: Db, id: string, input: UpdateSiteInput, actor: Actor): Promise<Site> {
  return db.transaction((tx) => {
    const before = tx.select().from(sites).where(eq(sites.id, id)).get();
    if (!before) throw notFound('Site');
    const patch = definedOnly(input);
    const after: SiteRow = { ...before, ...patch, updatedAt: new Date() };
    tx.update(sites).set(after).where(eq(sites.id, id)).run();
    recordAudit(tx, actor, 'site.updated', 'site', id, changedFields(before, after, Object.keys(patch)));
    return toSite(after, { withSecret: true });
  });
}

/**
 * A new identity secret for the site (the old one leaked, or staff left). identify() hashes made
 * with the old one stop verifying at once; the audit entry says it happened, never what it was.
 */
export async function rotateIdentitySecret(db: Db, id: string, actor: Actor): Promise<Site> {
  return db.transaction((tx) => {
    const before = tx.select().from(sites).where(eq(sites.id, id)).get();
    if (!before) throw notFound('Site');
    const after: SiteRow = { ...before, identitySecret: newIdentitySecret(), updatedAt: new Date() };
    tx.update(sites).set({ identitySecret: after.identitySecret, updatedAt: after.updatedAt }).where(eq(sites.id, id)).run();
    recordAudit(tx, actor, 'site.identity_secret_rotated', 'site', id);
    return toSite(after, { withSecret: true });
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
