import type { AgentRole } from '../../shared/schemas/agents.ts';
import type { Actor } from '../audit/log.ts';

/** The authenticated caller of a request: an agent in the console, or an integration's API token. */
export interface Principal {
  agent: { id: string; name: string; email: string; role: AgentRole; avatarUrl: string | null };
  /** What the caller may do. API tokens act for their creator but never with admin rights. */
  role: AgentRole;
  via: { kind: 'session'; sessionId: string; csrfToken: string } | { kind: 'token'; tokenId: string; tokenName: string };
}

export function actorOf(principal: Principal): Actor {
  return principal.via.kind === 'token'
    ? { type: 'token', id: principal.via.tokenId, name: `${principal.via.tokenName} (API token of ${principal.agent.name})` }
    : { type: 'agent', id: principal.agent.id, name: principal.agent.name };
}
