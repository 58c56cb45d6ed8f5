import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { createApp } from './app.ts';
import { buildAssetsIfMissing, defaultAssetsDir } from './assets.ts';
import { bootstrapAdmin } from './auth/invites.ts';
import { deleteExpiredSessions } from './auth/sessions.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/open.ts';
import { createMailer } from './email/smtp-mailer.ts';
import { createLogger } from './lib/logger.ts';
import { startReportsFor } from './analytics/reports/scheduler.ts';
import { hostChatRooms } from './rooms/in-process.ts';
import { ensureFirstSite } from './sites/bootstrap.ts';

const shutdownGraceMs = 10_000;

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  buildAssetsIfMissing(defaultAssetsDir, (line) => console.log(line));

  const database = openDatabase(config.databaseFile);
  const firstStart = await bootstrapAdmin(database.db, config.admin, config.publicUrl);
  await ensureFirstSite(database.db, config.publicUrl);
  await deleteExpiredSessions(database.db);

  // Chat rooms share the port (WebSocket upgrades to /parties/:party/:room) and this database.
  const rooms = hostChatRooms({ database, config, logger });
  const mailer = createMailer(config);
  const app = createApp({ config, database, logger, assetsDir: defaultAssetsDir, mailer, rooms: rooms.notifier });
  // Scheduled email reports; a run missed while the server was down goes out now, once.
  const reports = startReportsFor({ database, mailer, config, logger });
  // Plain HTTP/1.1 (not http2), so the node:http Server API applies.
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => {
    const lines = [
      '',
      `  Lantern is running on ${config.publicUrl}`,
      `  Console:  ${config.publicUrl}/console/`,
      `  Demo:     ${config.publicUrl}/demo`,
      `  Data:     ${config.dataDir}`,
    ];
    if (firstStart?.kind === 'created') lines.push(`  Admin:    ${firstStart.email} (password from LANTERN_ADMIN_PASSWORD)`);
    if (firstStart?.kind === 'setup-link') lines.push(`  Set up the first admin (link valid 24 h, used once):`, `            ${firstStart.url}`);
    console.log(`${lines.join('\n')}\n`);
  }) as Server;
  rooms.host.attach(server);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    // Stop accepting, let requests in flight finish, then close the database cleanly (WAL checkpoint).
    const force = setTimeout(() => {
      logger.warn('requests still open after grace period; closing anyway');
      server.closeAllConnections();
    }, shutdownGraceMs);
    force.unref();
    // Room sockets are told to go away (1001) at once; nothing else would end them.
    const serverClosed = new Promise((resolve) => server.close(resolve));
    server.closeIdleConnections();
    void Promise.all([rooms.host.close(), serverClosed, reports.stop()]).then(() => {
      database.close();
      logger.info('stopped');
      process.exit(0);
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
