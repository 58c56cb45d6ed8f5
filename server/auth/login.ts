import type { AgentRow } from '../agents/queries.ts';
import { findAgentByEmail } from '../agents/queries.ts';
import type { Db } from '../db/open.ts';
import { verifyAgainstDecoy, verifyPassword } from './password.ts';

/** The agent whose email and password these are, or null. Takes the same time either way. */
export async function checkCredentials(db: Db, email: string, password: string): Promise<AgentRow | null> {
  const agent = findAgentByEmail(db, email);
  if (!agent?.passwordHash || agent.disabledAt) return verifyAgainstDecoy(password).then(() => null);
  return (await verifyPassword(password, agent.passwordHash)) ? agent : null;
}
