import { readResponse, type HttpOptions } from './http.ts';

export type MultipartHttp = <T>(path: string, form: FormData) => Promise<T>;

/**
 * POSTs a FormData body (file uploads). Same contract as `createHttp`: the session's CSRF token in
 * X-CSRF-Token, JSON answers, `ApiError` on failure. The Content-Type is left to `fetch`, which
 * adds the multipart boundary.
 */
export function createMultipartHttp(options: HttpOptions): MultipartHttp {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  return async function post<T>(path: string, form: FormData) {
    const headers: Record<string, string> = { accept: 'application/json' };
    const token = options.csrfToken?.();
    if (token) headers['x-csrf-token'] = token;
    const response = await doFetch(`${options.baseUrl}${path}`, {
      method: 'POST',
      headers,
      credentials: options.credentials ?? 'same-origin',
      body: form,
    });
    return readResponse<T>(response);
  };
}

/** The upload form the server expects: the file in `file`, with its name, and an optional `articleId`. */
export function uploadForm(file: Blob, fileName: string, articleId?: string): FormData {
  const form = new FormData();
  form.append('file', file, fileName);
  if (articleId) form.append('articleId', articleId);
  return form;
}
