import { count } from 'drizzle-orm';
import { systemActor } from '../audit/log.ts';
import type { Db } from '../db/open.ts';
import { sites } from '../db/schema.ts';
import { createSite } from './queries.ts';

/** A fresh install gets one site, allowed on Lantern's own origin, so /demo works at once. */
export async function ensureFirstSite(db: Db, publicUrl: string): Promise<void> {
  if ((db.select({ n: count() }).from(sites).get()?.n ?? 0) > 0) return;
  await createSite(
    db,
    {
      name: 'My website',
      allowedOrigins: [new URL(publicUrl).origin],
      themeColor: '#4f46e5',
      greeting: 'Hi! How can we help?',
      position: 'bottom-right',
    },
    systemActor,
  );
}
