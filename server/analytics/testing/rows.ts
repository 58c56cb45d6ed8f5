import { max } from 'drizzle-orm';
import type { Db } from '../../db/open.ts';
import { agents, chatSessions, customers, knowledgeArticles, knowledgeFeedback, knowledgeSearches, knowledgeViews, sites, tickets } from '../../db/schema.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { defaultSlaTargets } from '../../../shared/schemas/team-settings.ts';

/**
 * Row builders for analytics tests: exact timestamps straight into the real database, with only
 * the columns a test cares about spelled out.
 */
type TicketRow = typeof tickets.$inferInsert;
type ChatRow = typeof chatSessions.$inferInsert;

export const minutes = (n: number) => n * 60 * 1000;
export const hours = (n: number) => n * 60 * minutes(1);

export function analyticsRows(db: Db) {
  let ticketNumber = db.select({ n: max(tickets.number) }).from(tickets).get()?.n ?? 0;
  const customerId = uuidv7();
  db.insert(customers).values({ id: customerId, name: 'Casey Customer', metadata: {}, createdAt: new Date(0), updatedAt: new Date(0) }).run();
  const siteId = db.select({ id: sites.id }).from(sites).get()?.id ?? '';
  let article: string | null = null;
  const articleId = () => {
    if (!article) {
      article = uuidv7();
      const at = new Date(0);
      db.insert(knowledgeArticles)
        .values({ id: article, translationGroupId: article, locale: 'en', slug: 'analytics-test', status: 'published', version: 1, views: 0, helpful: 0, notHelpful: 0, metadata: {}, createdAt: at, updatedAt: at })
        .run();
    }
    return article;
  };

  return {
    agent(name: string, disabled = false): string {
      const id = uuidv7();
      db.insert(agents)
        .values({ id, name, email: `${id}@analytics.test`, role: 'agent', createdAt: new Date(0), disabledAt: disabled ? new Date(0) : null })
        .run();
      return id;
    },

    /** A ticket created at `created`; `firstResponse` and `resolved` are offsets from it in ms. */
    ticket(input: Partial<TicketRow> & { created: number; firstResponse?: number | null; resolved?: number | null }): string {
      const id = uuidv7();
      ticketNumber += 1;
      const priority = input.priority ?? 'medium';
      const created = new Date(input.created);
      const resolvedAt = input.resolved == null ? null : new Date(input.created + input.resolved);
      db.insert(tickets)
        .values({
          id,
          number: ticketNumber,
          subject: 'Analytics',
          description: 'Analytics test ticket',
          status: input.status ?? (resolvedAt ? 'resolved' : 'open'),
          priority,
          channel: input.channel ?? 'email',
          category: input.category ?? null,
          tags: [],
          customerId,
          assigneeId: input.assigneeId ?? null,
          createdAt: created,
          updatedAt: created,
          firstResponseAt: input.firstResponse == null ? null : new Date(input.created + input.firstResponse),
          resolvedAt,
          // The default targets (calendar clock), unless the test stamps its own.
          slaDueAt: input.slaDueAt ?? new Date(input.created + minutes(defaultSlaTargets.priorities[priority].firstResponseMinutes)),
          resolutionDueAt: input.resolutionDueAt ?? new Date(input.created + minutes(defaultSlaTargets.priorities[priority].resolutionMinutes)),
          satisfaction: input.satisfaction ?? null,
        })
        .run();
      return id;
    },

    /** A chat started at `started`; `assigned` and `closed` are offsets from it in ms. */
    chat(input: Partial<ChatRow> & { started: number; assigned?: number | null; closed?: number | null }): string {
      const id = uuidv7();
      const assignedAt = input.assigned == null ? null : new Date(input.started + input.assigned);
      const closedAt = input.closed == null ? null : new Date(input.started + input.closed);
      db.insert(chatSessions)
        .values({
          id,
          siteId,
          customerId,
          visitorId: id,
          verified: false,
          customerName: 'Casey Customer',
          assignedAgentId: input.assignedAgentId ?? null,
          status: closedAt ? 'closed' : assignedAt ? 'active' : 'waiting',
          priority: 'medium',
          startedAt: new Date(input.started),
          lastActivityAt: new Date(input.started),
          assignedAt,
          closedAt,
          closedBy: closedAt ? 'agent' : null,
          convertedTicketId: input.convertedTicketId ?? null,
          lastSeq: 0,
          rating: input.rating ?? null,
          metadata: {},
        })
        .run();
      return id;
    },

    search(at: number, results: number): void {
      db.insert(knowledgeSearches).values({ id: uuidv7(), locale: 'en', query: 'refund', results, source: 'widget', createdAt: new Date(at) }).run();
    },

    view(day: string, visitorId: string): void {
      db.insert(knowledgeViews).values({ articleId: articleId(), visitorId, day }).run();
    },

    vote(at: number, helpful: boolean): void {
      const when = new Date(at);
      db.insert(knowledgeFeedback).values({ id: uuidv7(), articleId: articleId(), visitorId: uuidv7(), helpful, createdAt: when, updatedAt: when }).run();
    },
  };
}
