import type { Context, ErrorHandler } from 'hono';
import type { ErrorCode } from '../../../shared/errors.ts';
import type { AppEnv } from '../../http/env.ts';
import { errorResponse, handleError } from '../../http/errors.ts';
import type { Logger } from '../../lib/logger.ts';
import { ChatRuleError } from '../../rooms/store.ts';

/** The chat rules' refusals as REST errors: an ended chat is a conflict like any other. */
export const restCodeOf: Record<ChatRuleError['code'], ErrorCode> = {
  forbidden: 'forbidden',
  not_found: 'not_found',
  conflict: 'conflict',
  closed: 'conflict',
  validation_failed: 'validation_failed',
};

/** The chat routes' onError: ChatRuleErrors become their REST error, everything else goes the app's way. */
export function chatErrorHandler(logger: Logger): ErrorHandler<AppEnv> {
  const fallback = handleError(logger);
  return (error: Error, c: Context<AppEnv>) =>
    error instanceof ChatRuleError ? errorResponse(c, restCodeOf[error.code], error.message, error.fields) : fallback(error, c);
}
