import type { MiddlewareHandler } from 'hono';
import type { Config } from '../config.ts';
import { clientIp } from '../http/client-ip.ts';
import type { AppEnv } from '../http/env.ts';
import { errorResponse } from '../http/errors.ts';
import { RateLimiter } from '../lib/rate-limiter.ts';

/** Refuses a client address over `limit` requests per `windowMs` with 429 and Retry-After. */
export function rateLimitByIp(config: Config, limit: number, windowMs: number): MiddlewareHandler<AppEnv> {
  const limiter = new RateLimiter(limit, windowMs);
  return async (c, next) => {
    const wait = limiter.consume(clientIp(c, config.trustProxy));
    if (wait === 0) return next();
    c.header('retry-after', String(Math.ceil(wait / 1000)));
    return errorResponse(c, 'rate_limited', 'Too many requests from this address; try again in a minute');
  };
}
