import type { AgentRole } from '../../../shared/schemas/agents.ts';
import type { Actor } from '../../audit/log.ts';

/** Who is changing the knowledge base: the audit actor plus what workflow rules need to know. */
export interface Editor {
  actor: Actor;
  agentId: string;
  role: AgentRole;
}
