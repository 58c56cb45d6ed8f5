import { computed, signal } from '@preact/signals';
import type { Agent } from '../../shared/schemas/agents.ts';
import type { SessionInfo } from '../../shared/schemas/auth.ts';

/**
 * Who is signed in. Only this module changes it; the API client reads the CSRF token from here
 * and the app shell reads the status to decide between the login page and the console.
 */
export type Session =
  | { status: 'loading' }
  | { status: 'signed-out'; notice: string | null }
  | { status: 'signed-in'; agent: Agent; csrfToken: string };

export const session = signal<Session>({ status: 'loading' });

export const currentAgent = computed(() => (session.value.status === 'signed-in' ? session.value.agent : null));
export const isAdmin = computed(() => currentAgent.value?.role === 'admin');

/** What the API client sends as X-CSRF-Token on writes. */
export function csrfToken(): string | null {
  return session.value.status === 'signed-in' ? session.value.csrfToken : null;
}

export function signedIn(info: SessionInfo): void {
  session.value = { status: 'signed-in', agent: info.agent, csrfToken: info.csrfToken };
}

/** The signed-in agent changed their own profile: everything showing them (the sidebar) updates at once. */
export function profileChanged(agent: Agent): void {
  if (session.value.status === 'signed-in' && session.value.agent.id === agent.id) session.value = { ...session.value, agent };
}

export function signedOut(notice: string | null = null): void {
  session.value = { status: 'signed-out', notice };
}

/** A call answered 401 while we thought we were signed in: the session expired or was revoked. */
export function sessionExpired(): void {
  if (session.value.status === 'signed-in') signedOut('Your session has ended. Sign in again to continue.');
}
