import { Hono, type Context } from 'hono';
import {
  chatExportQuery,
  emailTranscriptInput,
  exportChatLimit,
  transcriptQuery,
  widgetTranscriptEmailInput,
} from '../../../shared/schemas/transcripts.ts';
import { actorOf } from '../../auth/principal.ts';
import type { Deps } from '../../deps.ts';
import { principalOf } from '../../http/auth.ts';
import { clientIp } from '../../http/client-ip.ts';
import { sendDownload } from '../../http/download.ts';
import type { AppEnv } from '../../http/env.ts';
import { readId, readJson, readQuery } from '../../http/validate.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { RateLimiter } from '../../lib/rate-limiter.ts';
import { mayAccess } from '../access.ts';
import { findSessionRow } from '../rows.ts';
import { chatSiteOf, visitorOf } from '../routes/visitor.ts';
import { convertChatToTicket } from './convert.ts';
import { emailTranscript } from './email.ts';
import { exportFile, transcriptFile } from './export.ts';
import { chatIdsForExport } from './search.ts';

// An agent mails a transcript now and then; this only stops a runaway script.
const agentEmailsPerMinute = 30;
// "Email me the transcript" is asked once or twice per chat. It sends mail to an address the
// visitor types, so it is kept well below anything a spammer could use.
const customerEmailsPerSessionPerHour = 3;
const customerEmailsPerAddressPerHour = 10;

function refuseWhenOver(c: Context, checks: [RateLimiter, string][], message: string): void {
  const wait = Math.max(...checks.map(([limiter, key]) => limiter.retryAfter(key)));
  if (wait > 0) {
    c.header('retry-after', String(Math.ceil(wait / 1000)));
    throw new AppError('rate_limited', message);
  }
  for (const [limiter, key] of checks) limiter.record(key);
}

/**
 * Transcripts for agents, mounted at /api/support/chats (before the chat routes, so `export`
 * is not taken for a chat id): download one or many, email one, convert one to a ticket.
 */
export function transcriptRoutes(deps: Deps) {
  const { database, config, logger, mailer, rooms } = deps;
  const { db } = database;
  const emailsByAgent = new RateLimiter(agentEmailsPerMinute, 60_000);

  return new Hono<AppEnv>()
    .get('/export', (c) => {
      const { format, ...filter } = readQuery(c, chatExportQuery);
      const ids = chatIdsForExport(db, filter, exportChatLimit);
      return sendDownload(c, exportFile(db, ids, format), logger);
    })
    .get('/:id/transcript', (c) => {
      const id = readId(c);
      const { format } = readQuery(c, transcriptQuery);
      return sendDownload(c, transcriptFile(db, id, format), logger);
    })
    .post('/:id/email', async (c) => {
      const id = readId(c);
      const input = await readJson(c, emailTranscriptInput);
      const principal = principalOf(c);
      refuseWhenOver(c, [[emailsByAgent, principal.agent.id]], 'Too many transcript emails; try again in a minute');
      const result = await emailTranscript({ db, mailer }, { sessionId: id, to: input.to, requestedBy: 'agent' }, actorOf(principal));
      return c.json(result);
    })
    .post('/:id/convert', async (c) => {
      const id = readId(c);
      const chatUrl = `${config.publicUrl}/console/inbox/${id}`;
      const { ticket, effects } = convertChatToTicket(db, { sessionId: id, chatUrl }, actorOf(principalOf(c)));
      // The ticket exists now whatever happens next; a room that misses this catches up on its next refresh.
      await rooms.apply(effects).catch((error: unknown) => logger.warn('rooms not told of a converted chat', { sessionId: id, error: String(error) }));
      return c.json({ ticket }, 201);
    });
}

/**
 * "Email me the transcript" from the widget, mounted at /api/widget (whose IP rate limit and
 * Vary: Origin apply). Only the visitor a chat belongs to may ask, and only for that chat.
 */
export function widgetTranscriptRoutes(deps: Deps) {
  const { database, config, mailer } = deps;
  const { db } = database;
  const bySession = new RateLimiter(customerEmailsPerSessionPerHour, 60 * 60_000);
  const byAddress = new RateLimiter(customerEmailsPerAddressPerHour, 60 * 60_000);

  return new Hono<AppEnv>().post('/sites/:key/chat/sessions/:id/transcript', async (c) => {
    const site = chatSiteOf(c, deps);
    const visitor = visitorOf(c, config.secret, site);
    const id = readId(c);
    const { email } = await readJson(c, widgetTranscriptEmailInput);
    const session = findSessionRow(db, id);
    // Someone else's chat does not exist, as far as this visitor can tell.
    if (!session || !mayAccess(session, visitor)) throw notFound('Chat');
    if (!mailer.configured) throw new AppError('service_unavailable', 'Sending transcripts by email is not available here');
    refuseWhenOver(
      c,
      [
        [bySession, session.id],
        [byAddress, clientIp(c, config.trustProxy)],
      ],
      'This transcript was sent several times already; try again later',
    );
    const actor = { type: 'customer' as const, id: session.customerId, name: session.customerName };
    return c.json(await emailTranscript({ db, mailer }, { sessionId: session.id, to: [email], requestedBy: 'customer' }, actor));
  });
}
