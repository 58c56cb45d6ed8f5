import { eq } from 'drizzle-orm';
import type { Queryable } from '../db/open.ts';
import { sites } from '../db/schema.ts';

/** What the chat's public routes need of a site, identity secret included (never sent anywhere). */
export interface ChatSite {
  id: string;
  allowedOrigins: string[];
  identitySecret: string;
  widgetMode: 'both' | 'chat' | 'help';
}

export function findChatSite(db: Queryable, publicKey: string): ChatSite | undefined {
  return db
    .select({ id: sites.id, allowedOrigins: sites.allowedOrigins, identitySecret: sites.identitySecret, widgetMode: sites.widgetMode })
    .from(sites)
    .where(eq(sites.publicKey, publicKey))
    .get();
}
