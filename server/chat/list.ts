import type { Page } from '../../shared/schemas/common.ts';
import type { ChatListItem } from '../../shared/schemas/chat.ts';
import { searchChats, type ChatSearchFilter } from './transcripts/search.ts';
import type { ChatDeps } from './deps.ts';
import { summariesOf } from './summaries.ts';

/**
 * The console's chat list: filters, keyset pagination and the transcript search (`q`, FTS5) are
 * the transcripts' search (one definition for the list and the export); this adds each chat's
 * summary, unread counted for the viewing agent.
 */
export async function listChats({ db }: ChatDeps, filter: ChatSearchFilter, viewerAgentId: string): Promise<Page<ChatListItem>> {
  const page = await searchChats(db, filter);
  const summaries = summariesOf(
    db,
    page.items.map((hit) => hit.sessionId),
    viewerAgentId,
  );
  const matches = new Map(page.items.map((hit) => [hit.sessionId, hit.match]));
  return {
    items: summaries.map((summary) => ({ ...summary, match: matches.get(summary.id) ?? null })),
    nextCursor: page.nextCursor,
  };
}
