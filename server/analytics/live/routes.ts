import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AnalyticsChange } from '../../../shared/schemas/analytics-extra.ts';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../../http/env.ts';
import { analyticsVersionReader, createChangeFeed, type ChangeFeed } from './change-feed.ts';

/** A comment line this often keeps proxies and browsers from timing the stream out. */
export const heartbeatMs = 25_000;

/**
 * `GET /api/support/analytics/stream`: server-sent events. `event: change` with
 * `{"version":n}` (and `id: n`) whenever the analytics changed. A browser that reconnects sends
 * the last id it saw (`Last-Event-ID`); when the version moved meanwhile it gets a change at once,
 * so nothing is missed across a dropped connection.
 */
export function liveRoutes({ database, logger }: Deps, feed: ChangeFeed = createLiveFeed(database.sqlite, logger)) {
  return new Hono<AppEnv>().get('/stream', (c) => {
    const lastSeen = c.req.header('last-event-id');
    return streamSSE(c, async (stream) => {
      const send = (version: number) => {
        const change: AnalyticsChange = { version };
        void stream.writeSSE({ event: 'change', id: String(version), data: JSON.stringify(change) }).catch(() => undefined);
      };
      const unsubscribe = feed.subscribe(send);
      const heartbeat = setInterval(() => void stream.write(': heartbeat\n\n').catch(() => undefined), heartbeatMs);
      heartbeat.unref();
      const ended = new Promise<void>((resolve) => stream.onAbort(resolve));
      // Sent at once: the response starts (EventSource fires `open`) and a reconnect learns what it missed.
      await stream.write(': connected\n\n');
      const version = feed.version();
      if (lastSeen !== undefined && lastSeen !== String(version)) send(version);
      await ended;
      clearInterval(heartbeat);
      unsubscribe();
    });
  });
}

function createLiveFeed(sqlite: Deps['database']['sqlite'], logger: Deps['logger']): ChangeFeed {
  let reported = false;
  return createChangeFeed(analyticsVersionReader(sqlite), {
    onError: (error) => {
      if (reported) return;
      reported = true;
      logger.warn('analytics change feed could not read the version', { error: error instanceof Error ? error.message : String(error) });
    },
  });
}
