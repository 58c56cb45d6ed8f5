import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { agentRoutes } from './agents/routes.ts';
import { analyticsRoutes } from './analytics/routes.ts';
import { customerInsightRoutes } from './analytics/customers/routes.ts';
import { forecastRoutes } from './analytics/forecast/routes.ts';
import { liveRoutes } from './analytics/live/routes.ts';
import { exportRoutes } from './analytics/exports/routes.ts';
import { reportRoutes } from './analytics/reports/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { cannedResponseRoutes } from './canned/routes.ts';
import { chatDepsOf, chatFileRoutes, chatSupportRoutes, chatWidgetRoutes, isChatUploadRequest, roomsRpcRoutes } from './chat/index.ts';
import { transcriptRoutes, widgetTranscriptRoutes } from './chat/transcripts/routes.ts';
import { consoleRoutes } from './console/routes.ts';
import { customerRoutes } from './customers/routes.ts';
import type { Deps } from './deps.ts';
import { healthRoutes } from './health/routes.ts';
import { helpCenterRoutes } from './helpcenter/routes.ts';
import { KnowledgeBase } from './knowledge/knowledge-base.ts';
import { knowledgeRoutes } from './knowledge/routes.ts';
import { authenticate, requireAgent } from './http/auth.ts';
import type { AppEnv } from './http/env.ts';
import { errorResponse, handleError } from './http/errors.ts';
import { requestLogging } from './http/logging.ts';
import { overviewRoutes } from './overview/routes.ts';
import { siteRoutes } from './sites/routes.ts';
import { teamSettingsRoutes } from './team-settings/routes.ts';
import { ticketRoutes } from './tickets/routes.ts';
import { apiTokenRoutes } from './tokens/routes.ts';
import { isUploadRequest, uploadApiPath, uploadFileRoutes, uploadRoutes } from './uploads/routes.ts';
import { widgetPublicRoutes } from './widget/public-routes.ts';
import { widgetRoutes } from './widget/routes.ts';
import { DirectChatStore } from './rooms/direct-store.ts';

const maxJsonBytes = 1024 * 1024;

/** Builds the whole HTTP app from its dependencies; `main.ts` only adds a socket and signals. */
export function createApp(deps: Deps) {
  const { db } = deps.database;
  const knowledge = new KnowledgeBase(db);
  const app = new Hono<AppEnv>();

  app.use(requestId());
  app.use(requestLogging(deps.logger));
  app.use(
    secureHeaders({
      // widget.js and its app are loaded by other sites: they must not be locked to our origin.
      crossOriginResourcePolicy: false,
      crossOriginEmbedderPolicy: false,
      referrerPolicy: 'strict-origin-when-cross-origin',
    }),
  );
  app.use('/api/*', async (c, next) => {
    c.set('principal', null);
    return next();
  });
  const jsonBodyLimit = bodyLimit({
    maxSize: maxJsonBytes,
    onError: (c) => errorResponse(c, 'payload_too_large', `Request bodies are limited to ${maxJsonBytes / 1024} KB`),
  });
  // File uploads enforce their own (10 MB) limit while they read the body.
  app.use('/api/*', (c, next) =>
    isUploadRequest(c.req.method, c.req.path) || isChatUploadRequest(c.req.method, c.req.path) ? next() : jsonBodyLimit(c, next),
  );

  app.route('/api/health', healthRoutes(deps));
  app.route('/api/widget', widgetRoutes(deps, knowledge));
  app.route('/api/widget', widgetTranscriptRoutes(deps));
  // After widgetRoutes: its per-address rate limit and `Vary: Origin` cover /api/widget/sites/* (chat too).
  app.route('/api/widget/sites/:key/chat', chatWidgetRoutes(deps));
  app.route('/api/chat-files', chatFileRoutes(deps));
  // Rooms hosted on PartyKit reach the chat store here, with the rooms secret.
  app.route('/api/internal/rooms', roomsRpcRoutes(deps, new DirectChatStore(chatDepsOf(deps))));

  app.use('/api/auth/*', authenticate(db));
  app.route('/api/auth', authRoutes(deps));

  app.use('/api/support/*', authenticate(db), requireAgent);
  app.route('/api/support/overview', overviewRoutes(deps));
  app.route('/api/support/analytics', analyticsRoutes(deps));
  app.route('/api/support/analytics', forecastRoutes(deps));
  app.route('/api/support/analytics', customerInsightRoutes(deps));
  app.route('/api/support/analytics', liveRoutes(deps));
  app.route('/api/support/analytics/exports', exportRoutes(deps));
  app.route('/api/support/analytics/reports', reportRoutes(deps));
  app.route('/api/support/tickets', ticketRoutes(deps));
  app.route('/api/support/customers', customerRoutes(deps));
  app.route(uploadApiPath, uploadRoutes(deps)); // /api/support/knowledge/attachments
  app.route('/api/support/knowledge', knowledgeRoutes(deps, knowledge));
  app.route('/api/support/agents', agentRoutes(deps));
  app.route('/api/support/sites', siteRoutes(deps));
  app.route('/api/support/api-tokens', apiTokenRoutes(deps));
  app.route('/api/support/canned-responses', cannedResponseRoutes(deps));
  app.route('/api/support/settings/team', teamSettingsRoutes(deps));
  // Before the chat routes: `/api/support/chats/export` is not a chat id.
  app.route('/api/support/chats', transcriptRoutes(deps));
  app.route('/api/support', chatSupportRoutes(deps));

  app.route('/uploads', uploadFileRoutes(deps));
  app.route('/', widgetPublicRoutes(deps));
  app.route('/', helpCenterRoutes(deps, knowledge));
  app.route('/', consoleRoutes(deps));

  app.notFound((c) => errorResponse(c, 'not_found', `No route for ${c.req.method} ${c.req.path}`));
  app.onError(handleError(deps.logger));
  return app;
}

export type App = ReturnType<typeof createApp>;
