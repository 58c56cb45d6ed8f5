import { createSupportClient } from '../../shared/api/support.ts';
import { csrfToken, sessionExpired } from '../state/session.ts';

/**
 * Answers to these paths are about the credentials just sent (a wrong password, no session yet),
 * not about a session that ended, so their 401s must not bounce anyone to the login page.
 */
const credentialPaths = ['/api/auth/login', '/api/auth/me', '/api/auth/setup', '/api/auth/accept-invite'];

function pathOf(input: RequestInfo | URL): string {
  const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return new URL(raw, window.location.origin).pathname;
}

const fetchWatchingSession: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  if (response.status === 401 && !credentialPaths.includes(pathOf(input))) sessionExpired();
  return response;
};

/** The one way the console talks to the server. */
export const api = createSupportClient({ baseUrl: '', csrfToken, fetch: fetchWatchingSession });
