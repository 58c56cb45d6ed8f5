import { createSupportClient } from '../../shared/api/support.ts';
import { csrfToken, sessionExpired } from '../state/session.ts';

/**
 * Answers to these requests are about the credentials just sent (a wrong password, no session yet),
 * not about a session that ended, so their 401s must not bounce anyone to the login page. Only
 * reading /api/auth/me is such a check; saving your profile there needs the session like any write.
 */
const credentialChecks = ['POST /api/auth/login', 'GET /api/auth/me', 'POST /api/auth/setup', 'POST /api/auth/accept-invite'];

function pathOf(input: RequestInfo | URL): string {
  const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return new URL(raw, window.location.origin).pathname;
}

const fetchWatchingSession: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  if (response.status === 401 && !credentialChecks.includes(`${method} ${pathOf(input)}`)) sessionExpired();
  return response;
};

/** The one way the console talks to the server. */
export const api = createSupportClient({ baseUrl: '', csrfToken, fetch: fetchWatchingSession });
