/** The one error shape every endpoint answers with. */
export type ErrorCode =
  | 'invalid_json'
  | 'validation_failed'
  | 'unauthenticated'
  | 'forbidden'
  | 'csrf_failed'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'payload_too_large'
  | 'origin_not_allowed'
  | 'unsupported_media_type'
  | 'internal_error'
  /** A service this needs is not set up or not answering (e.g. no SMTP server configured). */
  | 'service_unavailable';

export interface ApiErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    /** Field path (dot-joined) → what is wrong with it. */
    fields?: Record<string, string>;
  };
}
