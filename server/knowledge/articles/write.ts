import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Article, createArticleInput, createTranslationInput, UpdateArticleInput } from '../../../shared/schemas/knowledge.ts';
import { recordAudit } from '../../audit/log.ts';
import type { Db, Queryable } from '../../db/open.ts';
import { knowledgeArticles, knowledgeRevisions, knowledgeReviews } from '../../db/schema.ts';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { slugFrom, uniqueSlug } from '../../lib/slug.ts';
import { findCategoryRow } from '../categories.ts';
import type { Editor } from './editor.ts';
import { readArticle, requireArticleRow } from './queries.ts';
import { renderRevision } from './render.ts';
import type { ArticleRow, RevisionRow } from './serialize.ts';

export type CreateArticleData = z.output<typeof createArticleInput>;
export type CreateTranslationData = z.output<typeof createTranslationInput>;

function slugTaken(db: Queryable, locale: string, slug: string, exceptId?: string): boolean {
  const row = db
    .select({ id: knowledgeArticles.id })
    .from(knowledgeArticles)
    .where(and(eq(knowledgeArticles.locale, locale), eq(knowledgeArticles.slug, slug)))
    .get();
  return Boolean(row && row.id !== exceptId);
}

function chooseSlug(db: Queryable, locale: string, title: string, requested: string | undefined, exceptId?: string): string {
  if (requested) {
    if (slugTaken(db, locale, requested, exceptId)) throw conflict('Another article in this language has this slug', { slug: 'is already used' });
    return requested;
  }
  return uniqueSlug(slugFrom(title), (candidate) => slugTaken(db, locale, candidate, exceptId));
}

function assertCategory(db: Queryable, categoryId: string | null | undefined) {
  if (categoryId && !findCategoryRow(db, categoryId)) throw invalid({ categoryId: 'is not a category' });
}

/** Appends an immutable revision; the article's `version` points at it. */
function insertRevision(
  db: Queryable,
  articleId: string,
  version: number,
  fields: { title: string; content: string; excerpt?: string; tags: string[] },
  authorId: string,
  note: string | null,
  at: Date,
): RevisionRow {
  const locale = db.select({ locale: knowledgeArticles.locale }).from(knowledgeArticles).where(eq(knowledgeArticles.id, articleId)).get()?.locale ?? 'en';
  const rendered = renderRevision(db, locale, fields.content, fields.excerpt);
  const row: RevisionRow = {
    id: uuidv7(at.getTime()),
    articleId,
    version,
    title: fields.title,
    excerpt: rendered.excerpt,
    content: fields.content,
    tags: fields.tags,
    html: rendered.html,
    text: rendered.text,
    sanitizerVersion: rendered.sanitizerVersion,
    authorId,
    note,
    createdAt: at,
  };
  db.insert(knowledgeRevisions).values(row).run();
  return row;
}

function headOf(db: Queryable, article: ArticleRow): RevisionRow {
  const row = db
    .select()
    .from(knowledgeRevisions)
    .where(and(eq(knowledgeRevisions.articleId, article.id), eq(knowledgeRevisions.version, article.version)))
    .get();
  if (!row) throw notFound('Revision');
  return row;
}

/** An open review is withdrawn when the text under review changes: reviewers approve what they read. */
export function withdrawOpenReview(db: Queryable, articleId: string, at: Date) {
  db.update(knowledgeReviews)
    .set({ decision: 'withdrawn', decidedAt: at })
    .where(and(eq(knowledgeReviews.articleId, articleId), isNull(knowledgeReviews.decision)))
    .run();
}

function insertArticle(db: Queryable, input: CreateArticleData, translationGroupId: string, editor: Editor): string {
  assertCategory(db, input.categoryId);
  const now = new Date();
  const id = uuidv7(now.getTime());
  const article: ArticleRow = {
    id,
    translationGroupId,
    locale: input.locale,
    slug: chooseSlug(db, input.locale, input.title, input.slug),
    categoryId: input.categoryId ?? null,
    status: 'draft',
    version: 1,
    publishedVersion: null,
    authorId: editor.agentId,
    views: 0,
    helpful: 0,
    notHelpful: 0,
    metadata: input.metadata ?? {},
    createdAt: now,
    updatedAt: now,
    publishedAt: null,
  };
  db.insert(knowledgeArticles).values(article).run();
  insertRevision(db, id, 1, input, editor.agentId, input.note ?? null, now);
  recordAudit(db, editor.actor, 'article.created', 'article', id, { title: input.title, locale: input.locale }, now);
  return id;
}

export async function createArticle(db: Db, input: CreateArticleData, editor: Editor): Promise<Article> {
  return db.transaction((tx) => readArticle(tx, insertArticle(tx, input, uuidv7(), editor)));
}

/** The same article in another language: a separate article sharing the translation group. */
export async function createTranslation(db: Db, sourceId: string, input: CreateTranslationData, editor: Editor): Promise<Article> {
  return db.transaction((tx) => {
    const source = requireArticleRow(tx, sourceId);
    const existing = tx
      .select({ id: knowledgeArticles.id })
      .from(knowledgeArticles)
      .where(and(eq(knowledgeArticles.translationGroupId, source.translationGroupId), eq(knowledgeArticles.locale, input.locale)))
      .get();
    if (existing) throw conflict('This article already has a translation in that language', { locale: 'already translated' });
    const tags = input.tags ?? headOf(tx, source).tags;
    const id = insertArticle(tx, { ...input, tags, categoryId: source.categoryId }, source.translationGroupId, editor);
    return readArticle(tx, id);
  });
}

/**
 * Saves an edit. Text changes (title, content, excerpt, tags) make a new revision; a published
 * article keeps showing its published revision until the new one is approved.
 */
export async function updateArticle(db: Db, id: string, input: UpdateArticleInput, editor: Editor): Promise<Article> {
  return db.transaction((tx) => {
    const article = requireArticleRow(tx, id);
    if (article.status === 'archived') throw conflict('This article is archived; restore it before editing');
    assertCategory(tx, input.categoryId);
    const now = new Date();
    const head = headOf(tx, article);
    const next = {
      title: input.title ?? head.title,
      content: input.content ?? head.content,
      excerpt: input.excerpt ?? head.excerpt,
      tags: input.tags ?? head.tags,
    };
    const textChanged =
      next.title !== head.title || next.content !== head.content || next.excerpt !== head.excerpt || JSON.stringify(next.tags) !== JSON.stringify(head.tags);
    const patch: Partial<ArticleRow> = { updatedAt: now };
    if (input.slug !== undefined && input.slug !== article.slug) patch.slug = chooseSlug(tx, article.locale, next.title, input.slug, id);
    if (input.categoryId !== undefined) patch.categoryId = input.categoryId;
    if (input.metadata !== undefined) patch.metadata = input.metadata;
    if (textChanged) {
      patch.version = article.version + 1;
      patch.status = 'draft';
      insertRevision(tx, id, article.version + 1, next, editor.agentId, input.note ?? null, now);
      if (article.status === 'in_review') withdrawOpenReview(tx, id, now);
    }
    tx.update(knowledgeArticles).set(patch).where(eq(knowledgeArticles.id, id)).run();
    recordAudit(tx, editor.actor, 'article.updated', 'article', id, { version: patch.version ?? article.version, ...(patch.slug ? { slug: [article.slug, patch.slug] } : {}) }, now);
    return readArticle(tx, id);
  });
}

/** Restoring copies an old revision into a new one: history is never rewritten. */
export async function restoreRevision(db: Db, id: string, version: number, editor: Editor): Promise<Article> {
  return db.transaction((tx) => {
    const article = requireArticleRow(tx, id);
    if (article.status === 'archived') throw conflict('This article is archived; restore it before editing');
    const old = tx
      .select()
      .from(knowledgeRevisions)
      .where(and(eq(knowledgeRevisions.articleId, id), eq(knowledgeRevisions.version, version)))
      .get();
    if (!old) throw notFound('Revision');
    const now = new Date();
    const next = article.version + 1;
    insertRevision(tx, id, next, { title: old.title, content: old.content, excerpt: old.excerpt, tags: old.tags }, editor.agentId, `Restored version ${version}`, now);
    if (article.status === 'in_review') withdrawOpenReview(tx, id, now);
    tx.update(knowledgeArticles).set({ version: next, status: 'draft', updatedAt: now }).where(eq(knowledgeArticles.id, id)).run();
    recordAudit(tx, editor.actor, 'article.revision_restored', 'article', id, { from: version, version: next }, now);
    return readArticle(tx, id);
  });
}

/** Admins delete anything; an author may delete their own article while it has never been published. */
export async function deleteArticle(db: Db, id: string, editor: Editor): Promise<void> {
  db.transaction((tx) => {
    const article = requireArticleRow(tx, id);
    const ownDraft = article.authorId === editor.agentId && article.publishedAt === null;
    if (editor.role !== 'admin' && !ownDraft) throw forbidden('Only admins can delete articles that were published or written by others');
    const head = headOf(tx, article);
    tx.delete(knowledgeArticles).where(eq(knowledgeArticles.id, id)).run();
    recordAudit(tx, editor.actor, 'article.deleted', 'article', id, { title: head.title, slug: article.slug });
  });
}
