import { randomBytes } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { chatVisitorInput, offlineMessageInput, startChatInput, type ChatVisitor, type OfflineMessageResult, type StartedChat } from '../../../shared/schemas/chat.ts';
import type { Deps } from '../../deps.ts';
import { clientIp } from '../../http/client-ip.ts';
import type { AppEnv } from '../../http/env.ts';
import { readId, readJson } from '../../http/validate.ts';
import { AppError } from '../../lib/errors.ts';
import { RateLimiter } from '../../lib/rate-limiter.ts';
import { UploadStore } from '../../uploads/storage.ts';
import { openSessionFor } from '../access.ts';
import { storeChatAttachment } from '../attachments.ts';
import { anyAgentOnline } from '../availability.ts';
import { chatDepsOf } from '../deps.ts';
import { identifiedVisitorId, isIdentifiedVisitorId, isValidIdentityHash } from '../identity.ts';
import { notifyRooms } from '../notify.ts';
import { createOfflineTicket } from '../offline.ts';
import { listVisitorSessions, startSession } from '../sessions.ts';
import { issueVisitorToken } from '../tokens.ts';
import { chatErrorHandler } from './errors.ts';
import { readChatUpload } from './upload.ts';
import { chatSiteOf, visitorOf } from './visitor.ts';

// On top of the 300 requests a minute every address gets for the whole widget API: what a flood
// would use to fill the inbox or the disk. Generous for people (one chat, a few files), tight for scripts.
const startsPerAddressPerMinute = 30;
const offlinePerAddressPer10Minutes = 10;
const uploadsPerVisitorPerMinute = 20;
const preflightMaxAgeSeconds = 600;

function limit(c: Context, limiter: RateLimiter, key: string, what: string): void {
  const wait = limiter.consume(key);
  if (wait === 0) return;
  c.header('retry-after', String(Math.ceil(wait / 1000)));
  throw new AppError('rate_limited', `Too many ${what} from here; try again in a minute`);
}

/**
 * The widget's chat calls, mounted at /api/widget/sites/:key/chat. Same site-key check and
 * per-site origin policy as the rest of the widget API; the visitor proves who they are with the
 * token from `/visitor`, and can only ever reach their own chats.
 */
export function chatWidgetRoutes(deps: Deps) {
  const chat = chatDepsOf(deps);
  const uploads = new UploadStore(deps.config.dataDir);
  const starts = new RateLimiter(startsPerAddressPerMinute, 60_000);
  const offline = new RateLimiter(offlinePerAddressPer10Minutes, 10 * 60_000);
  const files = new RateLimiter(uploadsPerVisitorPerMinute, 60_000);
  const address = (c: Context) => clientIp(c, deps.config.trustProxy);

  return new Hono<AppEnv>()
    .onError(chatErrorHandler(deps.logger))
    .options('/*', async (c) => {
      chatSiteOf(c, deps);
      // JSON bodies and the Bearer token make these requests preflighted.
      c.header('access-control-allow-methods', 'GET, POST');
      c.header('access-control-allow-headers', 'authorization, content-type');
      c.header('access-control-max-age', String(preflightMaxAgeSeconds));
      return c.body(null, 204);
    })
    .post('/visitor', async (c) => {
      const site = chatSiteOf(c, deps);
      const input = await readJson(c, chatVisitorInput);
      let visitorId = input.visitorId;
      let verified = false;
      if (input.identity) {
        if (!isValidIdentityHash(site.identitySecret, input.identity.id, input.identity.hash)) {
          throw new AppError('forbidden', "The identity hash does not match this user id: compute it on your server as the hex HMAC-SHA256 of the id with the site's identity secret");
        }
        visitorId = identifiedVisitorId(deps.config.secret, site.id, input.identity.id);
        verified = true;
      } else if (isIdentifiedVisitorId(visitorId)) {
        // A signed-in user's id kept after they signed out: they continue as a new anonymous visitor.
        visitorId = randomBytes(16).toString('hex');
      }
      const body: ChatVisitor = {
        token: issueVisitorToken(deps.config.secret, { siteId: site.id, visitorId, verified }),
        visitorId,
        verified,
        roomsUrl: deps.config.roomsUrl,
        agentsOnline: anyAgentOnline(deps.database.db),
        mode: site.widgetMode,
      };
      c.header('cache-control', 'no-store');
      return c.json(body);
    })
    .get('/sessions', async (c) => {
      const site = chatSiteOf(c, deps);
      const visitor = visitorOf(c, deps.config.secret, site);
      c.header('cache-control', 'no-store');
      return c.json(await listVisitorSessions(chat, visitor));
    })
    .post('/sessions', async (c) => {
      const site = chatSiteOf(c, deps);
      const visitor = visitorOf(c, deps.config.secret, site);
      const input = await readJson(c, startChatInput);
      if (site.widgetMode === 'help') throw new AppError('forbidden', 'Chat is turned off for this site');
      limit(c, starts, address(c), 'new chats');
      const started = await startSession(chat, { visitor, ...input });
      await notifyRooms(deps, started.effects);
      const body: StartedChat = { session: started.session };
      return c.json(body, started.created ? 201 : 200);
    })
    .post('/offline', async (c) => {
      chatSiteOf(c, deps);
      const input = await readJson(c, offlineMessageInput);
      limit(c, offline, address(c), 'messages');
      const { ticketNumber } = await createOfflineTicket(chat, input);
      const body: OfflineMessageResult = { ticketNumber };
      return c.json(body, 201);
    })
    .post('/sessions/:id/attachments', async (c) => {
      const site = chatSiteOf(c, deps);
      const visitor = visitorOf(c, deps.config.secret, site);
      const sessionId = readId(c);
      openSessionFor(deps.database.db, sessionId, visitor); // 404 or 409 before a byte of the file is read
      limit(c, files, `${site.id} ${visitor.visitorId}`, 'files');
      const upload = await readChatUpload(c);
      return c.json(await storeChatAttachment(chat, uploads, upload, sessionId, visitor), 201);
    });
}
