import { z } from 'zod';
import { email, limits, requiredText, type IsoDate } from './common.ts';

export const agentRoles = ['admin', 'agent'] as const;
export type AgentRole = (typeof agentRoles)[number];

export interface Agent {
  id: string;
  name: string;
  email: string;
  role: AgentRole;
  avatarUrl: string | null;
  active: boolean;
  invitePending: boolean;
  /** May download analytics exports (admins always may, whatever this says). */
  canExport: boolean;
  createdAt: IsoDate;
}

const avatarUrl = z
  .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
  .max(2000)
  .nullable();

export const createAgentInput = z.strictObject({
  name: requiredText(limits.name),
  email,
  role: z.enum(agentRoles).default('agent'),
});
export type CreateAgentInput = z.input<typeof createAgentInput>;

export const updateAgentInput = z.strictObject({
  name: requiredText(limits.name).optional(),
  role: z.enum(agentRoles).optional(),
  avatarUrl: avatarUrl.optional(),
  active: z.boolean().optional(),
  canExport: z.boolean().optional(),
});
export type UpdateAgentInput = z.input<typeof updateAgentInput>;

/** What agents may change about themselves. */
export const updateProfileInput = z
  .strictObject({
    name: requiredText(limits.name).optional(),
    avatarUrl: avatarUrl.optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: 'nothing to update' });
export type UpdateProfileInput = z.input<typeof updateProfileInput>;

export interface CreatedAgent {
  agent: Agent;
  /** One-time link the new agent opens to choose a password. */
  inviteUrl: string;
}
