import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Site } from '../../shared/schemas/sites.ts';
import { systemActor } from '../audit/log.ts';
import { deleteSite, listSites, updateSite } from '../sites/queries.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';
import { contentVersion } from './asset-version.ts';

// A stand-in dist/ so these tests need no build and know the exact bytes served.
const loaderSource = 'console.log("loader");\n';
const appSource = 'export function mount() {}\n';
let assetsDir: string;
let server: TestServer;
let site: Site;

beforeAll(async () => {
  assetsDir = mkdtempSync(join(tmpdir(), 'lantern-assets-'));
  mkdirSync(join(assetsDir, 'widget'));
  writeFileSync(join(assetsDir, 'widget', 'widget.js'), loaderSource);
  writeFileSync(join(assetsDir, 'widget', 'widget-app.js'), appSource);
  server = await startTestServer({ assetsDir });
  [site] = (await listSites(server.database.db)) as [Site];
});
afterAll(async () => {
  await server.close();
  rmSync(assetsDir, { recursive: true, force: true });
});

describe('widget scripts', () => {
  it('serves widget.js as JavaScript, unsniffable, to any origin, on a short cache', async () => {
    const response = await fetch(`${server.url}/widget.js`, { headers: { origin: 'https://shop.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await response.text()).toBe(loaderSource);
  });

  it('caches widget-app.js forever only under its current content hash', async () => {
    const current = await fetch(`${server.url}/widget-app.js?v=${contentVersion(Buffer.from(appSource))}`);
    expect(current.status).toBe(200);
    expect(current.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(current.headers.get('x-content-type-options')).toBe('nosniff');
    expect(current.headers.get('access-control-allow-origin')).toBe('*');
    expect(current.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await current.text()).toBe(appSource);

    // An old loader asking for the previous release, or no version at all: same file, short cache.
    for (const query of ['?v=previous-release', '']) {
      const response = await fetch(`${server.url}/widget-app.js${query}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    }
  });

  it('says how to build the widget when it is missing', async () => {
    const bare = await startTestServer({ assetsDir: join(assetsDir, 'nowhere') });
    try {
      for (const path of ['/widget.js', '/widget-app.js']) {
        const response = await fetch(`${bare.url}${path}`);
        expect(response.status).toBe(404);
        expect(await response.text()).toContain('npm run build');
      }
    } finally {
      await bare.close();
    }
  });
});

describe('GET /demo', () => {
  const demo = async (query = '') => {
    const response = await fetch(`${server.url}/demo${query}`);
    return { response, html: await response.text() };
  };

  it("embeds the first site's widget the way a site owner would", async () => {
    const { response, html } = await demo();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toContain(`<script src="/widget.js" data-site="${site.publicKey}" async></script>`);
    expect(html).toContain('Acme Outdoor');
    expect(html).not.toContain('all: unset');
  });

  it('adds the hostile CSS and globals with ?hostile=1', async () => {
    const { html } = await demo('?hostile=1');
    expect(html).toContain('* { all: unset !important; }');
    expect(html).toContain('div { transform: rotate(3deg); }');
    expect(html).toContain('button { display: none !important; }');
    expect(html).toContain('window.h = ');
    expect(html).toContain('window.preact = ');
  });

  it("sends a strict CSP whose nonce covers the page's own inline code, fresh on every response", async () => {
    const first = await demo();
    const policy = first.response.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1] ?? '';
    expect(nonce).not.toBe('');
    expect(policy).not.toContain('unsafe-inline');
    expect(first.html).toContain(`<style nonce="${nonce}">`);
    const second = await demo();
    expect(second.response.headers.get('content-security-policy')).not.toBe(policy);
  });

  it('escapes what it interpolates', async () => {
    await updateSite(server.database.db, site.id, { name: '<img src=x onerror=alert(1)> & "Co"' }, systemActor);
    const { html } = await demo();
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;');
  });

  it('explains itself, and embeds nothing, when no site exists', async () => {
    for (const existing of await listSites(server.database.db)) await deleteSite(server.database.db, existing.id, systemActor);
    const { response, html } = await demo();
    expect(response.status).toBe(200);
    expect(html).toContain('No site exists yet');
    expect(html).not.toContain('/widget.js');
  });
});
