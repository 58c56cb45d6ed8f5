import { chatDepsOf } from '../chat/deps.ts';
import type { Deps } from '../deps.ts';
import { DirectChatStore } from './direct-store.ts';
import { createChatRooms, type ChatRooms } from './index.ts';

/**
 * The chat rooms as `npm start` runs them: in this process, on this database. Kept apart from
 * index.ts so nothing on the PartyKit side ever imports SQLite.
 */
export function hostChatRooms(deps: Pick<Deps, 'database' | 'config' | 'logger'>, options: { offlineGraceMs?: number } = {}): ChatRooms {
  return createChatRooms({ store: new DirectChatStore(chatDepsOf(deps)), config: deps.config, logger: deps.logger, ...options });
}
