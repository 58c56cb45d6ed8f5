import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueSetupLink } from './invites.ts';
import { newAgent, signIn, tableCounts, type SignedIn } from '../testing/client.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';

let server: TestServer;
let admin: SignedIn & { email: string; password: string };

beforeAll(async () => {
  server = await startTestServer();
  admin = await newAgent(server, 'admin');
});
afterAll(() => server.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('sign-in', () => {
  it('sets an httpOnly, SameSite=Lax session cookie and returns the CSRF token', async () => {
    const response = await post('/api/auth/login', { email: admin.email.toUpperCase(), password: admin.password });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^lantern_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    const body = (await response.json()) as { agent: { email: string }; csrfToken: string };
    expect(body.agent.email).toBe(admin.email);
    expect(body.csrfToken.length).toBeGreaterThan(20);
    expect(JSON.stringify(body)).not.toMatch(/scrypt|password/i);
  });

  it('stores passwords as scrypt hashes and sessions only as digests', async () => {
    const row = server.database.sqlite.prepare('select password_hash from agents where email = ?').get(admin.email) as { password_hash: string };
    expect(row.password_hash).toMatch(/^scrypt\$\d+\$8\$1\$/);
    expect(row.password_hash).not.toContain(admin.password);
    const cookieValue = admin.cookie.split('=')[1] ?? '';
    const stored = server.database.sqlite.prepare('select id from sessions').all() as { id: string }[];
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.some((s) => s.id === cookieValue)).toBe(false);
  });

  it('answers the same way for a wrong password and an unknown email', async () => {
    const wrong = await post('/api/auth/login', { email: admin.email, password: 'not the password' });
    const unknown = await post('/api/auth/login', { email: 'nobody@lantern.test', password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it('locks an address+account pair after 10 failures with 429 and Retry-After, even for the right password', async () => {
    const victim = await newAgent(server, 'agent');
    for (let i = 0; i < 10; i += 1) {
      expect((await post('/api/auth/login', { email: victim.email, password: `guess ${i}` })).status).toBe(401);
    }
    const locked = await post('/api/auth/login', { email: victim.email, password: victim.password });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(500);
    expect(await locked.json()).toMatchObject({ error: { code: 'rate_limited' } });
    // Other accounts from the same address are not locked out by it.
    expect((await post('/api/auth/login', { email: admin.email, password: admin.password })).status).toBe(200);
  });

  it('logout ends the session for good', async () => {
    const session = await signIn(server, admin.email, admin.password);
    expect((await session.raw('/api/auth/me')).status).toBe(200);
    expect((await session.raw('/api/auth/logout', { method: 'POST' })).status).toBe(204);
    expect((await session.raw('/api/auth/me')).status).toBe(401);
    expect((await session.raw('/api/support/tickets')).status).toBe(401);
  });
});

describe('invites and setup', () => {
  it('an admin invites an agent, who sets a password once through the link', async () => {
    const { agent, inviteUrl } = await admin.api.agents.create({ name: 'Priya', email: 'priya@lantern.test' });
    expect(agent).toMatchObject({ role: 'agent', invitePending: true, active: true });
    const token = new URL(inviteUrl).searchParams.get('token') ?? '';
    expect(new URL(inviteUrl).pathname).toBe('/console/invite');

    expect(await (await fetch(`${server.url}/api/auth/invites/${token}`)).json()).toEqual({ purpose: 'invite', email: 'priya@lantern.test', name: 'Priya' });
    expect((await post('/api/auth/login', { email: 'priya@lantern.test', password: 'anything-at-all' })).status).toBe(401);

    const weak = await post('/api/auth/accept-invite', { token, password: 'short' });
    expect(weak.status).toBe(422);
    expect(await weak.json()).toMatchObject({ error: { fields: { password: expect.stringContaining('at least') } } });

    const accepted = await post('/api/auth/accept-invite', { token, password: 'a long enough password' });
    expect(accepted.status).toBe(200);
    expect(accepted.headers.get('set-cookie')).toMatch(/lantern_session=/);
    expect((await post('/api/auth/accept-invite', { token, password: 'a long enough password' })).status).toBe(404);
    expect((await post('/api/auth/login', { email: 'priya@lantern.test', password: 'a long enough password' })).status).toBe(200);
  });

  it('a new invite link replaces the old one', async () => {
    const { agent, inviteUrl: first } = await admin.api.agents.create({ name: 'Tom', email: 'tom@lantern.test' });
    const { inviteUrl: second } = await admin.api.agents.reinvite(agent.id);
    const token = (url: string) => new URL(url).searchParams.get('token') ?? '';
    expect((await post('/api/auth/accept-invite', { token: token(first), password: 'a long enough password' })).status).toBe(404);
    expect((await post('/api/auth/accept-invite', { token: token(second), password: 'a long enough password' })).status).toBe(200);
  });

  it('the setup link creates the first admin only while there is none', async () => {
    const token = new URL(issueSetupLink(server.database.db, server.url)).searchParams.get('token') ?? '';
    const before = tableCounts(server);
    const refused = await post('/api/auth/setup', { token, name: 'Mallory', email: 'mallory@evil.test', password: 'a long enough password' });
    expect(refused.status).toBe(409);
    expect(tableCounts(server).agents).toBe(before.agents);
    expect((await post('/api/auth/setup', { token: 'made-up', name: 'M', email: 'm@evil.test', password: 'a long enough password' })).status).toBe(404);
  });

  it('refuses to create two agents with one email', async () => {
    const response = await admin.raw('/api/support/agents', { method: 'POST', body: JSON.stringify({ name: 'Again', email: admin.email }) });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: { code: 'conflict', fields: { email: 'is already used' } } });
  });
});

describe('agent management', () => {
  it('deactivating an agent signs them out everywhere and blocks sign-in and their API tokens', async () => {
    const agent = await newAgent(server, 'admin', 'Leaving Admin');
    const token = await agent.api.apiTokens.create({ name: 'Their integration' });
    await admin.api.agents.update(agent.agentId, { active: false });
    expect((await agent.raw('/api/auth/me')).status).toBe(401);
    expect((await post('/api/auth/login', { email: agent.email, password: agent.password })).status).toBe(401);
    const viaToken = await fetch(`${server.url}/api/support/tickets`, { headers: { authorization: `Bearer ${token.secret}` } });
    expect(viaToken.status).toBe(401);
    await admin.api.agents.update(agent.agentId, { active: true });
    expect((await post('/api/auth/login', { email: agent.email, password: agent.password })).status).toBe(200);
  });

  it('an admin cannot remove their own admin rights, so an active admin always remains', async () => {
    const self = await admin.raw(`/api/support/agents/${admin.agentId}`, { method: 'PATCH', body: JSON.stringify({ role: 'agent' }) });
    expect(self.status).toBe(422);
    const selfOff = await admin.raw(`/api/support/agents/${admin.agentId}`, { method: 'PATCH', body: JSON.stringify({ active: false }) });
    expect(selfOff.status).toBe(422);

    const fresh = await startTestServer();
    try {
      const only = await newAgent(fresh, 'admin');
      const second = await newAgent(fresh, 'admin');
      await second.api.agents.update(only.agentId, { role: 'agent' });
      const last = await second.raw(`/api/support/agents/${second.agentId}`, { method: 'PATCH', body: JSON.stringify({ role: 'agent' }) });
      expect(last.status).toBe(422);
      const agents = await second.api.agents.list();
      expect(agents.items.filter((a) => a.role === 'admin')).toHaveLength(1);
    } finally {
      await fresh.close();
    }
  });

  it('an agent promoted to admin gains admin routes on their existing session', async () => {
    const agent = await newAgent(server, 'agent');
    expect((await agent.raw('/api/support/api-tokens')).status).toBe(403);
    await admin.api.agents.update(agent.agentId, { role: 'admin' });
    expect((await agent.raw('/api/support/api-tokens')).status).toBe(200);
    await admin.api.agents.update(agent.agentId, { role: 'agent' });
    expect((await agent.raw('/api/support/api-tokens')).status).toBe(403);
  });
});

describe('own profile and password', () => {
  it('an agent renames themselves; an API token cannot', async () => {
    const me = await newAgent(server, 'agent', 'Old Name');
    const renamed = await me.api.auth.updateProfile({ name: 'New Name', avatarUrl: 'https://example.com/me.png' });
    expect(renamed).toMatchObject({ name: 'New Name', avatarUrl: 'https://example.com/me.png', role: 'agent' });
    const sneaky = await me.raw('/api/auth/me', { method: 'PATCH', body: JSON.stringify({ role: 'admin' }) });
    expect(sneaky.status).toBe(422);
    expect((await me.api.auth.me()).agent.role).toBe('agent');

    const token = await admin.api.apiTokens.create({ name: 'Bot' });
    const viaToken = await fetch(`${server.url}/api/auth/me`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token.secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Hijacked' }),
    });
    expect(viaToken.status).toBe(403);
  });

  it('changing the password needs the current one and signs out every other session', async () => {
    const me = await newAgent(server, 'agent');
    const elsewhere = await signIn(server, me.email, me.password);
    const wrong = await me.raw('/api/auth/password', { method: 'POST', body: JSON.stringify({ currentPassword: 'nope', newPassword: 'a brand new password' }) });
    expect(wrong.status).toBe(422);
    expect(await wrong.json()).toMatchObject({ error: { fields: { currentPassword: 'is not your current password' } } });
    expect((await elsewhere.raw('/api/auth/me')).status).toBe(200);

    await me.api.auth.changePassword({ currentPassword: me.password, newPassword: 'a brand new password' });
    expect((await me.raw('/api/auth/me')).status).toBe(200);
    expect((await elsewhere.raw('/api/auth/me')).status).toBe(401);
    expect((await post('/api/auth/login', { email: me.email, password: me.password })).status).toBe(401);
    expect((await post('/api/auth/login', { email: me.email, password: 'a brand new password' })).status).toBe(200);
  });

  it('a stolen session cannot guess the password: 10 wrong tries, then 429', async () => {
    const me = await newAgent(server, 'agent');
    for (let i = 0; i < 10; i += 1) {
      const response = await me.raw('/api/auth/password', { method: 'POST', body: JSON.stringify({ currentPassword: `guess ${i}`, newPassword: 'a brand new password' }) });
      expect(response.status).toBe(422);
    }
    const locked = await me.raw('/api/auth/password', { method: 'POST', body: JSON.stringify({ currentPassword: me.password, newPassword: 'a brand new password' }) });
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBeTruthy();
  });
});
