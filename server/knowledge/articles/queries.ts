import { and, asc, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Page } from '../../../shared/schemas/common.ts';
import type { Article, ArticleSummary, articleListQuery, ReviewRequest } from '../../../shared/schemas/knowledge.ts';
import type { Db, Queryable } from '../../db/open.ts';
import { agents, knowledgeArticles, knowledgeReviews } from '../../db/schema.ts';
import { decodeCursor, encodeCursor, likeContains } from '../../lib/cursor.ts';
import { notFound } from '../../lib/errors.ts';
import { categoryWithDescendants } from '../categories.ts';
import { isLive } from './live.ts';
import { headRevision, selectArticles, toArticleSummary, type ArticleRow } from './serialize.ts';

export type ArticleListFilter = z.output<typeof articleListQuery>;

export function findArticleRow(db: Queryable, id: string): ArticleRow | undefined {
  return db.select().from(knowledgeArticles).where(eq(knowledgeArticles.id, id)).get();
}

export function requireArticleRow(db: Queryable, id: string): ArticleRow {
  const row = findArticleRow(db, id);
  if (!row) throw notFound('Article');
  return row;
}

/** Most recently updated first; keyset on (updated_at, id). */
export async function listArticles(db: Db, filter: ArticleListFilter): Promise<Page<ArticleSummary>> {
  const after = filter.cursor ? decodeCursor(filter.cursor) : null;
  const pattern = filter.q ? likeContains(filter.q) : null;
  const rows = selectArticles(db)
    .where(
      and(
        filter.status ? eq(knowledgeArticles.status, filter.status) : undefined,
        filter.categoryId ? inArray(knowledgeArticles.categoryId, categoryWithDescendants(db, filter.categoryId)) : undefined,
        filter.tag ? sql`exists (select 1 from json_each(${headRevision.tags}) where json_each.value = ${filter.tag})` : undefined,
        filter.locale ? eq(knowledgeArticles.locale, filter.locale) : undefined,
        filter.authorId ? eq(knowledgeArticles.authorId, filter.authorId) : undefined,
        pattern
          ? or(sql`${headRevision.title} like ${pattern} escape '\\'`, sql`${knowledgeArticles.slug} like ${pattern} escape '\\'`)
          : undefined,
        after
          ? or(
              lt(knowledgeArticles.updatedAt, new Date(Number(after.value))),
              and(eq(knowledgeArticles.updatedAt, new Date(Number(after.value))), lt(knowledgeArticles.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(knowledgeArticles.updatedAt), desc(knowledgeArticles.id))
    .limit(filter.limit + 1)
    .all();
  const page = rows.slice(0, filter.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toArticleSummary),
    nextCursor: rows.length > filter.limit && last ? encodeCursor(last.article.updatedAt.getTime(), last.article.id) : null,
  };
}

function latestReview(db: Queryable, articleId: string): ReviewRequest | null {
  const row = db
    .select()
    .from(knowledgeReviews)
    .where(eq(knowledgeReviews.articleId, articleId))
    .orderBy(desc(knowledgeReviews.requestedAt), desc(knowledgeReviews.id))
    .get();
  if (!row) return null;
  const names = new Map(
    db
      .select({ id: agents.id, name: agents.name })
      .from(agents)
      .where(inArray(agents.id, [row.requestedBy, row.decidedBy].filter((v): v is string => Boolean(v))))
      .all()
      .map((a) => [a.id, a.name]),
  );
  const who = (id: string | null) => (id && names.has(id) ? { id, name: names.get(id) as string } : null);
  return {
    id: row.id,
    version: row.version,
    requestedBy: who(row.requestedBy),
    requestComment: row.requestComment,
    requestedAt: row.requestedAt.toISOString(),
    decision: row.decision,
    decidedBy: who(row.decidedBy),
    decisionComment: row.decisionComment,
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}

export function readArticle(db: Queryable, id: string): Article {
  const row = selectArticles(db).where(eq(knowledgeArticles.id, id)).get();
  if (!row) throw notFound('Article');
  const translations = selectArticles(db)
    .where(and(eq(knowledgeArticles.translationGroupId, row.article.translationGroupId)))
    .orderBy(asc(knowledgeArticles.locale))
    .all()
    .filter((other) => other.article.id !== id)
    .map((other) => ({ id: other.article.id, locale: other.article.locale, slug: other.article.slug, title: other.head.title, live: isLive(other.article) }));
  return {
    ...toArticleSummary(row),
    content: row.head.content,
    html: row.head.html,
    metadata: row.article.metadata,
    review: latestReview(db, id),
    translations,
  };
}

export async function getArticle(db: Db, id: string): Promise<Article> {
  return readArticle(db, id);
}
