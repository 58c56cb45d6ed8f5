import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../lib/logger.ts';
import type { AppEnv } from './env.ts';

/** One JSON line per request, carrying the request id the response also returns (X-Request-Id). */
export function requestLogging(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    logger.info('request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      agentId: c.get('principal')?.agent.id,
    });
  };
}
