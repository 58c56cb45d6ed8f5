import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { feedbackInput } from '../../../shared/schemas/knowledge.ts';
import type { Db } from '../../db/open.ts';
import { knowledgeArticles, knowledgeFeedback, knowledgeViews } from '../../db/schema.ts';
import { notFound } from '../../lib/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { isLive } from './live.ts';
import { findArticleRow } from './queries.ts';

export type FeedbackData = z.output<typeof feedbackInput>;

function requireLive(db: Db, articleId: string) {
  const article = findArticleRow(db, articleId);
  if (!article || !isLive(article)) throw notFound('Article');
  return article;
}

/**
 * "Was this helpful?": one vote per visitor per article. Voting again changes the vote (and
 * moves the counters), so a visitor can never count twice however often they click.
 */
export async function recordFeedback(db: Db, articleId: string, input: FeedbackData): Promise<{ helpful: number; notHelpful: number }> {
  return db.transaction((tx) => {
    requireLive(db, articleId);
    const now = new Date();
    const previous = tx
      .select()
      .from(knowledgeFeedback)
      .where(and(eq(knowledgeFeedback.articleId, articleId), eq(knowledgeFeedback.visitorId, input.visitorId)))
      .get();
    const delta = { helpful: 0, notHelpful: 0 };
    if (previous) {
      if (previous.helpful !== input.helpful) {
        delta[previous.helpful ? 'helpful' : 'notHelpful'] -= 1;
        delta[input.helpful ? 'helpful' : 'notHelpful'] += 1;
      }
      tx.update(knowledgeFeedback)
        .set({ helpful: input.helpful, comment: input.comment ?? previous.comment, updatedAt: now })
        .where(eq(knowledgeFeedback.id, previous.id))
        .run();
    } else {
      delta[input.helpful ? 'helpful' : 'notHelpful'] += 1;
      tx.insert(knowledgeFeedback)
        .values({ id: uuidv7(now.getTime()), articleId, visitorId: input.visitorId, helpful: input.helpful, comment: input.comment ?? null, createdAt: now, updatedAt: now })
        .run();
    }
    tx.update(knowledgeArticles)
      .set({ helpful: sql`${knowledgeArticles.helpful} + ${delta.helpful}`, notHelpful: sql`${knowledgeArticles.notHelpful} + ${delta.notHelpful}` })
      .where(eq(knowledgeArticles.id, articleId))
      .run();
    const counts = tx.select({ helpful: knowledgeArticles.helpful, notHelpful: knowledgeArticles.notHelpful }).from(knowledgeArticles).where(eq(knowledgeArticles.id, articleId)).get();
    return counts ?? { helpful: 0, notHelpful: 0 };
  });
}

/** Counts a view at most once per visitor per UTC day. Returns whether this one counted. */
export async function recordView(db: Db, articleId: string, visitorId: string, now = new Date()): Promise<boolean> {
  return db.transaction((tx) => {
    requireLive(db, articleId);
    const inserted = tx
      .insert(knowledgeViews)
      .values({ articleId, visitorId, day: now.toISOString().slice(0, 10) })
      .onConflictDoNothing()
      .run().changes;
    if (inserted) tx.update(knowledgeArticles).set({ views: sql`${knowledgeArticles.views} + 1` }).where(eq(knowledgeArticles.id, articleId)).run();
    return inserted > 0;
  });
}
