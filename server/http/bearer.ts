import type { Context } from 'hono';

/** The token of an `Authorization: Bearer …` header; null when there is none or it is malformed. */
export function bearerToken(c: Context): string | null {
  return /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? null;
}
