import { Hono } from 'hono';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../../http/env.ts';
import { issuesToFields } from '../../http/validate.ts';
import { ChatRuleError, type ChatStore } from '../../rooms/store.ts';
import { callStore, isRpcMethod, rpcArguments } from '../rpc.ts';
import { sameSecret } from '../secrets.ts';

const statusOf = { forbidden: 403, not_found: 404, conflict: 409, closed: 409, validation_failed: 422 } as const;

/**
 * POST /api/internal/rooms/:method — the chat store for rooms running on PartyKit. Only callers
 * holding the rooms secret (Authorization: Bearer, compared in constant time) get anything at
 * all: a wrong or missing secret is 401 before the method or body are even looked at. Answers
 * `{ result }`, or `{ error: { code, message, fields? } }` with the chat rule's own code
 * (`closed` included) so the room can rethrow the same ChatRuleError.
 */
export function roomsRpcRoutes(deps: Pick<Deps, 'config'>, store: ChatStore) {
  return new Hono<AppEnv>().post('/:method', async (c) => {
    const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
    if (!match?.[1] || !sameSecret(match[1], deps.config.roomsSecret)) {
      return c.json({ error: { code: 'unauthenticated', message: 'This endpoint is for Lantern chat rooms; send the rooms secret' } }, 401);
    }
    const method = c.req.param('method');
    if (!isRpcMethod(method)) return c.json({ error: { code: 'not_found', message: `No rooms method "${method.slice(0, 40)}"` } }, 404);
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      return c.json({ error: { code: 'invalid_json', message: 'The body must be a JSON array of arguments' } }, 400);
    }
    const parsed = rpcArguments[method].safeParse(body);
    if (!parsed.success) {
      return c.json({ error: { code: 'validation_failed', message: `The arguments of ${method} are not valid`, fields: issuesToFields(parsed.error) } }, 422);
    }
    try {
      const result = await callStore(store, method, parsed.data as unknown[]);
      return c.json({ result: result ?? null });
    } catch (error) {
      if (!(error instanceof ChatRuleError)) throw error;
      const fields = error.fields ? { fields: error.fields } : {};
      return c.json({ error: { code: error.code, message: error.message, ...fields } }, statusOf[error.code]);
    }
  });
}
