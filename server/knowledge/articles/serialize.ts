import { and, eq, getTableColumns } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { ArticleRevision, ArticleSummary } from '../../../shared/schemas/knowledge.ts';
import type { Queryable } from '../../db/open.ts';
import { agents, knowledgeArticles, knowledgeRevisions } from '../../db/schema.ts';
import { isLive } from './live.ts';

export type ArticleRow = typeof knowledgeArticles.$inferSelect;
export type RevisionRow = typeof knowledgeRevisions.$inferSelect;

const head = alias(knowledgeRevisions, 'head');
const author = alias(agents, 'author');

/** An article with its newest revision and its author's name: what every console read needs. */
export function selectArticles(db: Queryable) {
  return db
    .select({
      article: getTableColumns(knowledgeArticles),
      head: getTableColumns(head),
      authorName: author.name,
    })
    .from(knowledgeArticles)
    .innerJoin(head, and(eq(head.articleId, knowledgeArticles.id), eq(head.version, knowledgeArticles.version)))
    .leftJoin(author, eq(author.id, knowledgeArticles.authorId));
}

export { head as headRevision };

export interface ArticleWithHead {
  article: ArticleRow;
  head: RevisionRow;
  authorName: string | null;
}

export function toArticleSummary({ article, head: revision, authorName }: ArticleWithHead): ArticleSummary {
  return {
    id: article.id,
    translationGroupId: article.translationGroupId,
    locale: article.locale,
    slug: article.slug,
    title: revision.title,
    excerpt: revision.excerpt,
    status: article.status,
    version: article.version,
    publishedVersion: article.publishedVersion,
    live: isLive(article),
    categoryId: article.categoryId,
    tags: revision.tags,
    author: article.authorId && authorName !== null ? { id: article.authorId, name: authorName } : null,
    views: article.views,
    helpful: article.helpful,
    notHelpful: article.notHelpful,
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
    publishedAt: article.publishedAt?.toISOString() ?? null,
  };
}

export function toRevision(row: RevisionRow, authorName: string | null): ArticleRevision {
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    excerpt: row.excerpt,
    content: row.content,
    tags: row.tags,
    html: row.html,
    author: row.authorId && authorName !== null ? { id: row.authorId, name: authorName } : null,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}
