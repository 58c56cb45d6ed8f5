import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApp } from '../app.ts';
import { startReportsFor, type ReportScheduler } from '../analytics/reports/scheduler.ts';
import { defaultAssetsDir } from '../assets.ts';
import { insertAgent } from '../agents/queries.ts';
import { systemActor } from '../audit/log.ts';
import { hashPassword } from '../auth/password.ts';
import { loadConfig, type Config } from '../config.ts';
import { openDatabase, type OpenDatabase } from '../db/open.ts';
import type { Deps } from '../deps.ts';
import { createMailer } from '../email/smtp-mailer.ts';
import { silentLogger, type Logger } from '../lib/logger.ts';
import type { PartyHost } from '../rooms/host/index.ts';
import { hostChatRooms } from '../rooms/in-process.ts';
import { ensureFirstSite } from '../sites/bootstrap.ts';

/**
 * A real server for tests: a temp data dir with its own SQLite file, the real app, a real socket
 * on an ephemeral port. Nothing is mocked.
 */
export interface TestServer {
  url: string;
  config: Config;
  database: OpenDatabase;
  dataDir: string;
  /** The node:http server, for tests that need the socket level. */
  server: Server;
  /** What the app was built from, for tests that build another app on the same parts. */
  deps: Deps;
  /** The chat rooms served on the same port, as `npm start` serves them. */
  rooms: PartyHost;
  /** The scheduled-report job, when the options asked for it. */
  reports: ReportScheduler | null;
  close(): Promise<void>;
}

export interface TestServerOptions {
  assetsDir?: string;
  /** More environment for loadConfig, e.g. `{ LANTERN_SMTP_URL: smtp.url }` (server/testing/smtp.ts). */
  env?: Record<string, string>;
  /** The in-process chat rooms: a logger to see their warnings, a shorter offline grace for tests. */
  rooms?: { logger?: Logger; offlineGraceMs?: number };
  /** Start the scheduled-report job as `npm start` does; `now` replaces its clock. */
  reports?: { now?: () => number; runOnStart?: boolean };
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-test-'));
  const config = loadConfig({ LANTERN_DATA_DIR: dataDir, PORT: '0', LANTERN_LOG_LEVEL: 'silent', ...options.env });
  const database = openDatabase(config.databaseFile);
  const chatRooms = hostChatRooms(
    { database, config, logger: options.rooms?.logger ?? silentLogger },
    { offlineGraceMs: options.rooms?.offlineGraceMs },
  );
  const mailer = createMailer(config);
  const deps: Deps = {
    config,
    database,
    logger: silentLogger,
    assetsDir: options.assetsDir ?? defaultAssetsDir,
    rooms: chatRooms.notifier,
    mailer,
  };
  const roomHost = chatRooms.host;
  const app = createApp(deps);
  const server: Server = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
  });
  roomHost.attach(server);
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  // Links and the first site's allowed origin must name the port we actually got.
  config.publicUrl = url;
  config.roomsUrl = url;
  await ensureFirstSite(database.db, url);
  const reports = options.reports ? startReportsFor(deps, options.reports) : null;
  return {
    url,
    config,
    database,
    dataDir,
    server,
    deps,
    rooms: roomHost,
    reports,
    close: async () => {
      await reports?.stop();
      // Sockets first: upgraded connections would keep server.close() waiting.
      await roomHost.close();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          database.close();
          rmSync(dataDir, { recursive: true, force: true });
          resolve();
        });
      });
    },
  };
}

/** Creates an agent who can sign in at once (no invite step). */
export async function createAgentWithPassword(
  database: OpenDatabase,
  input: { name: string; email: string; role: 'admin' | 'agent'; password: string },
) {
  const passwordHash = await hashPassword(input.password);
  return insertAgent(database.db, { name: input.name, email: input.email, role: input.role, passwordHash }, systemActor);
}
