import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Article } from '../../../shared/schemas/knowledge.ts';
import { recordAudit } from '../../audit/log.ts';
import type { Db, Queryable } from '../../db/open.ts';
import { knowledgeArticles, knowledgeRevisions, knowledgeReviews } from '../../db/schema.ts';
import { conflict, forbidden } from '../../lib/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import type { Editor } from './editor.ts';
import { readArticle, requireArticleRow } from './queries.ts';
import type { ArticleRow } from './serialize.ts';
import { withdrawOpenReview } from './write.ts';

/**
 * draft → in_review → published; archived takes an article offline. Publishing needs approval by
 * an admin or by an agent who neither wrote nor requested the revision; admins may also publish
 * directly. Every step is audit-logged.
 */

function openReview(db: Queryable, articleId: string) {
  return db
    .select()
    .from(knowledgeReviews)
    .where(and(eq(knowledgeReviews.articleId, articleId), isNull(knowledgeReviews.decision)))
    .orderBy(desc(knowledgeReviews.requestedAt))
    .get();
}

function headAuthor(db: Queryable, article: ArticleRow): string | null {
  return (
    db
      .select({ authorId: knowledgeRevisions.authorId })
      .from(knowledgeRevisions)
      .where(and(eq(knowledgeRevisions.articleId, article.id), eq(knowledgeRevisions.version, article.version)))
      .get()?.authorId ?? null
  );
}

function goLive(db: Queryable, article: ArticleRow, at: Date) {
  db.update(knowledgeArticles)
    .set({ status: 'published', publishedVersion: article.version, publishedAt: article.publishedAt ?? at, updatedAt: at })
    .where(eq(knowledgeArticles.id, article.id))
    .run();
}

export async function submitForReview(db: Db, id: string, comment: string | undefined, editor: Editor): Promise<Article> {
  return db.transaction((tx) => {
    const article = requireArticleRow(tx, id);
    if (article.status === 'archived') throw conflict('This article is archived; restore it first');
    if (article.status === 'in_review') throw conflict('This article is already waiting for review');
    if (article.publishedVersion === article.version) throw conflict('Nothing to review: the newest version is already published');
    const now = new Date();
    tx.insert(knowledgeReviews)
      .values({ id: uuidv7(now.getTime()), articleId: id, version: article.version, requestedBy: editor.agentId, requestComment: comment ?? null, requestedAt: now, decision: null, decidedBy: null, decisionComment: null, decidedAt: null })
      .run();
    tx.update(knowledgeArticles).set({ status: 'in_review', updatedAt: now }).where(eq(knowledgeArticles.id, id)).run();
    recordAudit(tx, editor.actor, 'article.review_requested', 'article', id, { version: article.version }, now);
    return readArticle(tx, id);
  });
}

function decide(db: Db, id: string, decision: 'approved' | 'rejected', comment: string | undefined, editor: Editor): Article {
  return db.transaction((tx) => {
    const article = requireArticleRow(tx, id);
    const review = openReview(tx, id);
    if (article.status !== 'in_review' || !review) throw conflict('This article is not waiting for review');
    const ownWork = review.requestedBy === editor.agentId || headAuthor(tx, article) === editor.agentId;
    if (ownWork && editor.role !== 'admin') {
      throw forbidden(`You wrote or submitted this version; another agent or an admin must ${decision === 'approved' ? 'approve' : 'reject'} it`);
    }
    const now = new Date();
    tx.update(knowledgeReviews)
      .set({ decision, decidedBy: editor.agentId, decisionComment: comment ?? null, decidedAt: now })
      .where(eq(knowledgeReviews.id, review.id))
      .run();
    if (decision === 'approved') goLive(tx, article, now);
    else tx.update(knowledgeArticles).set({ status: 'draft', updatedAt: now }).where(eq(knowledgeArticles.id, id)).run();
    recordAudit(tx, editor.actor, decision === 'approved' ? 'article.approved' : 'article.rejected', 'article', id, { version: article.version, comment: comment ?? null }, now);
    return readArticle(tx, id);
  });
}

export async function approveArticle(db: Db, id: string, comment: string | undefined, editor: Editor): Promise<Article> {
  return decide(db, id, 'approved', comment, editor);
}

export async function rejectArticle(db: Db, id: string, comment: string, editor: Editor): Promise<Article> {
  return decide(db, id, 'rejected', comment, editor);
}

/** Admins only: publish the newest version without a review (closing any open one as approved). */
export async function publishArticle(db: Db, id: string, editor: Editor): Promise<Article> {
  if (editor.role !== 'admin') throw forbidden('Only admins can publish without review; submit it for review instead');
  return db.transaction((tx) => {
    const article = requireArticleRow(tx, id);
    if (article.status === 'archived') throw conflict('This article is archived; restore it first');
    if (article.status === 'published' && article.publishedVersion === article.version) throw conflict('The newest version is already published');
    const now = new Date();
    tx.update(knowledgeReviews)
      .set({ decision: 'approved', decidedBy: editor.agentId, decisionComment: 'Published directly by an admin', decidedAt: now })
      .where(and(eq(knowledgeReviews.articleId, id), isNull(knowledgeReviews.decision)))
      .run();
    goLive(tx, article, now);
    recordAudit(tx, editor.actor, 'article.published', 'article', id, { version: article.version, direct: true }, now);
    return readArticle(tx, id);
  });
}

/** Takes the article offline but keeps it editable (admins). */
export async function unpublishArticle(db: Db, id: string, editor: Editor): Promise<Article> {
  if (editor.role !== 'admin') throw forbidden('Only admins can unpublish articles');
  return db.transaction((tx) => {
    const article = requireArticleRow(tx, id);
    if (article.publishedVersion === null) throw conflict('This article is not published');
    const now = new Date();
    tx.update(knowledgeArticles)
      .set({ status: article.status === 'archived' ? 'archived' : article.status === 'in_review' ? 'in_review' : 'draft', publishedVersion: null, updatedAt: now })
      .where(eq(knowledgeArticles.id, id))
      .run();
    recordAudit(tx, editor.actor, 'article.unpublished', 'article', id, { version: article.publishedVersion }, now);
    return readArticle(tx, id);
  });
}

/** Archived articles are offline and read-only until restored (admins). */
export async function archiveArticle(db: Db, id: string, editor: Editor): Promise<Article> {
  if (editor.role !== 'admin') throw forbidden('Only admins can archive articles');
  return db.transaction((tx) => {
    const article = requireArticleRow(tx, id);
    if (article.status === 'archived') throw conflict('This article is already archived');
    const now = new Date();
    withdrawOpenReview(tx, id, now);
    tx.update(knowledgeArticles).set({ status: 'archived', publishedVersion: null, updatedAt: now }).where(eq(knowledgeArticles.id, id)).run();
    recordAudit(tx, editor.actor, 'article.archived', 'article', id, {}, now);
    return readArticle(tx, id);
  });
}

export async function unarchiveArticle(db: Db, id: string, editor: Editor): Promise<Article> {
  if (editor.role !== 'admin') throw forbidden('Only admins can restore archived articles');
  return db.transaction((tx) => {
    const article = requireArticleRow(tx, id);
    if (article.status !== 'archived') throw conflict('This article is not archived');
    const now = new Date();
    tx.update(knowledgeArticles).set({ status: 'draft', updatedAt: now }).where(eq(knowledgeArticles.id, id)).run();
    recordAudit(tx, editor.actor, 'article.unarchived', 'article', id, {}, now);
    return readArticle(tx, id);
  });
}
