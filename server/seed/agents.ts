import type Database from 'better-sqlite3';
import type { AgentRole } from '../../shared/schemas/agents.ts';
import { DAY } from './calendar.ts';
import { emailWord, type EmailBook } from './emails.ts';
import { seededUuidv7 } from './ids.ts';
import { WeightedChoice, type Random } from './random.ts';
import { agentEmailDomain, firstNames, lastNames } from './vocabulary/people.ts';

export interface SeededAgent {
  id: string;
  name: string;
  firstName: string;
  email: string;
  role: AgentRole;
  createdAt: number;
}

/** A support team: one admin (two once the team is a dozen), everyone else an agent. */
export function generateAgents(rng: Random, count: number, historyStart: number, emails: EmailBook): SeededAgent[] {
  const usedNames = new Set<string>();
  const team: SeededAgent[] = [];
  for (let index = 0; index < count; index++) {
    let firstName: string;
    let lastName: string;
    let attempts = 0;
    do {
      firstName = rng.pick(firstNames);
      lastName = rng.pick(lastNames);
    } while (usedNames.has(`${firstName} ${lastName}`) && ++attempts < 20);
    const name = `${firstName} ${lastName}`;
    usedNames.add(name);
    // The team predates the history shown, so every ticket has someone to answer it.
    const createdAt = Math.floor(historyStart - rng.between(30, 720) * DAY);
    team.push({
      id: seededUuidv7(rng, createdAt),
      name,
      firstName,
      email: emails.claim(`${emailWord(firstName)}.${emailWord(lastName)}`, agentEmailDomain),
      role: index === 0 || (index === 1 && count >= 12) ? 'admin' : 'agent',
      createdAt,
    });
  }
  return team;
}

/** Some agents carry more of the queue than others (seniority, part-time, shifts). */
export function workloadChoice(rng: Random, team: readonly SeededAgent[]): WeightedChoice<SeededAgent> {
  return new WeightedChoice(team.map((agent) => [agent, rng.logNormal(1, 0.45)] as const));
}

/** All agents share one password hash: hashing is deliberately slow, and it's the same demo password. */
export function insertAgents(sqlite: Database.Database, team: readonly SeededAgent[], passwordHash: string): void {
  const insert = sqlite.prepare(
    'insert into agents (id, name, email, role, password_hash, avatar_url, created_at, disabled_at) values (?, ?, ?, ?, ?, null, ?, null)',
  );
  for (const agent of team) insert.run(agent.id, agent.name, agent.email, agent.role, passwordHash, agent.createdAt);
}
