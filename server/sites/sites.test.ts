import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAgent, tableCounts, type SignedIn } from '../testing/client.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';

let server: TestServer;
let admin: SignedIn;
let agent: SignedIn;

beforeAll(async () => {
  server = await startTestServer();
  admin = await newAgent(server, 'admin');
  agent = await newAgent(server, 'agent');
});
afterAll(() => server.close());

describe('sites', () => {
  it('a fresh install has one site allowed on its own origin', async () => {
    const { items } = await agent.api.sites.list();
    expect(items).toHaveLength(1);
    expect(items[0]?.allowedOrigins).toEqual([server.url]);
    expect(items[0]?.publicKey).toMatch(/^pk_[\w-]{20,}$/);
  });

  it('admins create and edit sites; origins are normalised; keys are unique', async () => {
    const site = await admin.api.sites.create({ name: 'Shop', allowedOrigins: ['https://shop.example.com/', 'http://localhost:3000'] });
    expect(site).toMatchObject({ allowedOrigins: ['https://shop.example.com', 'http://localhost:3000'], themeColor: '#4f46e5', position: 'bottom-right' });
    const other = await admin.api.sites.create({ name: 'Blog' });
    expect(other.publicKey).not.toBe(site.publicKey);
    const edited = await admin.api.sites.update(site.id, { themeColor: '#0f766e', position: 'bottom-left', greeting: 'Hello there' });
    expect(edited).toMatchObject({ themeColor: '#0f766e', position: 'bottom-left', greeting: 'Hello there', publicKey: site.publicKey });
    await admin.api.sites.remove(other.id);
    expect((await agent.raw(`/api/support/sites/${other.id}`)).status).toBe(404);
  });

  it('shows the identity secret to admins only; agents and API tokens get the site without it', async () => {
    const site = await admin.api.sites.create({ name: 'Secretive' });
    expect(site.identitySecret).toMatch(/^[0-9a-f]{64}$/);
    expect((await admin.api.sites.get(site.id)).identitySecret).toBe(site.identitySecret);
    expect((await admin.api.sites.list()).items.find((s) => s.id === site.id)?.identitySecret).toBe(site.identitySecret);

    const asAgent = await agent.api.sites.get(site.id);
    expect(asAgent).toMatchObject({ id: site.id, name: 'Secretive', widgetMode: 'both' });
    expect('identitySecret' in asAgent).toBe(false);
    const agentList = await agent.raw('/api/support/sites');
    expect(await agentList.text()).not.toContain(site.identitySecret);

    const { secret } = await admin.api.apiTokens.create({ name: 'Integration' });
    const viaToken = await fetch(`${server.url}/api/support/sites/${site.id}`, { headers: { authorization: `Bearer ${secret}` } });
    expect(viaToken.status).toBe(200);
    expect(await viaToken.text()).not.toContain(site.identitySecret);

    // Every site has its own.
    const other = await admin.api.sites.create({ name: 'Other' });
    expect(other.identitySecret).not.toBe(site.identitySecret);
    // The sites the migration and first start made have one too.
    const [first] = (await admin.api.sites.list()).items;
    expect(first?.identitySecret).toMatch(/^[0-9a-f]{64}$/);
  });

  it('admins set the widget mode; it is validated', async () => {
    const site = await admin.api.sites.create({ name: 'Modes', widgetMode: 'help' });
    expect(site.widgetMode).toBe('help');
    expect((await admin.api.sites.update(site.id, { widgetMode: 'chat' })).widgetMode).toBe('chat');
    expect((await agent.api.sites.get(site.id)).widgetMode).toBe('chat');
    const bad = await admin.raw(`/api/support/sites/${site.id}`, { method: 'PATCH', body: JSON.stringify({ widgetMode: 'video' }) });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ error: { fields: { widgetMode: expect.any(String) } } });
    const byAgent = await agent.raw(`/api/support/sites/${site.id}`, { method: 'PATCH', body: JSON.stringify({ widgetMode: 'both' }) });
    expect(byAgent.status).toBe(403);
    expect((await agent.api.sites.get(site.id)).widgetMode).toBe('chat');
  });

  it('admins rotate the identity secret; the audit log records the rotation, never the secret', async () => {
    const site = await admin.api.sites.create({ name: 'Rotating' });
    const rotated = await admin.api.sites.rotateIdentitySecret(site.id);
    expect(rotated.identitySecret).toMatch(/^[0-9a-f]{64}$/);
    expect(rotated.identitySecret).not.toBe(site.identitySecret);
    expect((await admin.api.sites.get(site.id)).identitySecret).toBe(rotated.identitySecret);

    const before = tableCounts(server);
    const refused = await agent.raw(`/api/support/sites/${site.id}/identity-secret/rotate`, { method: 'POST' });
    expect(refused.status).toBe(403);
    expect(tableCounts(server)).toEqual(before);
    expect((await admin.api.sites.get(site.id)).identitySecret).toBe(rotated.identitySecret);

    const unknown = await admin.raw('/api/support/sites/01900000-0000-7000-8000-000000000000/identity-secret/rotate', { method: 'POST' });
    expect(unknown.status).toBe(404);

    const entries = server.database.sqlite
      .prepare('select action, changes from audit_log where entity_id = ? order by id')
      .all(site.id) as Array<{ action: string; changes: string }>;
    expect(entries.map((e) => e.action)).toEqual(['site.created', 'site.identity_secret_rotated']);
    const logged = JSON.stringify(entries);
    expect(logged).not.toContain(site.identitySecret);
    expect(logged).not.toContain(rotated.identitySecret);
  });

  it('refuses origins with paths, other schemes and bad colours', async () => {
    for (const body of [
      { name: 'S', allowedOrigins: ['https://shop.example.com/path'] },
      { name: 'S', allowedOrigins: ['javascript:alert(1)'] },
      { name: 'S', allowedOrigins: ['*'] },
      { name: 'S', themeColor: 'red;background:url(x)' },
      { name: 'S', position: 'top-center' },
    ]) {
      const before = tableCounts(server);
      const response = await admin.raw('/api/support/sites', { method: 'POST', body: JSON.stringify(body) });
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(tableCounts(server)).toEqual(before);
    }
  });
});
