import { Hono } from 'hono';
import { createApiTokenInput } from '../../shared/schemas/tokens.ts';
import { actorOf } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { principalOf, requireAdmin } from '../http/auth.ts';
import type { AppEnv } from '../http/env.ts';
import { readId, readJson } from '../http/validate.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './queries.ts';

export function apiTokenRoutes({ database }: Deps) {
  const { db } = database;
  return new Hono<AppEnv>()
    .use(requireAdmin)
    .get('/', async (c) => c.json({ items: await listApiTokens(db) }))
    .post('/', async (c) => {
      const { name } = await readJson(c, createApiTokenInput);
      const principal = principalOf(c);
      return c.json(await createApiToken(db, name, principal.agent, actorOf(principal)), 201);
    })
    .delete('/:id', async (c) => {
      await revokeApiToken(db, readId(c), actorOf(principalOf(c)));
      return c.body(null, 204);
    });
}
