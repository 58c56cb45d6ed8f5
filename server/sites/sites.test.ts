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
