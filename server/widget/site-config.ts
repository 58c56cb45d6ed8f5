import type { WidgetSiteConfig } from '../../shared/schemas/sites.ts';
import type { Db } from '../db/open.ts';
import { notFound } from '../lib/errors.ts';
import { findSiteByPublicKey } from '../sites/queries.ts';

/** A site as the widget endpoint needs it: the public config, and who may ask for it. */
export interface WidgetSite {
  config: WidgetSiteConfig;
  allowedOrigins: string[];
}

export async function findWidgetSite(db: Db, publicKey: string): Promise<WidgetSite> {
  const site = await findSiteByPublicKey(db, publicKey);
  if (!site) throw notFound('Site');
  // Picked field by field, so a column added to sites later never reaches the public by accident.
  // The identity secret is never read here (findSiteByPublicKey leaves it out unless asked).
  const { name, themeColor, greeting, position, widgetMode } = site;
  return { config: { name, themeColor, greeting, position, mode: widgetMode }, allowedOrigins: site.allowedOrigins };
}
