import { and, desc, eq, isNotNull, ne } from 'drizzle-orm';
import type { ChatCustomerContext, ViewedArticle } from '../../shared/schemas/chat.ts';
import { getCustomer } from '../customers/queries.ts';
import type { Queryable } from '../db/open.ts';
import { chatSessions, knowledgeArticles, knowledgeRevisions, knowledgeViews } from '../db/schema.ts';
import { notFound } from '../lib/errors.ts';
import { listTickets } from '../tickets/list.ts';
import type { ChatDeps } from './deps.ts';
import { findSessionRow } from './rows.ts';
import { summariesOf } from './summaries.ts';

const previousChatLimit = 10;
const recentTicketLimit = 5;
const viewedArticleLimit = 10;

/** Articles this visitor opened in the widget (a view is counted once per day), newest first, as they read now. */
export function viewedArticles(db: Queryable, visitorId: string): ViewedArticle[] {
  return db
    .select({
      id: knowledgeArticles.id,
      locale: knowledgeArticles.locale,
      slug: knowledgeArticles.slug,
      title: knowledgeRevisions.title,
      day: knowledgeViews.day,
    })
    .from(knowledgeViews)
    .innerJoin(knowledgeArticles, eq(knowledgeArticles.id, knowledgeViews.articleId))
    .innerJoin(
      knowledgeRevisions,
      and(eq(knowledgeRevisions.articleId, knowledgeArticles.id), eq(knowledgeRevisions.version, knowledgeArticles.publishedVersion)),
    )
    .where(and(eq(knowledgeViews.visitorId, visitorId), isNotNull(knowledgeArticles.publishedVersion)))
    .orderBy(desc(knowledgeViews.day), desc(knowledgeArticles.id))
    .limit(viewedArticleLimit * 3)
    .all()
    .filter((row, index, rows) => rows.findIndex((other) => other.id === row.id) === index)
    .slice(0, viewedArticleLimit);
}

/** The sidebar next to a conversation: who the customer is, their other chats and tickets, what they read. */
export async function chatContext({ db }: ChatDeps, sessionId: string, viewerAgentId: string): Promise<ChatCustomerContext> {
  const session = findSessionRow(db, sessionId);
  if (!session) throw notFound('Chat');
  const previousIds = db
    .select({ id: chatSessions.id })
    .from(chatSessions)
    .where(and(eq(chatSessions.customerId, session.customerId), ne(chatSessions.id, sessionId)))
    .orderBy(desc(chatSessions.startedAt), desc(chatSessions.id))
    .limit(previousChatLimit)
    .all()
    .map((row) => row.id);
  const tickets = await listTickets(db, { customerId: session.customerId, sort: '-created', limit: recentTicketLimit }, viewerAgentId);
  const pageUrl = session.metadata.pageUrl;
  return {
    customer: await getCustomer(db, session.customerId),
    verified: session.verified,
    pageUrl: typeof pageUrl === 'string' ? pageUrl : null,
    previousChats: summariesOf(db, previousIds, viewerAgentId),
    recentTickets: tickets.items,
    viewedArticles: viewedArticles(db, session.visitorId),
  };
}
