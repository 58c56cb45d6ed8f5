import { and, desc, eq, isNull } from 'drizzle-orm';
import type { ApiToken, CreatedApiToken } from '../../shared/schemas/tokens.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import type { Principal } from '../auth/principal.ts';
import type { Db } from '../db/open.ts';
import { agents, apiTokens } from '../db/schema.ts';
import { notFound } from '../lib/errors.ts';
import { sha256 } from '../lib/hash.ts';
import { randomToken, uuidv7 } from '../lib/ids.ts';

const tokenPrefix = 'lt_';
const lastUsedEveryMs = 60_000;

export async function listApiTokens(db: Db): Promise<ApiToken[]> {
  return db
    .select({ token: apiTokens, creator: { id: agents.id, name: agents.name } })
    .from(apiTokens)
    .leftJoin(agents, eq(agents.id, apiTokens.createdBy))
    .where(isNull(apiTokens.revokedAt))
    .orderBy(desc(apiTokens.createdAt))
    .all()
    .map(({ token, creator }) => ({
      id: token.id,
      name: token.name,
      prefix: token.prefix,
      createdBy: creator,
      createdAt: token.createdAt.toISOString(),
      lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    }));
}

export async function createApiToken(db: Db, name: string, creator: { id: string; name: string }, actor: Actor): Promise<CreatedApiToken> {
  const secret = randomToken(tokenPrefix, 32);
  const now = new Date();
  const row = {
    id: uuidv7(),
    name,
    tokenHash: sha256(secret),
    prefix: secret.slice(0, tokenPrefix.length + 6),
    createdBy: creator.id,
    createdAt: now,
    lastUsedAt: null,
    revokedAt: null,
  };
  db.transaction((tx) => {
    tx.insert(apiTokens).values(row).run();
    recordAudit(tx, actor, 'api_token.created', 'api_token', row.id, { name });
  });
  return {
    secret,
    token: { id: row.id, name, prefix: row.prefix, createdBy: creator, createdAt: now.toISOString(), lastUsedAt: null },
  };
}

export async function revokeApiToken(db: Db, id: string, actor: Actor): Promise<void> {
  db.transaction((tx) => {
    const row = tx.select().from(apiTokens).where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt))).get();
    if (!row) throw notFound('API token');
    tx.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, id)).run();
    recordAudit(tx, actor, 'api_token.revoked', 'api_token', id, { name: row.name });
  });
}

/** The principal behind a Bearer secret: its creator, capped at agent rights. */
export async function principalFromApiToken(db: Db, secret: string): Promise<Principal | null> {
  if (!secret.startsWith(tokenPrefix)) return null;
  const row = db
    .select({ token: apiTokens, agent: agents })
    .from(apiTokens)
    .innerJoin(agents, eq(agents.id, apiTokens.createdBy))
    .where(and(eq(apiTokens.tokenHash, sha256(secret)), isNull(apiTokens.revokedAt), isNull(agents.disabledAt)))
    .get();
  if (!row) return null;
  const now = new Date();
  if (!row.token.lastUsedAt || now.getTime() - row.token.lastUsedAt.getTime() > lastUsedEveryMs) {
    db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.token.id)).run();
  }
  const { agent } = row;
  return {
    agent: { id: agent.id, name: agent.name, email: agent.email, role: agent.role, avatarUrl: agent.avatarUrl },
    role: 'agent',
    via: { kind: 'token', tokenId: row.token.id, tokenName: row.token.name },
  };
}
