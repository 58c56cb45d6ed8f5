import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Site } from '../../shared/schemas/sites.ts';
import { systemActor } from '../audit/log.ts';
import { createSite, deleteSite } from '../sites/queries.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';

let server: TestServer;
let site: Site;

beforeAll(async () => {
  server = await startTestServer();
  site = await createSite(
    server.database.db,
    { name: 'Trail <Shop> & "Co"', allowedOrigins: [], themeColor: '#0f766e', greeting: 'Hi!', position: 'bottom-right' },
    systemActor,
  );
});
afterAll(() => server.close());

const page = async (key: string) => {
  const response = await fetch(`${server.url}/chat/${key}`);
  return { response, html: await response.text() };
};

describe('GET /chat/:siteKey', () => {
  it("serves a page that is the site's widget, full page, straight into the chat", async () => {
    const { response, html } = await page(site.publicKey);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(html).toContain(`<script src="../widget.js" data-site="${site.publicKey}" data-mode="chat" data-layout="page" async></script>`);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('escapes the site name in the title', async () => {
    const { html } = await page(site.publicKey);
    expect(html).toContain('<title>Chat with Trail &lt;Shop&gt; &amp; &quot;Co&quot;</title>');
    expect(html).not.toContain('<Shop>');
  });

  it('sends a strict CSP: our scripts only, a fresh nonce for the inline style, sockets to the rooms', async () => {
    const first = await page(site.publicKey);
    const policy = first.response.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1] ?? '';
    expect(nonce).not.toBe('');
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain(`connect-src 'self' ${server.url} ${server.url.replace(/^http/, 'ws')}`);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(first.html).toContain(`<style nonce="${nonce}">`);
    expect((await page(site.publicKey)).response.headers.get('content-security-policy')).not.toBe(policy);
  });

  it('answers 404 with an explanation, and no widget, for unknown, malformed and deleted keys', async () => {
    const gone = await createSite(
      server.database.db,
      { name: 'Gone', allowedOrigins: [], themeColor: '#111111', greeting: '', position: 'bottom-right' },
      systemActor,
    );
    await deleteSite(server.database.db, gone.id, systemActor);
    for (const key of ['pk_nobodyhasthiskey0000', 'not-a-key', '%3Cscript%3E', gone.publicKey]) {
      const { response, html } = await page(key);
      expect(response.status, key).toBe(404);
      expect(html, key).toContain('This chat link is not valid');
      expect(html, key).not.toContain('widget.js');
      expect(html, key).not.toContain('<script');
    }
  });
});
