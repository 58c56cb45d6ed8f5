import { Hono } from 'hono';
import { cannedResponseListQuery, createCannedResponseInput, updateCannedResponseInput } from '../../shared/schemas/canned.ts';
import { actorOf } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { principalOf, requireAdmin } from '../http/auth.ts';
import type { AppEnv } from '../http/env.ts';
import { readId, readJson, readQuery } from '../http/validate.ts';
import { createCannedResponse, deleteCannedResponse, listCannedResponses, updateCannedResponse } from './queries.ts';

/** Every agent uses canned responses in chats; admins write them, so the team speaks with one voice. */
export function cannedResponseRoutes({ database }: Deps) {
  const { db } = database;
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json({ items: await listCannedResponses(db, readQuery(c, cannedResponseListQuery)) }))
    .post('/', requireAdmin, async (c) => {
      const input = await readJson(c, createCannedResponseInput);
      const principal = principalOf(c);
      const creator = { id: principal.agent.id, name: principal.agent.name };
      return c.json(await createCannedResponse(db, input, creator, actorOf(principal)), 201);
    })
    .patch('/:id', requireAdmin, async (c) => {
      const id = readId(c);
      const input = await readJson(c, updateCannedResponseInput);
      return c.json(await updateCannedResponse(db, id, input, actorOf(principalOf(c))));
    })
    .delete('/:id', requireAdmin, async (c) => {
      await deleteCannedResponse(db, readId(c), actorOf(principalOf(c)));
      return c.body(null, 204);
    });
}
