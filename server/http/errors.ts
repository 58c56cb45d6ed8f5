import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorBody, ErrorCode } from '../../shared/errors.ts';
import { AppError } from '../lib/errors.ts';
import type { Logger } from '../lib/logger.ts';
import type { AppEnv } from './env.ts';

const statusByCode: Record<ErrorCode, ContentfulStatusCode> = {
  invalid_json: 400,
  validation_failed: 422,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  origin_not_allowed: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
};

export function errorResponse(c: Context, code: ErrorCode, message: string, fields?: Record<string, string>) {
  const body: ApiErrorBody = { error: fields ? { code, message, fields } : { code, message } };
  return c.json(body, statusByCode[code]);
}

/** The app's onError: known failures become their error body, anything else a logged 500. */
export function handleError(logger: Logger) {
  return (err: Error, c: Context<AppEnv>) => {
    if (err instanceof AppError) return errorResponse(c, err.code, err.message, err.fields);
    if (err instanceof HTTPException) {
      const code: ErrorCode =
        err.status === 413 ? 'payload_too_large' : err.status === 401 ? 'unauthenticated' : err.status === 403 ? 'forbidden' : 'validation_failed';
      return errorResponse(c, code, err.message || 'Request refused');
    }
    logger.error('unhandled error', { requestId: c.get('requestId'), error: err.stack ?? String(err) });
    return errorResponse(c, 'internal_error', 'Something went wrong on our side; it has been logged.');
  };
}
