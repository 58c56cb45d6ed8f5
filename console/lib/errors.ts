import { ApiError } from '../../shared/api/http.ts';

export { ApiError };

/** Field path → message, as the server sends them (`allowedOrigins.1`, `tags.0`, …). */
export type FieldErrors = Record<string, string>;

/** A sentence a person can act on, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'rate_limited') return error.message || 'Too many attempts. Wait a little and try again.';
    if (error.code === 'internal_error' && error.status >= 500) return 'The server had a problem. Try again in a moment.';
    // The fields say what is wrong; the server's summary ("The request body is not valid") adds nothing.
    if (error.code === 'validation_failed' && error.fields) return 'Some fields need attention.';
    return error.message;
  }
  if (error instanceof TypeError) return 'Could not reach the server. Check your connection and try again.';
  return 'Something went wrong. Try again.';
}

export function fieldErrorsOf(error: unknown): FieldErrors {
  return error instanceof ApiError && error.fields ? error.fields : {};
}

/**
 * The message for one form field: the field itself or any item inside it (`tags.2` → `tags`), with
 * the item's position named so "may hold letters…" says which tag is wrong. Server messages are
 * fragments ("is required"); <Field> puts its label in front of them.
 */
export function errorFor(fields: FieldErrors, name: string, itemWord = 'Item'): string | undefined {
  if (fields[name]) return fields[name];
  const prefix = `${name}.`;
  for (const [key, message] of Object.entries(fields)) {
    if (key.startsWith(prefix)) {
      const rest = key.slice(prefix.length);
      return /^\d+$/.test(rest) ? `${itemWord} ${Number(rest) + 1} ${message}` : message;
    }
  }
  return undefined;
}

/** Errors the form has no field for still need to be seen. */
export function unclaimedErrors(fields: FieldErrors, known: readonly string[]): string[] {
  return Object.entries(fields)
    .filter(([key]) => !known.some((name) => key === name || key.startsWith(`${name}.`)))
    .map(([key, message]) => (key === '_' ? message : `${key} ${message}`));
}

export const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;
export const isForbidden = (error: unknown) => error instanceof ApiError && error.status === 403 && error.code === 'forbidden';
