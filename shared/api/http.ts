import type { ApiErrorBody, ErrorCode } from '../errors.ts';

/** A failed API call, carrying the server's error body. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;

  constructor(status: number, body: ApiErrorBody['error']) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.fields = body.fields;
  }
}

export interface HttpOptions {
  /** Origin of the Lantern server; '' for same-origin. */
  baseUrl: string;
  /** Returns the session's CSRF token, if any, for state-changing requests. */
  csrfToken?: () => string | null;
  credentials?: RequestCredentials;
  fetch?: typeof fetch;
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export type Http = <T>(method: string, path: string, init?: { query?: Query; body?: unknown }) => Promise<T>;

export function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function createHttp(options: HttpOptions): Http {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  return async function request<T>(method: string, path: string, init: { query?: Query; body?: unknown } = {}) {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && method !== 'HEAD') {
      const token = options.csrfToken?.();
      if (token) headers['x-csrf-token'] = token;
    }
    const response = await doFetch(`${options.baseUrl}${path}${queryString(init.query)}`, {
      method,
      headers,
      credentials: options.credentials ?? 'same-origin',
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    return readResponse<T>(response);
  };
}

/** The JSON payload of a response, or the server's error as an ApiError. */
export async function readResponse<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const isJson = response.headers.get('content-type')?.includes('application/json') ?? false;
  const payload: unknown = isJson ? await response.json() : await response.text();
  if (!response.ok) {
    const body =
      isJson && payload && typeof payload === 'object' && 'error' in payload
        ? (payload as ApiErrorBody).error
        : { code: 'internal_error' as const, message: `HTTP ${response.status}` };
    throw new ApiError(response.status, body);
  }
  return payload as T;
}
