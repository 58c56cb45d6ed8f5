import { createSupportClient, type SupportClient } from '../../shared/api/support.ts';
import { createAgentWithPassword, type TestServer } from './harness.ts';

/**
 * A signed-in agent for API tests: the shared typed client plus a raw `fetch` that carries the
 * same cookie (and, unless told otherwise, the CSRF token) for requests the client would refuse
 * to build, such as malformed bodies.
 */
export interface SignedIn {
  api: SupportClient;
  agentId: string;
  cookie: string;
  csrfToken: string;
  raw(path: string, init?: RequestInit & { csrf?: boolean }): Promise<Response>;
}

export async function signIn(server: TestServer, email: string, password: string): Promise<SignedIn> {
  const response = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const session = (await response.json()) as { csrfToken: string; agent: { id: string } };
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const withCookie: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('cookie', cookie);
    return fetch(input, { ...init, headers });
  };
  return {
    api: createSupportClient({ baseUrl: server.url, csrfToken: () => session.csrfToken, fetch: withCookie }),
    agentId: session.agent.id,
    cookie,
    csrfToken: session.csrfToken,
    raw(path, init = {}) {
      const headers = new Headers(init.headers);
      headers.set('cookie', cookie);
      if (init.csrf !== false) headers.set('x-csrf-token', session.csrfToken);
      if (init.body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
      return fetch(`${server.url}${path}`, { ...init, headers });
    },
  };
}

let counter = 0;

/** Creates an agent with a password and signs them in. */
export async function newAgent(server: TestServer, role: 'admin' | 'agent', name = role === 'admin' ? 'Ada Admin' : 'Sam Agent') {
  counter += 1;
  const email = `${role}${counter}@lantern.test`;
  const password = 'correct horse battery staple';
  await createAgentWithPassword(server.database, { name, email, role, password });
  return { email, password, ...(await signIn(server, email, password)) };
}

/** Row counts of every table, to prove a refused request wrote nothing. */
export function tableCounts(server: TestServer): Record<string, number> {
  const { sqlite } = server.database;
  const tables = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%fts%' and name not like '__drizzle%'")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [name, (sqlite.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n]),
  );
}
