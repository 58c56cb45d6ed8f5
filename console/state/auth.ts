import type { AcceptInviteInput, LoginInput, SetupInput } from '../../shared/schemas/auth.ts';
import { api } from '../lib/api.ts';
import { ApiError } from '../lib/errors.ts';
import { forgetAgents } from './agents.ts';
import { signedIn, signedOut } from './session.ts';

/** Asks the server whether the browser's cookie is still a session. */
export async function restoreSession(): Promise<void> {
  try {
    signedIn(await api.auth.me());
  } catch (error) {
    // 401 is the normal "not signed in"; anything else we show on the login page.
    signedOut(error instanceof ApiError && error.status === 401 ? null : 'Could not reach the server to check your session.');
  }
}

export async function signIn(input: LoginInput): Promise<void> {
  signedIn(await api.auth.login(input));
}

export async function completeSetup(input: SetupInput): Promise<void> {
  signedIn(await api.auth.setup(input));
}

export async function acceptInvite(input: AcceptInviteInput): Promise<void> {
  signedIn(await api.auth.acceptInvite(input));
}

export async function signOut(): Promise<void> {
  try {
    await api.auth.logout();
  } finally {
    // Even if the server is unreachable, this browser stops acting signed in.
    forgetAgents();
    signedOut('You have signed out.');
  }
}
