import { Hono } from 'hono';
import { createTicketInput, createTicketMessageInput, ticketListQuery, updateTicketInput } from '../../shared/schemas/tickets.ts';
import { listActivity } from '../audit/log.ts';
import { actorOf } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { principalOf } from '../http/auth.ts';
import type { AppEnv } from '../http/env.ts';
import { readId, readJson, readQuery } from '../http/validate.ts';
import { listTickets } from './list.ts';
import { addMessage, listMessages } from './messages.ts';
import { createTicket, getTicket, updateTicket } from './queries.ts';

export function ticketRoutes({ database }: Deps) {
  const { db } = database;
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(await listTickets(db, readQuery(c, ticketListQuery), principalOf(c).agent.id)))
    .post('/', async (c) => {
      const input = await readJson(c, createTicketInput);
      return c.json(await createTicket(db, input, actorOf(principalOf(c))), 201);
    })
    .get('/:id', async (c) => c.json(await getTicket(db, readId(c))))
    .patch('/:id', async (c) => {
      const id = readId(c);
      const input = await readJson(c, updateTicketInput);
      return c.json(await updateTicket(db, id, input, actorOf(principalOf(c))));
    })
    .get('/:id/messages', async (c) => c.json({ items: await listMessages(db, readId(c)) }))
    .post('/:id/messages', async (c) => {
      const id = readId(c);
      const input = await readJson(c, createTicketMessageInput);
      const principal = principalOf(c);
      const author = { agentId: principal.agent.id, agentName: principal.agent.name, agentAvatarUrl: principal.agent.avatarUrl };
      return c.json(await addMessage(db, id, input, author, actorOf(principal)), 201);
    })
    .get('/:id/activity', async (c) => {
      const id = readId(c);
      await getTicket(db, id);
      return c.json({ items: await listActivity(db, { entityType: 'ticket', entityId: id, limit: 200 }) });
    });
}
