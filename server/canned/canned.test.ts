import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../shared/errors.ts';
import type { CannedResponse } from '../../shared/schemas/canned.ts';
import { newAgent, tableCounts, type SignedIn } from '../testing/client.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';

let server: TestServer;
let admin: SignedIn;
let agent: SignedIn;

beforeAll(async () => {
  server = await startTestServer();
  admin = await newAgent(server, 'admin', 'Ada Admin');
  agent = await newAgent(server, 'agent', 'Sam Agent');
});
afterAll(() => server.close());

const auditOf = (id: string) =>
  server.database.sqlite
    .prepare('select action, actor_id as actorId, changes from audit_log where entity_id = ? order by id')
    .all(id) as Array<{ action: string; actorId: string; changes: string }>;

const post = (who: SignedIn, body: unknown) =>
  who.raw('/api/support/canned-responses', { method: 'POST', body: JSON.stringify(body) });

describe('canned responses', () => {
  let refund: CannedResponse;

  it('admins create them; the slash and capitals of a shortcut are dropped; the write is audit-logged', async () => {
    refund = await admin.api.cannedResponses.create({
      shortcut: '/Refund',
      title: 'Refund policy',
      body: 'Hi {{customer.first_name | there}}, refunds take 5 days.',
    });
    expect(refund).toMatchObject({
      shortcut: 'refund',
      title: 'Refund policy',
      body: 'Hi {{customer.first_name | there}}, refunds take 5 days.',
      createdBy: { id: admin.agentId, name: 'Ada Admin' },
    });
    expect(auditOf(refund.id)).toEqual([
      { action: 'canned_response.created', actorId: admin.agentId, changes: JSON.stringify({ shortcut: 'refund', title: 'Refund policy' }) },
    ]);
  });

  it('agents list them ordered by shortcut, and filter by shortcut or title prefix', async () => {
    await admin.api.cannedResponses.create({ shortcut: 'hours', title: 'Opening hours', body: 'We are open 9–5.' });
    await admin.api.cannedResponses.create({ shortcut: 'ref_eu', title: 'EU refunds', body: 'EU customers have 14 days.' });
    await admin.api.cannedResponses.create({ shortcut: 'thanks', title: 'Thank you', body: 'Thanks, {{customer.name}}!' });

    const shortcuts = async (q?: string) => (await agent.api.cannedResponses.list(q === undefined ? {} : { q })).items.map((r) => r.shortcut);
    expect(await shortcuts()).toEqual(['hours', 'ref_eu', 'refund', 'thanks']);
    expect(await shortcuts('ref')).toEqual(['ref_eu', 'refund']);
    expect(await shortcuts('/REF')).toEqual(['ref_eu', 'refund']);
    expect(await shortcuts('open')).toEqual(['hours']);
    expect(await shortcuts('eu')).toEqual(['ref_eu']);
    // `_` and `%` are plain characters, not wildcards.
    expect(await shortcuts('ref_')).toEqual(['ref_eu']);
    expect(await shortcuts('%')).toEqual([]);
    expect(await shortcuts('nothing-like-it')).toEqual([]);
  });

  it('refuses a shortcut already in use with 409 on the field, case and slash notwithstanding', async () => {
    const before = tableCounts(server);
    const response = await post(admin, { shortcut: '/REFUND', title: 'Another', body: 'x' });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: { code: 'conflict', fields: { shortcut: 'is already used by another response' } } });
    expect(tableCounts(server)).toEqual(before);
  });

  it('refuses bad input with 422 and a message per field', async () => {
    const cases: Array<[unknown, string]> = [
      [{ shortcut: 'two words', title: 'T', body: 'B' }, 'shortcut'],
      [{ shortcut: 'café', title: 'T', body: 'B' }, 'shortcut'],
      [{ shortcut: 'a.b', title: 'T', body: 'B' }, 'shortcut'],
      [{ shortcut: '/', title: 'T', body: 'B' }, 'shortcut'],
      [{ shortcut: '', title: 'T', body: 'B' }, 'shortcut'],
      [{ shortcut: 'x'.repeat(33), title: 'T', body: 'B' }, 'shortcut'],
      [{ shortcut: 'ok', title: '', body: 'B' }, 'title'],
      [{ shortcut: 'ok', title: 'T', body: '   ' }, 'body'],
      [{ shortcut: 'ok', title: 'T', body: 'b'.repeat(4001) }, 'body'],
      [{ shortcut: 'ok', title: 'T', body: 'B', createdBy: 'me' }, 'createdBy'],
      [{ title: 'T', body: 'B' }, 'shortcut'],
    ];
    for (const [body, field] of cases) {
      const before = tableCounts(server);
      const response = await post(admin, body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      const { error } = (await response.json()) as ApiErrorBody;
      expect(Object.keys(error.fields ?? {}), JSON.stringify(body)).toContain(field);
      expect(tableCounts(server)).toEqual(before);
    }
    // The limits themselves are fine.
    const longest = await admin.api.cannedResponses.create({ shortcut: 'x'.repeat(32), title: 'Long', body: 'b'.repeat(4000) });
    await admin.api.cannedResponses.remove(longest.id);
  });

  it('admins edit them: a rename to a free shortcut works, to a taken one is a 409; changes are audit-logged', async () => {
    const edited = await admin.api.cannedResponses.update(refund.id, { shortcut: '/refunds', body: 'Refunds take 3 days.' });
    expect(edited).toMatchObject({ id: refund.id, shortcut: 'refunds', title: 'Refund policy', body: 'Refunds take 3 days.' });
    expect(Date.parse(edited.updatedAt)).toBeGreaterThanOrEqual(Date.parse(refund.updatedAt));
    // Keeping its own shortcut is not a conflict.
    expect((await admin.api.cannedResponses.update(refund.id, { shortcut: 'refunds', title: 'Refunds' })).title).toBe('Refunds');

    const taken = await admin.raw(`/api/support/canned-responses/${refund.id}`, { method: 'PATCH', body: JSON.stringify({ shortcut: 'hours' }) });
    expect(taken.status).toBe(409);
    expect(await taken.json()).toMatchObject({ error: { fields: { shortcut: 'is already used by another response' } } });

    const bad = await admin.raw(`/api/support/canned-responses/${refund.id}`, { method: 'PATCH', body: JSON.stringify({ title: '' }) });
    expect(bad.status).toBe(422);

    const actions = auditOf(refund.id).map((entry) => [entry.action, JSON.parse(entry.changes)]);
    expect(actions).toEqual([
      ['canned_response.created', { shortcut: 'refund', title: 'Refund policy' }],
      ['canned_response.updated', { shortcut: ['refund', 'refunds'], body: ['Hi {{customer.first_name | there}}, refunds take 5 days.', 'Refunds take 3 days.'] }],
      ['canned_response.updated', { title: ['Refund policy', 'Refunds'] }],
    ]);
  });

  it('lets agents read but not write (403, nothing stored)', async () => {
    expect((await agent.api.cannedResponses.list()).items.length).toBeGreaterThan(0);
    const before = tableCounts(server);
    const attempts = [
      post(agent, { shortcut: 'sneaky', title: 'T', body: 'B' }),
      agent.raw(`/api/support/canned-responses/${refund.id}`, { method: 'PATCH', body: JSON.stringify({ body: 'changed' }) }),
      agent.raw(`/api/support/canned-responses/${refund.id}`, { method: 'DELETE' }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
    expect(tableCounts(server)).toEqual(before);
    expect((await agent.api.cannedResponses.list({ q: 'refunds' })).items[0]?.body).toBe('Refunds take 3 days.');
  });

  it('admins delete them; unknown ids are 404', async () => {
    await admin.api.cannedResponses.remove(refund.id);
    expect((await agent.api.cannedResponses.list({ q: 'refunds' })).items).toEqual([]);
    expect(auditOf(refund.id).at(-1)?.action).toBe('canned_response.deleted');
    for (const [method, body] of [['PATCH', '{"title":"x"}'], ['DELETE', undefined]] as const) {
      const response = await admin.raw(`/api/support/canned-responses/${refund.id}`, { method, body });
      expect(response.status).toBe(404);
    }
    expect((await admin.raw('/api/support/canned-responses/not-an-id', { method: 'DELETE' })).status).toBe(404);
  });

  it('validates the query', async () => {
    expect((await agent.raw('/api/support/canned-responses?q=a&q=b')).status).toBe(422);
    expect((await agent.raw(`/api/support/canned-responses?q=${'a'.repeat(201)}`)).status).toBe(422);
    expect((await agent.raw('/api/support/canned-responses?limit=5')).status).toBe(422);
  });
});
