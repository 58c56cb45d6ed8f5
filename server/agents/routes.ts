import { Hono } from 'hono';
import { createAgentInput, updateAgentInput } from '../../shared/schemas/agents.ts';
import { actorOf } from '../auth/principal.ts';
import { deleteAgentSessions } from '../auth/sessions.ts';
import type { Deps } from '../deps.ts';
import { principalOf, requireAdmin } from '../http/auth.ts';
import type { AppEnv } from '../http/env.ts';
import { readId, readJson } from '../http/validate.ts';
import { inviteAgent, reinviteAgent } from './invite.ts';
import { listAgents, updateAgent } from './queries.ts';

/** Every agent sees the team (to assign tickets); only admins change it. */
export function agentRoutes({ database, config }: Deps) {
  const { db } = database;
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json({ items: await listAgents(db) }))
    .post('/', requireAdmin, async (c) => {
      const input = await readJson(c, createAgentInput);
      return c.json(await inviteAgent(db, input, actorOf(principalOf(c)), config.publicUrl), 201);
    })
    .patch('/:id', requireAdmin, async (c) => {
      const id = readId(c);
      const input = await readJson(c, updateAgentInput);
      const principal = principalOf(c);
      const agent = await updateAgent(db, id, input, { ...actorOf(principal), agentId: principal.agent.id });
      if (!agent.active) await deleteAgentSessions(db, id);
      return c.json(agent);
    })
    .post('/:id/invite', requireAdmin, async (c) => {
      return c.json(await reinviteAgent(db, readId(c), actorOf(principalOf(c)), config.publicUrl));
    });
}
