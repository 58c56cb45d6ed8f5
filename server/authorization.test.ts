import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { newAgent, tableCounts, type SignedIn } from './testing/client.ts';
import { startTestServer, type TestServer } from './testing/harness.ts';

/**
 * Every API route and who may call it. The first test fails when a route is added without an
 * entry here, so no endpoint ships without its authorization being tried.
 */
/** `rooms`: only callers holding the rooms secret (chat rooms hosted on PartyKit), never a cookie or API token. */
/** `exporter`: admins, and agents an admin gave `can_export` (API tokens: their creator's flag, with agent rights). */
type Access = 'public' | 'signed-in' | 'agent' | 'admin' | 'rooms' | 'exporter';
const policy: Record<string, Access> = {
  'GET /api/health': 'public',
  'GET /api/widget/sites/:key': 'public',
  'OPTIONS /api/widget/sites/:key': 'public',
  'OPTIONS /api/widget/sites/:key/knowledge/*': 'public',
  'GET /api/widget/sites/:key/knowledge/search': 'public',
  'GET /api/widget/sites/:key/knowledge/suggest': 'public',
  'GET /api/widget/sites/:key/knowledge/popular': 'public',
  'GET /api/widget/sites/:key/knowledge/articles/:locale/:slug': 'public',
  'POST /api/widget/sites/:key/knowledge/articles/:id/view': 'public',
  'POST /api/widget/sites/:key/knowledge/articles/:id/feedback': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'public',
  'GET /api/auth/me': 'signed-in',
  'PATCH /api/auth/me': 'signed-in',
  'POST /api/auth/password': 'signed-in',
  'GET /api/auth/invites/:token': 'public',
  'POST /api/auth/setup': 'public',
  'POST /api/auth/accept-invite': 'public',
  'GET /api/support/overview': 'agent',
  'GET /api/support/analytics/dashboard': 'agent',
  'GET /api/support/analytics/exports/tickets': 'exporter',
  'GET /api/support/analytics/exports/report': 'exporter',
  'GET /api/support/analytics/reports': 'agent',
  'POST /api/support/analytics/reports': 'admin',
  'PATCH /api/support/analytics/reports/:id': 'admin',
  'DELETE /api/support/analytics/reports/:id': 'admin',
  'GET /api/support/analytics/reports/:id/runs': 'agent',
  'POST /api/support/analytics/reports/:id/send': 'admin',
  'GET /api/support/analytics/tickets': 'agent',
  'GET /api/support/analytics/agents': 'agent',
  'GET /api/support/analytics/forecast': 'agent',
  'GET /api/support/analytics/customers': 'agent',
  'GET /api/support/analytics/stream': 'agent',
  'GET /api/support/tickets': 'agent',
  'POST /api/support/tickets': 'agent',
  'GET /api/support/tickets/:id': 'agent',
  'PATCH /api/support/tickets/:id': 'agent',
  'GET /api/support/tickets/:id/messages': 'agent',
  'POST /api/support/tickets/:id/messages': 'agent',
  'GET /api/support/tickets/:id/activity': 'agent',
  'GET /api/support/customers': 'agent',
  'POST /api/support/customers': 'agent',
  'GET /api/support/customers/:id': 'agent',
  'PATCH /api/support/customers/:id': 'agent',
  'DELETE /api/support/customers/:id': 'agent',
  'GET /api/support/customers/:id/tickets': 'agent',
  'GET /api/support/knowledge/articles': 'agent',
  'POST /api/support/knowledge/articles': 'agent',
  'GET /api/support/knowledge/articles/:id': 'agent',
  'PUT /api/support/knowledge/articles/:id': 'agent',
  'DELETE /api/support/knowledge/articles/:id': 'agent',
  'POST /api/support/knowledge/articles/:id/feedback': 'agent',
  'GET /api/support/knowledge/articles/:id/revisions': 'agent',
  'GET /api/support/knowledge/articles/:id/revisions/:version': 'agent',
  'POST /api/support/knowledge/articles/:id/revisions/:version/restore': 'agent',
  'GET /api/support/knowledge/articles/:id/diff': 'agent',
  'POST /api/support/knowledge/articles/:id/submit': 'agent',
  'POST /api/support/knowledge/articles/:id/approve': 'agent',
  'POST /api/support/knowledge/articles/:id/reject': 'agent',
  'POST /api/support/knowledge/articles/:id/publish': 'admin',
  'POST /api/support/knowledge/articles/:id/unpublish': 'admin',
  'POST /api/support/knowledge/articles/:id/archive': 'admin',
  'POST /api/support/knowledge/articles/:id/unarchive': 'admin',
  'POST /api/support/knowledge/articles/:id/translations': 'agent',
  'GET /api/support/knowledge/articles/:id/related': 'agent',
  'GET /api/support/knowledge/categories': 'agent',
  'POST /api/support/knowledge/categories': 'agent',
  'PATCH /api/support/knowledge/categories/:id': 'agent',
  'DELETE /api/support/knowledge/categories/:id': 'agent',
  'GET /api/support/knowledge/search': 'agent',
  'GET /api/support/knowledge/suggest': 'agent',
  'POST /api/support/knowledge/suggestions': 'agent',
  'GET /api/support/knowledge/attachments': 'agent',
  'POST /api/support/knowledge/attachments': 'agent',
  'DELETE /api/support/knowledge/attachments/:id': 'agent',
  'GET /api/support/agents': 'agent',
  'POST /api/support/agents': 'admin',
  'PATCH /api/support/agents/:id': 'admin',
  'POST /api/support/agents/:id/invite': 'admin',
  'GET /api/support/sites': 'agent',
  'GET /api/support/sites/:id': 'agent',
  'POST /api/support/sites': 'admin',
  'PATCH /api/support/sites/:id': 'admin',
  'DELETE /api/support/sites/:id': 'admin',
  'POST /api/support/sites/:id/identity-secret/rotate': 'admin',
  'GET /api/support/canned-responses': 'agent',
  'POST /api/support/canned-responses': 'admin',
  'PATCH /api/support/canned-responses/:id': 'admin',
  'DELETE /api/support/canned-responses/:id': 'admin',
  'GET /api/support/settings/team': 'agent',
  'PUT /api/support/settings/team': 'admin',
  'GET /api/support/api-tokens': 'admin',
  'POST /api/support/api-tokens': 'admin',
  'DELETE /api/support/api-tokens/:id': 'admin',
  'GET /api/support/chats/export': 'agent',
  'GET /api/support/chats/:id/transcript': 'agent',
  'POST /api/support/chats/:id/email': 'agent',
  'POST /api/support/chats/:id/convert': 'agent',
  // The visitor's chat token (Bearer) authorizes it, checked in the route: anonymous at this layer.
  'POST /api/widget/sites/:key/chat/sessions/:id/transcript': 'public',
  // Live chat. Widget calls carry the visitor's chat token (Bearer), checked in the routes.
  'OPTIONS /api/widget/sites/:key/chat/*': 'public',
  'POST /api/widget/sites/:key/chat/visitor': 'public',
  'GET /api/widget/sites/:key/chat/sessions': 'public',
  'POST /api/widget/sites/:key/chat/sessions': 'public',
  'POST /api/widget/sites/:key/chat/offline': 'public',
  'POST /api/widget/sites/:key/chat/sessions/:id/attachments': 'public',
  // The link's signature (?sig=) authorizes a chat file.
  'GET /api/chat-files/:id': 'public',
  'POST /api/support/chat/token': 'agent',
  'GET /api/support/chats': 'agent',
  'GET /api/support/chats/:id': 'agent',
  'GET /api/support/chats/:id/context': 'agent',
  'POST /api/support/chats/:id/attachments': 'agent',
  'POST /api/internal/rooms/:method': 'rooms',
};

const unknownId = '01900000-0000-7000-8000-000000000000';
const routes = Object.entries(policy).map(([key, access]) => {
  const [method = '', pattern = ''] = key.split(' ');
  return { key, method, pattern, access, path: pattern.replace(':id', unknownId).replace(':version', '1').replace(':token', 'not-a-token').replace(':key', 'pk_unknownunknownunknown') };
});
const guarded = routes.filter((r) => r.access === 'agent' || r.access === 'admin' || r.access === 'signed-in' || r.access === 'exporter');
const exporterOnly = routes.filter((r) => r.access === 'exporter');
const adminOnly = routes.filter((r) => r.access === 'admin');
const writes = routes.filter((r) => r.access !== 'public' && r.access !== 'rooms' && r.method !== 'GET');
const roomsOnly = routes.filter((r) => r.access === 'rooms');

let server: TestServer;
let admin: SignedIn;
let agent: SignedIn;
let tokenSecret: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await newAgent(server, 'admin');
  agent = await newAgent(server, 'agent');
  tokenSecret = (await admin.api.apiTokens.create({ name: 'Zapier' })).secret;
});
afterAll(() => server.close());

const send = (method: string, path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: method === 'GET' || method === 'OPTIONS' ? undefined : '{}',
  });

describe('authorization', () => {
  it('has a policy for every API route the app serves, and no stale ones', () => {
    const app = createApp(server.deps);
    const served = new Set(
      app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/')).map((r) => `${r.method} ${r.path}`),
    );
    expect([...served].filter((key) => !(key in policy))).toEqual([]);
    expect(Object.keys(policy).filter((key) => !served.has(key))).toEqual([]);
  });

  it.each(guarded)('$key refuses anonymous callers with 401', async ({ method, path }) => {
    const before = tableCounts(server);
    const response = await send(method, path);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    expect(tableCounts(server)).toEqual(before);
  });

  it.each(guarded)('$key refuses a forged session cookie with 401', async ({ method, path }) => {
    const response = await send(method, path, { cookie: 'lantern_session=forged-session-value', 'x-csrf-token': 'x' });
    expect(response.status).toBe(401);
  });

  it.each(adminOnly)('$key refuses a non-admin agent with 403', async ({ method, path }) => {
    const before = tableCounts(server);
    const response = await agent.raw(path, { method, body: method === 'GET' ? undefined : '{}' });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect(tableCounts(server)).toEqual(before);
  });

  it.each(adminOnly)("$key refuses an admin's API token with 403 (tokens never carry admin rights)", async ({ method, path }) => {
    const response = await send(method, path, { authorization: `Bearer ${tokenSecret}` });
    expect(response.status).toBe(403);
  });

  it.each(writes)('$key refuses a signed-in write without the CSRF token', async ({ method, path }) => {
    const before = tableCounts(server);
    for (const csrf of [undefined, 'wrong-token']) {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: { cookie: admin.cookie, 'content-type': 'application/json', ...(csrf ? { 'x-csrf-token': csrf } : {}) },
        body: '{}',
      });
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: 'csrf_failed' } });
    }
    expect(tableCounts(server)).toEqual(before);
  });

  it.each(roomsOnly)('$key refuses everyone without the rooms secret with 401, and writes nothing', async ({ method, path }) => {
    const before = tableCounts(server);
    const attempts: Record<string, string>[] = [{}, { authorization: `Bearer ${tokenSecret}` }, { authorization: 'Bearer not-the-rooms-secret' }, { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken }];
    for (const headers of attempts) {
      const response = await send(method, path, headers);
      expect(response.status).toBe(401);
    }
    expect(tableCounts(server)).toEqual(before);
  });

  it.each(exporterOnly)('$key refuses agents without can_export and API tokens of creators without it (403), and lets exporters in', async ({ method, path }) => {
    const before = tableCounts(server);
    const refused = await agent.raw(path, { method });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect((await send(method, path, { authorization: `Bearer ${tokenSecret}` })).status).toBe(403);
    expect(tableCounts(server)).toEqual(before);
    expect([401, 403]).not.toContain((await admin.raw(path, { method })).status);
    const exporter = await newAgent(server, 'agent', 'Erin Exporter');
    await admin.api.agents.update(exporter.agentId, { canExport: true });
    expect([401, 403]).not.toContain((await exporter.raw(path, { method })).status);
  });

  it('lets an agent reach every agent route (not 401/403)', async () => {
    for (const { method, path } of routes.filter((r) => r.access === 'agent' || r.access === 'signed-in')) {
      const response = await agent.raw(path, { method, body: method === 'GET' ? undefined : '{}' });
      expect([401, 403], `${method} ${path}`).not.toContain(response.status);
    }
  });

  it('accepts API tokens on agent routes without a CSRF token, and refuses garbage or revoked ones', async () => {
    const ok = await send('GET', '/api/support/tickets', { authorization: `Bearer ${tokenSecret}` });
    expect(ok.status).toBe(200);
    expect((await send('GET', '/api/support/tickets', { authorization: 'Bearer lt_made-up' })).status).toBe(401);
    expect((await send('GET', '/api/support/tickets', { authorization: 'Basic YWRtaW46YWRtaW4=' })).status).toBe(401);

    const created = await admin.api.apiTokens.create({ name: 'Short-lived' });
    expect((await send('GET', '/api/support/tickets', { authorization: `Bearer ${created.secret}` })).status).toBe(200);
    await admin.api.apiTokens.revoke(created.token.id);
    expect((await send('GET', '/api/support/tickets', { authorization: `Bearer ${created.secret}` })).status).toBe(401);
  });

  it('never lists token secrets', async () => {
    const list = await admin.api.apiTokens.list();
    expect(JSON.stringify(list)).not.toContain(tokenSecret);
    expect(list.items.find((t) => t.name === 'Zapier')?.prefix).toBe(tokenSecret.slice(0, 9));
  });
});
