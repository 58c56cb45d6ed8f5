import { Hono } from 'hono';
import { createCustomerInput, customerListQuery, updateCustomerInput } from '../../shared/schemas/customers.ts';
import { checkTicketListQuery, ticketListFields } from '../../shared/schemas/tickets.ts';
import { actorOf } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { principalOf } from '../http/auth.ts';
import type { AppEnv } from '../http/env.ts';
import { readId, readJson, readQuery } from '../http/validate.ts';
import { listTickets } from '../tickets/list.ts';
import { createCustomer, deleteCustomer, getCustomer, listCustomers, updateCustomer } from './queries.ts';

const customerTicketsQuery = ticketListFields.omit({ customerId: true }).superRefine(checkTicketListQuery);

export function customerRoutes({ database }: Deps) {
  const { db } = database;
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(await listCustomers(db, readQuery(c, customerListQuery))))
    .post('/', async (c) => {
      const input = await readJson(c, createCustomerInput);
      return c.json(await createCustomer(db, input, actorOf(principalOf(c))), 201);
    })
    .get('/:id', async (c) => c.json(await getCustomer(db, readId(c))))
    .patch('/:id', async (c) => {
      const id = readId(c);
      const input = await readJson(c, updateCustomerInput);
      return c.json(await updateCustomer(db, id, input, actorOf(principalOf(c))));
    })
    .delete('/:id', async (c) => {
      await deleteCustomer(db, readId(c), actorOf(principalOf(c)));
      return c.body(null, 204);
    })
    .get('/:id/tickets', async (c) => {
      const id = readId(c);
      await getCustomer(db, id);
      const query = readQuery(c, customerTicketsQuery);
      return c.json(await listTickets(db, { ...query, customerId: id }, principalOf(c).agent.id));
    });
}
