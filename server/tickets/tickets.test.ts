import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/http.ts';
import type { Customer } from '../../shared/schemas/customers.ts';
import type { Ticket } from '../../shared/schemas/tickets.ts';
import { newAgent, tableCounts, type SignedIn } from '../testing/client.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';

let server: TestServer;
let ada: SignedIn;
let sam: SignedIn;
let alice: Customer;
let bob: Customer;

beforeAll(async () => {
  server = await startTestServer();
  ada = await newAgent(server, 'admin', 'Ada');
  sam = await newAgent(server, 'agent', 'Sam');
  alice = await ada.api.customers.create({ name: 'Alice Moreau', email: 'alice@example.com', company: 'Moreau SARL' });
  bob = await ada.api.customers.create({ name: 'Bob Okafor', email: 'bob@example.com' });
});
afterAll(() => server.close());

async function rejected(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('ticket lifecycle', () => {
  let ticket: Ticket;

  it('creates a ticket with a number, defaults and an SLA due time', async () => {
    ticket = await sam.api.tickets.create({
      subject: 'Invoice shows the wrong VAT rate',
      description: 'My March invoice charges 21% instead of 20%.',
      customerId: alice.id,
      priority: 'high',
      tags: ['Billing', 'billing', 'vat'],
    });
    expect(ticket).toMatchObject({
      subject: 'Invoice shows the wrong VAT rate',
      status: 'open',
      priority: 'high',
      channel: 'web',
      tags: ['billing', 'vat'],
      customer: { id: alice.id, name: 'Alice Moreau', email: 'alice@example.com' },
      assignee: null,
      firstResponseAt: null,
      resolvedAt: null,
    });
    expect(ticket.number).toBeGreaterThan(0);
    expect(Date.parse(ticket.slaDueAt ?? '') - Date.parse(ticket.createdAt)).toBe(4 * 60 * 60 * 1000);
    const next = await sam.api.tickets.create({ subject: 'Second', description: 'x', customerId: bob.id });
    expect(next.number).toBe(ticket.number + 1);
  });

  it('an internal note does not count as the first response; the first public reply does', async () => {
    const note = await sam.api.tickets.addMessage(ticket.id, { body: 'Looks like the 2025 rate table.', internal: true });
    expect(note.message.internal).toBe(true);
    expect(note.ticket.firstResponseAt).toBeNull();

    const reply = await sam.api.tickets.addMessage(ticket.id, { body: 'Thanks Alice, we are on it.' });
    expect(reply.message.author).toMatchObject({ type: 'agent', name: 'Sam' });
    expect(reply.ticket.firstResponseAt).toBe(reply.message.createdAt);

    const later = await ada.api.tickets.addMessage(ticket.id, { body: 'Corrected invoice attached.' });
    expect(later.ticket.firstResponseAt).toBe(reply.message.createdAt);
  });

  it('resolving sets resolved_at; reopening clears it; a customer reply reopens a pending ticket', async () => {
    const resolved = await sam.api.tickets.update(ticket.id, { status: 'resolved' });
    expect(resolved.resolvedAt).not.toBeNull();
    const closed = await sam.api.tickets.update(ticket.id, { status: 'closed' });
    expect(closed.resolvedAt).toBe(resolved.resolvedAt);

    const reopened = await sam.api.tickets.update(ticket.id, { status: 'pending' });
    expect(reopened.resolvedAt).toBeNull();

    const customerReply = await sam.api.tickets.addMessage(ticket.id, { body: 'Still wrong, sorry!', authorCustomerId: alice.id });
    expect(customerReply.message.author).toMatchObject({ type: 'customer', id: alice.id, name: 'Alice Moreau' });
    expect(customerReply.ticket.status).toBe('open');

    const replyAndResolve = await sam.api.tickets.addMessage(ticket.id, { body: 'Fixed for good.', status: 'resolved' });
    expect(replyAndResolve.ticket.status).toBe('resolved');
    expect(replyAndResolve.ticket.resolvedAt).toBe(replyAndResolve.message.createdAt);
  });

  it('updates priority (moving the SLA), assignee and tags', async () => {
    const updated = await ada.api.tickets.update(ticket.id, { priority: 'urgent', assigneeId: sam.agentId, tags: ['vip'] });
    expect(updated.priority).toBe('urgent');
    expect(Date.parse(updated.slaDueAt ?? '') - Date.parse(updated.createdAt)).toBe(60 * 60 * 1000);
    expect(updated.assignee).toMatchObject({ id: sam.agentId, name: 'Sam' });
    expect(updated.tags).toEqual(['vip']);
    const unassigned = await ada.api.tickets.update(ticket.id, { assigneeId: null });
    expect(unassigned.assignee).toBeNull();
  });

  it('lists the conversation in order, notes flagged', async () => {
    const { items } = await sam.api.tickets.messages(ticket.id);
    expect(items.map((m) => [m.author.type, m.internal, m.body])).toEqual([
      ['agent', true, 'Looks like the 2025 rate table.'],
      ['agent', false, 'Thanks Alice, we are on it.'],
      ['agent', false, 'Corrected invoice attached.'],
      ['customer', false, 'Still wrong, sorry!'],
      ['agent', false, 'Fixed for good.'],
    ]);
  });

  it('records every change in the audit log, with who and what', async () => {
    const { items } = await sam.api.tickets.activity(ticket.id);
    const actions = items.map((a) => a.action);
    expect(actions.filter((a) => a === 'ticket.created')).toHaveLength(1);
    expect(actions.filter((a) => a === 'ticket.note_added')).toHaveLength(1);
    expect(actions.filter((a) => a === 'ticket.reply_added')).toHaveLength(3);
    expect(actions.filter((a) => a === 'ticket.customer_message_added')).toHaveLength(1);
    const priorityChange = items.find((a) => a.action === 'ticket.updated' && 'priority' in a.changes);
    expect(priorityChange).toMatchObject({ actor: { type: 'agent', name: 'Ada' }, changes: { priority: ['high', 'urgent'] } });
    const assignments = items.filter((a) => a.action === 'ticket.updated' && 'assigneeId' in a.changes).map((a) => a.changes.assigneeId);
    expect(assignments).toEqual([
      [sam.agentId, null],
      [null, sam.agentId],
    ]);
  });
});

describe('ticket list', () => {
  const subjects = ['Cannot reset my password', 'Parcel arrived damaged', 'Refund for duplicate charge', 'Password email never arrives', 'Export to CSV fails'];
  const created: Ticket[] = [];

  beforeAll(async () => {
    for (const [i, subject] of subjects.entries()) {
      created.push(
        await ada.api.tickets.create({
          subject,
          description: `Details for ticket ${i}. Crème brûlée 50% off.`,
          customerId: i % 2 ? bob.id : alice.id,
          priority: (['low', 'medium', 'high', 'urgent', 'medium'] as const)[i],
          channel: (['email', 'chat', 'phone', 'web', 'email'] as const)[i],
          tags: i === 2 ? ['refund', 'billing'] : [],
          assigneeId: i < 2 ? sam.agentId : null,
          status: i === 4 ? 'pending' : 'open',
        }),
      );
    }
  });

  const ids = (page: { items: Ticket[] }) => page.items.map((t) => t.subject);

  it('filters by status, priority, channel, assignee, customer, tag', async () => {
    expect(ids(await sam.api.tickets.list({ status: 'pending' }))).toEqual(['Export to CSV fails']);
    expect(ids(await sam.api.tickets.list({ priority: 'urgent', q: 'password' }))).toEqual(['Password email never arrives']);
    expect(ids(await sam.api.tickets.list({ channel: 'phone,chat', sort: 'created' }))).toEqual(['Parcel arrived damaged', 'Refund for duplicate charge']);
    expect(ids(await sam.api.tickets.list({ assignee: 'me', sort: 'created' }))).toEqual(['Cannot reset my password', 'Parcel arrived damaged']);
    expect(ids(await ada.api.tickets.list({ assignee: sam.agentId, sort: 'created' }))).toEqual(['Cannot reset my password', 'Parcel arrived damaged']);
    expect((await sam.api.tickets.list({ assignee: 'none' })).items.every((t) => t.assignee === null)).toBe(true);
    expect(ids(await sam.api.tickets.list({ tag: 'REFUND' }))).toEqual(['Refund for duplicate charge']);
    const bobs = await sam.api.customers.tickets(bob.id);
    expect(bobs.items.every((t) => t.customer.id === bob.id)).toBe(true);
  });

  it('searches subject and description words by prefix, accents folded, and by number and customer', async () => {
    expect(ids(await sam.api.tickets.list({ q: 'passw', sort: 'created' }))).toEqual(['Cannot reset my password', 'Password email never arrives']);
    expect((await sam.api.tickets.list({ q: 'creme brulee' })).items.length).toBe(5);
    expect(ids(await sam.api.tickets.list({ q: `#${created[1]?.number}` }))).toEqual(['Parcel arrived damaged']);
    expect((await sam.api.tickets.list({ q: 'okafor' })).items.every((t) => t.customer.id === bob.id)).toBe(true);
    // FTS syntax in user input is just text, never an error.
    expect((await sam.api.tickets.list({ q: '"unbalanced AND ( OR *' })).items).toEqual([]);
    expect((await sam.api.tickets.list({ q: '50%' })).items.length).toBe(5);
  });

  it('sorts by priority and pages with a cursor without skipping or repeating', async () => {
    const all: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await sam.api.tickets.list({ sort: '-priority', limit: 2, cursor });
      all.push(...page.items.map((t) => t.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const everything = await sam.api.tickets.list({ sort: '-priority', limit: 100 });
    expect(all).toEqual(everything.items.map((t) => t.id));
    expect(new Set(all).size).toBe(all.length);
    const ranks = everything.items.map((t) => ['low', 'medium', 'high', 'urgent'].indexOf(t.priority));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });
});

describe('overdue and activity', () => {
  it('lists overdue tickets (unanswered, active, past due) and counts them on the overview', async () => {
    const late = await sam.api.tickets.create({ subject: 'Waiting too long', description: 'x', customerId: bob.id, priority: 'urgent' });
    const answered = await sam.api.tickets.create({ subject: 'Answered late', description: 'x', customerId: bob.id, priority: 'urgent' });
    await sam.api.tickets.addMessage(answered.id, { body: 'On it' });
    const hourAgo = Date.now() - 60 * 60 * 1000;
    server.database.sqlite.prepare('update tickets set sla_due_at = ? where id in (?, ?)').run(hourAgo, late.id, answered.id);

    const overdue = await sam.api.tickets.list({ overdue: 'true' });
    expect(overdue.items.map((t) => t.id)).toEqual([late.id]);
    expect((await sam.api.overview()).overdue).toBe(1);
    await sam.api.tickets.update(late.id, { status: 'resolved' });
    expect((await sam.api.tickets.list({ overdue: 'true' })).items).toEqual([]);
    expect((await sam.api.overview()).overdue).toBe(0);
  });

  it("labels activity with the entity's current name and tells a relayed customer message from an agent reply", async () => {
    const ticket = await sam.api.tickets.create({ subject: 'Labelled', description: 'x', customerId: alice.id });
    await sam.api.tickets.addMessage(ticket.id, { body: 'From Alice', authorCustomerId: alice.id });
    const { items } = await sam.api.tickets.activity(ticket.id);
    expect(items.map((a) => a.action)).toEqual(['ticket.customer_message_added', 'ticket.created']);
    expect(items.every((a) => a.entityLabel === `#${ticket.number}`)).toBe(true);
    const feed = (await sam.api.overview()).recentActivity;
    expect(feed[0]).toMatchObject({ action: 'ticket.customer_message_added', entityLabel: `#${ticket.number}` });
  });
});

describe('bad input is refused with a clear error and writes nothing', () => {
  let ticket: Ticket;
  beforeAll(async () => {
    ticket = await sam.api.tickets.create({ subject: 'Target', description: 'x', customerId: alice.id });
  });

  const cases: { name: string; method: string; path: () => string; body: () => string; status: number; code: string; field?: string }[] = [
    { name: 'malformed JSON', method: 'POST', path: () => '/api/support/tickets', body: () => '{"subject": ', status: 400, code: 'invalid_json' },
    { name: 'unknown field', method: 'POST', path: () => '/api/support/tickets', body: () => JSON.stringify({ subject: 's', description: 'd', customerId: alice.id, owner: 'x' }), status: 422, code: 'validation_failed', field: 'owner' },
    { name: 'wrong type', method: 'POST', path: () => '/api/support/tickets', body: () => JSON.stringify({ subject: 42, description: 'd', customerId: alice.id }), status: 422, code: 'validation_failed', field: 'subject' },
    { name: 'too long subject', method: 'POST', path: () => '/api/support/tickets', body: () => JSON.stringify({ subject: 'x'.repeat(301), description: 'd', customerId: alice.id }), status: 422, code: 'validation_failed', field: 'subject' },
    { name: 'bad enum', method: 'POST', path: () => '/api/support/tickets', body: () => JSON.stringify({ subject: 's', description: 'd', customerId: alice.id, priority: 'critical' }), status: 422, code: 'validation_failed', field: 'priority' },
    { name: 'unknown customer id', method: 'POST', path: () => '/api/support/tickets', body: () => JSON.stringify({ subject: 's', description: 'd', customerId: '01900000-0000-7000-8000-000000000000' }), status: 422, code: 'validation_failed', field: 'customerId' },
    { name: 'unknown assignee', method: 'PATCH', path: () => `/api/support/tickets/${ticket.id}`, body: () => JSON.stringify({ assigneeId: '01900000-0000-7000-8000-000000000000' }), status: 422, code: 'validation_failed', field: 'assigneeId' },
    { name: 'empty patch', method: 'PATCH', path: () => `/api/support/tickets/${ticket.id}`, body: () => '{}', status: 422, code: 'validation_failed' },
    { name: 'satisfaction out of range', method: 'PATCH', path: () => `/api/support/tickets/${ticket.id}`, body: () => JSON.stringify({ satisfaction: 6 }), status: 422, code: 'validation_failed', field: 'satisfaction' },
    { name: 'unknown ticket', method: 'PATCH', path: () => '/api/support/tickets/01900000-0000-7000-8000-000000000000', body: () => JSON.stringify({ status: 'open' }), status: 404, code: 'not_found' },
    { name: 'not an id', method: 'GET', path: () => '/api/support/tickets/1%27%20or%201=1', body: () => '', status: 404, code: 'not_found' },
    { name: "another customer's id as author", method: 'POST', path: () => `/api/support/tickets/${ticket.id}/messages`, body: () => JSON.stringify({ body: 'hi', authorCustomerId: bob.id }), status: 422, code: 'validation_failed', field: 'authorCustomerId' },
    { name: 'customer internal note', method: 'POST', path: () => `/api/support/tickets/${ticket.id}/messages`, body: () => JSON.stringify({ body: 'hi', authorCustomerId: alice.id, internal: true }), status: 422, code: 'validation_failed', field: 'internal' },
    { name: 'empty message', method: 'POST', path: () => `/api/support/tickets/${ticket.id}/messages`, body: () => JSON.stringify({ body: '   ' }), status: 422, code: 'validation_failed', field: 'body' },
    { name: 'bad list filter', method: 'GET', path: () => '/api/support/tickets?status=open,nope', body: () => '', status: 422, code: 'validation_failed', field: 'status' },
    { name: 'unknown list parameter', method: 'GET', path: () => '/api/support/tickets?colour=red', body: () => '', status: 422, code: 'validation_failed', field: 'colour' },
    { name: 'repeated list parameter', method: 'GET', path: () => '/api/support/tickets?q=a&q=b', body: () => '', status: 422, code: 'validation_failed', field: 'q' },
    { name: 'forged cursor', method: 'GET', path: () => '/api/support/tickets?cursor=bm90LWEtY3Vyc29y', body: () => '', status: 422, code: 'validation_failed', field: 'cursor' },
    { name: 'limit too large', method: 'GET', path: () => '/api/support/tickets?limit=5000', body: () => '', status: 422, code: 'validation_failed', field: 'limit' },
    { name: 'not JSON content type', method: 'POST', path: () => '/api/support/tickets', body: () => 'subject=s', status: 415, code: 'unsupported_media_type' },
  ];

  it.each(cases)('$name → $status $code', async ({ method, path, body: makeBody, status, code, field }) => {
    const before = tableCounts(server);
    const body = makeBody();
    const headers = body.startsWith('subject=') ? { 'content-type': 'application/x-www-form-urlencoded' } : undefined;
    const response = await sam.raw(path(), { method, body: method === 'GET' ? undefined : body, headers });
    expect(response.status).toBe(status);
    const json = (await response.json()) as { error: { code: string; message: string; fields?: Record<string, string> } };
    expect(json.error.code).toBe(code);
    expect(json.error.message.length).toBeGreaterThan(5);
    if (field) expect(json.error.fields).toHaveProperty(field);
    expect(tableCounts(server)).toEqual(before);
  });

  it('the typed client surfaces field errors', async () => {
    const error = await rejected(sam.api.tickets.create({ subject: '', description: 'd', customerId: alice.id }));
    expect(error.status).toBe(422);
    expect(error.fields?.subject).toBe('is required');
  });

  it('a ticket update that fails midway leaves the ticket untouched', async () => {
    const before = await sam.api.tickets.get(ticket.id);
    const response = await sam.raw(`/api/support/tickets/${ticket.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ status: 'resolved', assigneeId: '01900000-0000-7000-8000-000000000000' }),
    });
    expect(response.status).toBe(422);
    expect(await sam.api.tickets.get(ticket.id)).toEqual(before);
  });
});

// Last: the server closes a connection whose oversized body it refused, which the client pool notices late.
describe('oversized bodies', () => {
  it('refuses bodies over the size limit with 413', async () => {
    const before = tableCounts(server);
    const response = await sam.raw('/api/support/tickets', { method: 'POST', body: JSON.stringify({ subject: 's', description: 'x'.repeat(1_100_000), customerId: alice.id }) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    expect(tableCounts(server)).toEqual(before);
  });

});
