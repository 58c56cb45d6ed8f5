import { and, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { IsoDate, Page } from '../../../shared/schemas/common.ts';
import type { ChatExportFilter, ChatFilter, ChatSearchMatch } from '../../../shared/schemas/transcripts.ts';
import type { Queryable } from '../../db/open.ts';
import { chatMessages, chatSessions, customers } from '../../db/schema.ts';
import { decodeCursor, encodeCursor, ftsPrefixQuery, likeContains } from '../../lib/cursor.ts';
import { AppError } from '../../lib/errors.ts';
import { snippetAround } from './snippet.ts';

export type ChatSearchFilter = ChatFilter & { cursor?: string; limit: number };

export interface ChatSearchHit {
  sessionId: string;
  startedAt: IsoDate;
  /** Null when the chat matched by its filters alone, or by the customer's name or email. */
  match: ChatSearchMatch | null;
}

/**
 * Messages whose text matches: the FTS5 index (unicode61, diacritics removed, so "resume" finds
 * "résumé") keyed by chat_messages.rowid. Internal notes are indexed too: this search serves
 * agents only, and each hit says when it matched in a note.
 */
const matchedMessages = (fts: string) => sql`select m.rowid as rid, m.session_id as session_id
  from ${chatMessages} m where m.rowid in (select rowid from chat_messages_fts where chat_messages_fts match ${fts})`;

function filterConditions(filter: ChatFilter & { ids?: string[] | undefined }, fts: string | null): (SQL | undefined)[] {
  const q = filter.q?.trim();
  const customerMatch = q
    ? sql`${chatSessions.customerId} in (select ${customers.id} from ${customers} where ${customers.name} like ${likeContains(q)} escape '\\' or ${customers.email} like ${likeContains(q)} escape '\\')`
    : undefined;
  return [
    filter.ids ? inArray(chatSessions.id, filter.ids) : undefined,
    filter.status ? inArray(chatSessions.status, filter.status) : undefined,
    filter.agentId === 'none' ? isNull(chatSessions.assignedAgentId) : filter.agentId ? eq(chatSessions.assignedAgentId, filter.agentId) : undefined,
    filter.customerId ? eq(chatSessions.customerId, filter.customerId) : undefined,
    filter.siteId ? eq(chatSessions.siteId, filter.siteId) : undefined,
    // Raw comparisons: the bounds are milliseconds, the column's mapped type is Date.
    filter.from !== undefined ? sql`${chatSessions.startedAt} >= ${filter.from}` : undefined,
    filter.to !== undefined ? sql`${chatSessions.startedAt} < ${filter.to}` : undefined,
    q
      ? or(fts ? sql`${chatSessions.id} in (select session_id from (${matchedMessages(fts)}))` : undefined, customerMatch)
      : undefined,
  ];
}

/** Chats matching the filters, newest first, keyset-paginated on (started_at, id). */
export async function searchChats(db: Queryable, filter: ChatSearchFilter): Promise<Page<ChatSearchHit>> {
  const fts = filter.q ? ftsPrefixQuery(filter.q) : null;
  const after = filter.cursor ? decodeCursor(filter.cursor) : null;
  if (after && typeof after.value !== 'number') {
    throw new AppError('validation_failed', 'The query is not valid', { cursor: 'is not a cursor this API gave out' });
  }
  const rows = db
    .select({ id: chatSessions.id, startedAt: chatSessions.startedAt })
    .from(chatSessions)
    .where(
      and(
        ...filterConditions(filter, fts),
        after
          ? or(sql`${chatSessions.startedAt} < ${after.value}`, and(sql`${chatSessions.startedAt} = ${after.value}`, sql`${chatSessions.id} < ${after.id}`))
          : undefined,
      ),
    )
    .orderBy(desc(chatSessions.startedAt), desc(chatSessions.id))
    .limit(filter.limit + 1)
    .all();
  const page = rows.slice(0, filter.limit);
  const last = page[page.length - 1];
  const matches = fts && filter.q ? firstMatches(db, page.map((row) => row.id), fts, filter.q) : new Map<string, ChatSearchMatch>();
  return {
    items: page.map((row) => ({ sessionId: row.id, startedAt: row.startedAt.toISOString(), match: matches.get(row.id) ?? null })),
    nextCursor: rows.length > filter.limit && last ? encodeCursor(last.startedAt.getTime(), last.id) : null,
  };
}

/**
 * For each chat of a page, the message to show as the reason it matched: a customer-visible one
 * when there is one (so "matched in a note" appears only when nothing else matched), else the
 * earliest note; plus how many of its messages matched.
 */
function firstMatches(db: Queryable, sessionIds: string[], fts: string, q: string): Map<string, ChatSearchMatch> {
  const result = new Map<string, ChatSearchMatch>();
  if (!sessionIds.length) return result;
  const rows = db.all<{ id: string; session_id: string; seq: number; body: string; is_internal: number; matched: number }>(sql`
    select id, session_id, seq, body, is_internal, matched from (
      select m.id, m.session_id, m.seq, m.body, m.is_internal,
        count(*) over (partition by m.session_id) as matched,
        row_number() over (partition by m.session_id order by m.is_internal, m.seq) as pick
      from ${chatMessages} m
      where m.session_id in (${sql.join(sessionIds.map((sid) => sql`${sid}`), sql`, `)})
        and m.rowid in (select rowid from chat_messages_fts where chat_messages_fts match ${fts})
    ) where pick = 1`);
  for (const row of rows) {
    result.set(row.session_id, {
      messageId: row.id,
      seq: row.seq,
      snippet: snippetAround(row.body, q),
      internal: row.is_internal === 1,
      count: row.matched,
    });
  }
  return result;
}

/**
 * The ids of every chat matching the filters, newest first, for an export. Refuses (before any
 * work) when more than `cap` match, so an export is never silently cut short.
 */
export function chatIdsForExport(db: Queryable, filter: ChatExportFilter, cap: number): string[] {
  const fts = filter.q ? ftsPrefixQuery(filter.q) : null;
  const rows = db
    .select({ id: chatSessions.id })
    .from(chatSessions)
    .where(and(...filterConditions(filter, fts)))
    .orderBy(desc(chatSessions.startedAt), desc(chatSessions.id))
    .limit(cap + 1)
    .all();
  if (rows.length > cap) {
    throw new AppError('validation_failed', `An export holds at most ${cap} chats; narrow the filters (dates, agent, status) and export in parts`, {
      _: `more than ${cap} chats match`,
    });
  }
  return rows.map((row) => row.id);
}
