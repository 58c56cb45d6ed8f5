import { Hono } from 'hono';
import type { Deps } from '../../deps.ts';
import { bearerToken } from '../../http/bearer.ts';
import type { AppEnv } from '../../http/env.ts';
import { readJson } from '../../http/validate.ts';
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
    const token = bearerToken(c);
    if (!token || !sameSecret(token, deps.config.roomsSecret)) {
      return c.json({ error: { code: 'unauthenticated', message: 'This endpoint is for Lantern chat rooms; send the rooms secret' } }, 401);
    }
    const method = c.req.param('method');
    if (!isRpcMethod(method)) return c.json({ error: { code: 'not_found', message: `No rooms method "${method.slice(0, 40)}"` } }, 404);
    // The body is the JSON array of the method's arguments; refusals answer in the same error shape.
    const args = (await readJson(c, rpcArguments[method])) as unknown[];
    try {
      const result = await callStore(store, method, args);
      return c.json({ result: result ?? null });
    } catch (error) {
      if (!(error instanceof ChatRuleError)) throw error;
      const fields = error.fields ? { fields: error.fields } : {};
      return c.json({ error: { code: error.code, message: error.message, ...fields } }, statusOf[error.code]);
    }
  });
}
