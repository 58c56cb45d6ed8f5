import type { Db } from '../db/open.ts';
import type { Deps } from '../deps.ts';

/**
 * What the chat domain runs on: the database, and the server secret that signs chat tokens and
 * file links (a message's attachment URLs carry a signature, so serializing one needs it).
 */
export interface ChatDeps {
  db: Db;
  secret: string;
}

export const chatDepsOf = ({ database, config }: Pick<Deps, 'database' | 'config'>): ChatDeps => ({
  db: database.db,
  secret: config.secret,
});
