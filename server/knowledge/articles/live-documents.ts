import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Queryable } from '../../db/open.ts';
import { knowledgeArticles, knowledgeRevisions } from '../../db/schema.ts';
import { categoryAncestry } from '../categories.ts';
import type { SearchDocument } from '../search/types.ts';
import { liveCondition } from './live.ts';

/** What the search index holds for one live article: its published revision, not the draft. */
export type LiveDocument = SearchDocument;

const published = alias(knowledgeRevisions, 'published');

function selectLive(db: Queryable) {
  return db
    .select({ article: knowledgeArticles, revision: published })
    .from(knowledgeArticles)
    .innerJoin(published, and(eq(published.articleId, knowledgeArticles.id), eq(published.version, knowledgeArticles.publishedVersion)));
}

function toDocument(db: Queryable, row: { article: typeof knowledgeArticles.$inferSelect; revision: typeof knowledgeRevisions.$inferSelect }): LiveDocument {
  return {
    id: row.article.id,
    locale: row.article.locale,
    slug: row.article.slug,
    title: row.revision.title,
    tags: row.revision.tags,
    excerpt: row.revision.excerpt,
    content: row.revision.text,
    categoryId: row.article.categoryId,
    categoryPath: row.article.categoryId ? categoryAncestry(db, row.article.categoryId) : [],
  };
}

export function liveDocuments(db: Queryable): LiveDocument[] {
  return selectLive(db).where(liveCondition).all().map((row) => toDocument(db, row));
}

/** The article as customers see it now, or null when it is not live. */
export function liveDocument(db: Queryable, articleId: string): LiveDocument | null {
  const row = selectLive(db).where(and(liveCondition, eq(knowledgeArticles.id, articleId))).get();
  return row ? toDocument(db, row) : null;
}

/** The published revision's HTML and metadata, for the widget and the help center. */
export function livePage(db: Queryable, locale: string, slug: string) {
  return selectLive(db)
    .where(and(liveCondition, eq(knowledgeArticles.locale, locale), eq(knowledgeArticles.slug, slug)))
    .get();
}
