import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApp } from '../app.ts';
import { defaultAssetsDir } from '../assets.ts';
import { insertAgent } from '../agents/queries.ts';
import { systemActor } from '../audit/log.ts';
import { hashPassword } from '../auth/password.ts';
import { loadConfig, type Config } from '../config.ts';
import { openDatabase, type OpenDatabase } from '../db/open.ts';
import { silentLogger } from '../lib/logger.ts';
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
  close(): Promise<void>;
}

export async function startTestServer(options: { assetsDir?: string } = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-test-'));
  const config = loadConfig({ LANTERN_DATA_DIR: dataDir, PORT: '0', LANTERN_LOG_LEVEL: 'silent' });
  const database = openDatabase(config.databaseFile);
  const app = createApp({ config, database, logger: silentLogger, assetsDir: options.assetsDir ?? defaultAssetsDir });
  const server: Server = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  // Links and the first site's allowed origin must name the port we actually got.
  config.publicUrl = url;
  config.roomsUrl = url;
  await ensureFirstSite(database.db, url);
  return {
    url,
    config,
    database,
    dataDir,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          database.close();
          rmSync(dataDir, { recursive: true, force: true });
          resolve();
        });
      }),
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
