import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAgent, tableCounts, type SignedIn } from '../testing/client.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';

let server: TestServer;
let sam: SignedIn;

beforeAll(async () => {
  server = await startTestServer();
  sam = await newAgent(server, 'agent');
});
afterAll(() => server.close());

describe('customers', () => {
  it('creates, reads, updates (audited) and deletes a customer', async () => {
    const created = await sam.api.customers.create({
      name: '  Grace Hopper ',
      email: 'Grace@Navy.MIL',
      company: 'US Navy',
      industry: 'Government',
      companySize: '5000+',
      location: 'Arlington, VA',
      metadata: { plan: 'enterprise', seats: 40, trial: false },
    });
    expect(created).toMatchObject({ name: 'Grace Hopper', email: 'grace@navy.mil', companySize: '5000+', metadata: { seats: 40 } });
    expect(await sam.api.customers.get(created.id)).toEqual(created);

    const updated = await sam.api.customers.update(created.id, { company: 'Remington Rand', location: '' });
    expect(updated).toMatchObject({ company: 'Remington Rand', location: null, email: 'grace@navy.mil' });

    const audit = server.database.sqlite
      .prepare("select action, changes from audit_log where entity_id = ? order by created_at")
      .all(created.id) as { action: string; changes: string }[];
    expect(audit.map((a) => a.action)).toEqual(['customer.created', 'customer.updated']);
    expect(JSON.parse(audit[1]?.changes ?? '{}')).toEqual({ company: ['US Navy', 'Remington Rand'], location: ['Arlington, VA', null] });

    await sam.api.customers.remove(created.id);
    expect((await sam.raw(`/api/support/customers/${created.id}`)).status).toBe(404);
  });

  it('searches by name, email or company and pages in name order', async () => {
    const names = ['Ana Lima', 'Ben Carter', 'Chloé Dubois', 'Dev Patel', 'Eve Stone'];
    for (const [i, name] of names.entries()) {
      await sam.api.customers.create({ name, email: `c${i}@shop${i % 2}.test`, company: i === 3 ? 'Patel & Sons' : 'Globex' });
    }
    const byCompany = await sam.api.customers.list({ q: 'patel & s' });
    expect(byCompany.items.map((c) => c.name)).toEqual(['Dev Patel']);
    const byEmail = await sam.api.customers.list({ q: '@shop1.test' });
    expect(byEmail.items.map((c) => c.name)).toEqual(['Ben Carter', 'Dev Patel']);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await sam.api.customers.list({ q: 'globex', limit: 2, cursor });
      seen.push(...page.items.map((c) => c.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['Ana Lima', 'Ben Carter', 'Chloé Dubois', 'Eve Stone']);
  });

  it("lists a customer's tickets and refuses to delete a customer who has some", async () => {
    const customer = await sam.api.customers.create({ name: 'With Tickets' });
    const ticket = await sam.api.tickets.create({ subject: 'Help', description: 'please', customerId: customer.id });
    const theirs = await sam.api.customers.tickets(customer.id);
    expect(theirs.items.map((t) => t.id)).toEqual([ticket.id]);
    const before = tableCounts(server);
    const response = await sam.raw(`/api/support/customers/${customer.id}`, { method: 'DELETE' });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: { code: 'conflict' } });
    expect(tableCounts(server)).toEqual(before);
  });

  it('refuses duplicate emails, bad fields and unknown ids, writing nothing', async () => {
    await sam.api.customers.create({ name: 'Unique', email: 'unique@example.com' });
    const cases: [string, string, unknown, number, string?][] = [
      ['POST', '/api/support/customers', { name: 'Copy', email: 'UNIQUE@example.com' }, 409, 'email'],
      ['POST', '/api/support/customers', { name: 'X', email: 'not-an-email' }, 422, 'email'],
      ['POST', '/api/support/customers', { name: 'X', companySize: 'huge' }, 422, 'companySize'],
      ['POST', '/api/support/customers', { name: 'X', metadata: { nested: { no: true } } }, 422, 'metadata.nested'],
      ['POST', '/api/support/customers', { name: 'X', metadata: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i])) }, 422, 'metadata'],
      ['POST', '/api/support/customers', { name: 'x'.repeat(201) }, 422, 'name'],
      ['POST', '/api/support/customers', { email: 'a@b.co' }, 422, 'name'],
      ['PATCH', '/api/support/customers/01900000-0000-7000-8000-000000000000', { name: 'Ghost' }, 404],
      ['GET', '/api/support/customers/01900000-0000-7000-8000-000000000000/tickets', undefined, 404],
    ];
    for (const [method, path, body, status, field] of cases) {
      const before = tableCounts(server);
      const response = await sam.raw(path, { method, body: body === undefined ? undefined : JSON.stringify(body) });
      expect(response.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(status);
      const json = (await response.json()) as { error: { fields?: Record<string, string> } };
      if (field) expect(json.error.fields, JSON.stringify(json)).toHaveProperty([field]);
      expect(tableCounts(server)).toEqual(before);
    }
  });
});
