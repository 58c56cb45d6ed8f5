import { z } from 'zod';
import { email, limits, requiredText } from './common.ts';
import type { Agent } from './agents.ts';

export const password = z
  .string()
  .min(limits.password.min, { message: `must be at least ${limits.password.min} characters` })
  .max(limits.password.max, { message: `must be at most ${limits.password.max} characters` });

export const loginInput = z.strictObject({
  email,
  // Login accepts any length up to the max: old passwords must still work if the minimum rises.
  password: z.string().min(1, { message: 'is required' }).max(limits.password.max),
});
export type LoginInput = z.input<typeof loginInput>;

export const setupInput = z.strictObject({
  token: z.string().min(1).max(200),
  name: requiredText(limits.name),
  email,
  password,
});
export type SetupInput = z.input<typeof setupInput>;

export const acceptInviteInput = z.strictObject({
  token: z.string().min(1).max(200),
  name: requiredText(limits.name).optional(),
  password,
});
export type AcceptInviteInput = z.input<typeof acceptInviteInput>;

export const changePasswordInput = z.strictObject({
  currentPassword: z.string().min(1, { message: 'is required' }).max(limits.password.max),
  newPassword: password,
});
export type ChangePasswordInput = z.input<typeof changePasswordInput>;

export interface SessionInfo {
  agent: Agent;
  /** Sent back in the X-CSRF-Token header on every state-changing request. */
  csrfToken: string;
}

export interface InviteInfo {
  purpose: 'setup' | 'invite';
  email: string | null;
  name: string | null;
}

export const csrfHeader = 'X-CSRF-Token';
