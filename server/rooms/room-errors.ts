import type { ChatErrorFrame } from '../../shared/chat/protocol.ts';
import { errorFrame } from './frame.ts';
import { ChatRuleError } from './store.ts';

/** Close codes a room uses when it refuses a socket (4000–4999 are the application's own). */
export const refuseCodes = {
  /** Missing, forged or expired token, or a deactivated agent. */
  unauthenticated: 4001,
  /** A valid token for someone who may not be here (another visitor's chat, a visitor in the lobby). */
  forbidden: 4003,
  /** No such chat session. */
  notFound: 4004,
  /** The store did not answer; the client should reconnect later. */
  unavailable: 1013,
} as const;

/**
 * A ChatRuleError (also one rebuilt from an HTTP answer, hence the name check) is the client's
 * to fix; anything else is an outage, and the client retries the same clientId later.
 */
export function isRuleError(error: unknown): error is ChatRuleError {
  return error instanceof ChatRuleError || (error instanceof Error && error.name === 'ChatRuleError' && 'code' in error);
}

export function failureFrame(error: unknown, clientId?: string): ChatErrorFrame {
  const about = clientId ? { clientId } : {};
  if (isRuleError(error)) return errorFrame(error.code, error.message, { ...about, ...(error.fields ? { fields: error.fields } : {}) });
  return errorFrame('unavailable', 'Chat is briefly unavailable; try again', { ...about, retryAfterMs: 1000 });
}

export function describe(error: unknown): Record<string, unknown> {
  return error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) };
}
