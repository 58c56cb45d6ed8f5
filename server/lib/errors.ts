import type { ErrorCode } from '../../shared/errors.ts';

/**
 * A failure the caller can act on. Domain code throws these; the HTTP layer alone decides the
 * status code, so the same domain functions can serve REST, chat rooms and background jobs.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;

  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const forbidden = (message: string) => new AppError('forbidden', message);
export const conflict = (message: string, fields?: Record<string, string>) => new AppError('conflict', message, fields);
export const invalid = (fields: Record<string, string>, message = 'Some fields are not valid') =>
  new AppError('validation_failed', message, fields);
