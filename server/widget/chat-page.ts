import { Hono } from 'hono';
import { randomBytes } from 'node:crypto';
import { sitePublicKey } from '../../shared/schemas/sites.ts';
import type { Config } from '../config.ts';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../http/env.ts';
import { roomsConnectSources } from '../rooms/connect-sources.ts';
import { findSiteByPublicKey } from '../sites/queries.ts';
import { escapeHtml } from './escape-html.ts';

/**
 * GET /chat/:siteKey: a link a site can share with customers who never see its widget (an email
 * signature, a QR code on a parcel). The page is just the widget, told to fill the window and go
 * straight to the chat (`data-layout="page"`, `data-mode="chat"`), so it is the same code, the
 * same rules (a help-only site still shows only help) and the same conversation on reload.
 */

/** Nothing inline runs but the page's own nonce'd style; the widget's code is ours ('self'), its sockets go to the rooms. */
function chatPolicy(nonce: string, config: Config): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'nonce-${nonce}'`,
    `connect-src 'self' ${roomsConnectSources(config.roomsUrl)}`,
    // Agents' avatars may be on any https host; attachments come from us.
    "img-src 'self' data: https:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const pageCss = 'html,body{margin:0;height:100%;background:#eef0f3;font:16px/1.5 system-ui,sans-serif;color:#1f2937}p{margin:0;padding:48px 24px;text-align:center}';

export function renderChatPage(site: { name: string; publicKey: string } | null, nonce: string): string {
  const title = site ? `Chat with ${site.name}` : 'Chat not found';
  // Relative, so a Lantern served under a path prefix (/support/chat/pk_…) finds its widget.js too.
  const content = site
    ? `<noscript><p>This chat needs JavaScript. Please turn it on and reload.</p></noscript>\n<script src="../widget.js" data-site="${escapeHtml(site.publicKey)}" data-mode="chat" data-layout="page" async></script>`
    : '<p>This chat link is not valid. Please check the address, or contact the site that gave it to you.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style nonce="${escapeHtml(nonce)}">${pageCss}</style>
</head>
<body>
${content}
</body>
</html>
`;
}

export function chatPageRoutes({ database, config }: Deps) {
  return new Hono<AppEnv>().get('/chat/:siteKey', async (c) => {
    const key = c.req.param('siteKey');
    const site = sitePublicKey.safeParse(key).success ? await findSiteByPublicKey(database.db, key) : null;
    const nonce = randomBytes(16).toString('base64');
    c.header('content-security-policy', chatPolicy(nonce, config));
    // The page names the site; a renamed or deleted site must show at once.
    c.header('cache-control', 'no-store');
    return c.html(renderChatPage(site && { name: site.name, publicKey: site.publicKey }, nonce), site ? 200 : 404);
  });
}
