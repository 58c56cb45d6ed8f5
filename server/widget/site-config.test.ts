import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../shared/errors.ts';
import type { Site, WidgetSiteConfig } from '../../shared/schemas/sites.ts';
import { systemActor } from '../audit/log.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';
import { createSite, listSites } from '../sites/queries.ts';

const shopOrigin = 'https://shop.example';
let server: TestServer;
let shop: Site;
let firstSite: Site;

beforeAll(async () => {
  server = await startTestServer();
  [firstSite] = (await listSites(server.database.db)) as [Site];
  shop = await createSite(
    server.database.db,
    { name: 'Trailhead Shop', allowedOrigins: [shopOrigin], themeColor: '#0f766e', greeting: 'Welcome!', position: 'bottom-left' },
    systemActor,
  );
});
afterAll(() => server.close());

const siteUrl = (key: string) => `${server.url}/api/widget/sites/${key}`;
const get = (key: string, origin?: string) => fetch(siteUrl(key), { headers: origin ? { origin } : {} });
const preflight = (key: string, origin: string) =>
  fetch(siteUrl(key), { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET' } });
const errorCode = async (response: Response) => ((await response.json()) as ApiErrorBody).error.code;

describe('GET /api/widget/sites/:key', () => {
  it('answers the public config of a site, and nothing else about it', async () => {
    const response = await get(shop.publicKey);
    expect(response.status).toBe(200);
    const body: WidgetSiteConfig = await response.json();
    expect(body).toEqual({ name: 'Trailhead Shop', themeColor: '#0f766e', greeting: 'Welcome!', position: 'bottom-left', mode: 'both' });
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
  });

  it("says which panels to show (the site's widget mode) and never gives out the identity secret", async () => {
    const chatOnly = await createSite(
      server.database.db,
      { name: 'Chat only', allowedOrigins: [], themeColor: '#111111', greeting: '', position: 'bottom-right', widgetMode: 'chat' },
      systemActor,
    );
    expect(chatOnly.identitySecret).toMatch(/^[0-9a-f]{64}$/);
    const response = await get(chatOnly.publicKey);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ mode: 'chat' });
    expect(text).not.toContain(chatOnly.identitySecret);
    expect(text).not.toMatch(/secret/i);
  });

  it('answers 404 for a well-formed key no site has', async () => {
    const response = await get('pk_nobodyhasthiskey0000');
    expect(response.status).toBe(404);
    expect(await errorCode(response)).toBe('not_found');
  });

  it('refuses a malformed key with 422 and says which part is wrong', async () => {
    for (const key of ['nope', 'pk_short', 'sk_abcdefghijklmnopqrstuvwxyz', `pk_${'a'.repeat(65)}`, 'pk_abcdefghijklmnop%2E%2E']) {
      const response = await get(key);
      expect(response.status, key).toBe(422);
      expect(await response.json()).toMatchObject({ error: { code: 'validation_failed', fields: { key: 'must be a site key' } } });
    }
  });

  it("lets a page on one of the site's allowed origins read the config (CORS)", async () => {
    const response = await get(shop.publicKey, shopOrigin);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(shopOrigin);
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it("always allows the server's own origin, read from the config at request time", async () => {
    const own = await get(firstSite.publicKey, server.url);
    expect(own.headers.get('access-control-allow-origin')).toBe(server.url);

    const before = server.config.publicUrl;
    server.config.publicUrl = 'https://support.example.com/lantern';
    try {
      const moved = await get(shop.publicKey, 'https://support.example.com');
      expect(moved.status).toBe(200);
      expect(moved.headers.get('access-control-allow-origin')).toBe('https://support.example.com');
    } finally {
      server.config.publicUrl = before;
    }
  });

  it('refuses a foreign origin with 403 and no Access-Control-Allow-Origin', async () => {
    for (const origin of ['https://evil.example', 'http://shop.example', 'https://shop.example:8443', 'null']) {
      const response = await get(shop.publicKey, origin);
      expect(response.status, origin).toBe(403);
      expect(await errorCode(response)).toBe('origin_not_allowed');
      expect(response.headers.get('access-control-allow-origin'), origin).toBeNull();
      expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
    }
    // The first site allows only the server itself.
    expect((await get(firstSite.publicKey, shopOrigin)).status).toBe(403);
  });

  it('answers requests without an Origin header (same-origin GETs, curl)', async () => {
    const response = await get(firstSite.publicKey);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('OPTIONS /api/widget/sites/:key (preflight)', () => {
  it('allows an allowed origin', async () => {
    const response = await preflight(shop.publicKey, shopOrigin);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(shopOrigin);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET');
    expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
    expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
  });

  it('refuses a foreign origin with 403 and no Access-Control-Allow-Origin', async () => {
    const response = await preflight(shop.publicKey, 'https://evil.example');
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe('origin_not_allowed');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers 404 for an unknown key', async () => {
    expect((await preflight('pk_nobodyhasthiskey0000', shopOrigin)).status).toBe(404);
  });
});

describe('rate limit', () => {
  // A server of its own: the limit is per address, and every test here comes from 127.0.0.1.
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startTestServer();
  });
  afterAll(() => limited.close());

  it('answers 429 with Retry-After and the error body after 300 requests a minute from one address', async () => {
    const [site] = (await listSites(limited.database.db)) as [Site];
    const url = `${limited.url}/api/widget/sites/${site.publicKey}`;
    for (let batch = 0; batch < 6; batch += 1) {
      const statuses = await Promise.all(Array.from({ length: 50 }, () => fetch(url).then((r) => r.status)));
      expect(statuses.every((status) => status === 200)).toBe(true);
    }
    const refused = await fetch(url);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await errorCode(refused)).toBe('rate_limited');
    // Preflights count against the same budget.
    expect((await fetch(url, { method: 'OPTIONS', headers: { origin: limited.url } })).status).toBe(429);
  });
});
