import { Hono } from 'hono';
import { createSiteInput, updateSiteInput } from '../../shared/schemas/sites.ts';
import { actorOf } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { principalOf, requireAdmin } from '../http/auth.ts';
import type { AppEnv } from '../http/env.ts';
import { readId, readJson } from '../http/validate.ts';
import { createSite, deleteSite, getSite, listSites, rotateIdentitySecret, updateSite } from './queries.ts';

/**
 * Agents may read sites (for the embed snippet); admins manage them. Only admins see a site's
 * identity secret: with it anyone could sign identify() calls as any customer.
 */
export function siteRoutes({ database }: Deps) {
  const { db } = database;
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json({ items: await listSites(db, { withSecret: principalOf(c).role === 'admin' }) }))
    .get('/:id', async (c) => c.json(await getSite(db, readId(c), { withSecret: principalOf(c).role === 'admin' })))
    .post('/', requireAdmin, async (c) => {
      const input = await readJson(c, createSiteInput);
      return c.json(await createSite(db, input, actorOf(principalOf(c))), 201);
    })
    .patch('/:id', requireAdmin, async (c) => {
      const id = readId(c);
      const input = await readJson(c, updateSiteInput);
      return c.json(await updateSite(db, id, input, actorOf(principalOf(c))));
    })
    .post('/:id/identity-secret/rotate', requireAdmin, async (c) => {
      return c.json(await rotateIdentitySecret(db, readId(c), actorOf(principalOf(c))));
    })
    .delete('/:id', requireAdmin, async (c) => {
      await deleteSite(db, readId(c), actorOf(principalOf(c)));
      return c.body(null, 204);
    });
}
