import { and, asc, count, eq, isNotNull, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { createCategoryInput, KnowledgeCategory, UpdateCategoryInput } from '../../shared/schemas/knowledge.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import type { Db, Queryable } from '../db/open.ts';
import { knowledgeArticles, knowledgeCategories } from '../db/schema.ts';
import { changedFields, definedOnly } from '../lib/changes.ts';
import { conflict, invalid, notFound } from '../lib/errors.ts';
import { uuidv7 } from '../lib/ids.ts';
import { slugFrom, uniqueSlug } from '../lib/slug.ts';
import { liveCondition } from './articles/live.ts';

type CategoryRow = typeof knowledgeCategories.$inferSelect;
export type CreateCategoryData = z.output<typeof createCategoryInput>;

function toCategory(row: CategoryRow, articleCount: number): KnowledgeCategory {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    description: row.description,
    parentId: row.parentId,
    sortOrder: row.sortOrder,
    articleCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** All categories, parents before children is not guaranteed: clients build the tree from parentId. */
export async function listCategories(db: Db): Promise<KnowledgeCategory[]> {
  const counts = new Map(
    db
      .select({ categoryId: knowledgeArticles.categoryId, n: count() })
      .from(knowledgeArticles)
      .where(and(isNotNull(knowledgeArticles.categoryId), liveCondition))
      .groupBy(knowledgeArticles.categoryId)
      .all()
      .map((row) => [row.categoryId, row.n]),
  );
  return db
    .select()
    .from(knowledgeCategories)
    .orderBy(asc(knowledgeCategories.sortOrder), asc(knowledgeCategories.name))
    .all()
    .map((row) => toCategory(row, counts.get(row.id) ?? 0));
}

export function findCategoryRow(db: Queryable, id: string): CategoryRow | undefined {
  return db.select().from(knowledgeCategories).where(eq(knowledgeCategories.id, id)).get();
}

export function findCategoryBySlug(db: Queryable, slug: string): CategoryRow | undefined {
  return db.select().from(knowledgeCategories).where(eq(knowledgeCategories.slug, slug)).get();
}

/** The category and all below it, for "articles in Billing" including its sub-categories. */
export function categoryWithDescendants(db: Queryable, id: string): string[] {
  const rows = db.select({ id: knowledgeCategories.id, parentId: knowledgeCategories.parentId }).from(knowledgeCategories).all();
  const children = new Map<string, string[]>();
  for (const row of rows) if (row.parentId) children.set(row.parentId, [...(children.get(row.parentId) ?? []), row.id]);
  const found: string[] = [];
  const queue = [id];
  while (queue.length) {
    const next = queue.shift() as string;
    if (found.includes(next)) continue;
    found.push(next);
    queue.push(...(children.get(next) ?? []));
  }
  return found;
}

/** The chain from a category up to its root, itself first. */
export function categoryAncestry(db: Queryable, id: string): string[] {
  const chain: string[] = [];
  let current: string | null = id;
  while (current && !chain.includes(current)) {
    chain.push(current);
    current = findCategoryRow(db, current)?.parentId ?? null;
  }
  return chain;
}

function assertSlugFree(db: Queryable, slug: string, exceptId?: string) {
  const other = findCategoryBySlug(db, slug);
  if (other && other.id !== exceptId) throw conflict('Another category has this slug', { slug: 'is already used' });
}

function assertParent(db: Queryable, parentId: string | null | undefined, movingId?: string) {
  if (!parentId) return;
  if (!findCategoryRow(db, parentId)) throw invalid({ parentId: 'is not a category' });
  if (movingId && categoryAncestry(db, parentId).includes(movingId)) {
    throw invalid({ parentId: 'would put the category inside itself' });
  }
}

function nextSortOrder(db: Queryable, parentId: string | null): number {
  const siblings = db
    .select({ sortOrder: knowledgeCategories.sortOrder })
    .from(knowledgeCategories)
    .where(parentId ? eq(knowledgeCategories.parentId, parentId) : undefined)
    .all();
  return siblings.reduce((max, row) => Math.max(max, row.sortOrder + 1), 0);
}

export async function createCategory(db: Db, input: CreateCategoryData, actor: Actor): Promise<KnowledgeCategory> {
  return db.transaction((tx) => {
    assertParent(tx, input.parentId);
    const slug = input.slug ?? uniqueSlug(slugFrom(input.name), (s) => Boolean(findCategoryBySlug(tx, s)));
    assertSlugFree(tx, slug);
    const now = new Date();
    const row: CategoryRow = {
      id: uuidv7(),
      name: input.name,
      slug,
      description: input.description,
      parentId: input.parentId,
      sortOrder: input.sortOrder ?? nextSortOrder(tx, input.parentId),
      createdAt: now,
      updatedAt: now,
    };
    tx.insert(knowledgeCategories).values(row).run();
    recordAudit(tx, actor, 'knowledge_category.created', 'knowledge_category', row.id, { name: row.name });
    return toCategory(row, 0);
  });
}

export async function updateCategory(db: Db, id: string, input: UpdateCategoryInput, actor: Actor): Promise<KnowledgeCategory> {
  return db.transaction((tx) => {
    const before = findCategoryRow(tx, id);
    if (!before) throw notFound('Category');
    const patch = definedOnly(input) as Partial<CategoryRow>;
    if (patch.slug) assertSlugFree(tx, patch.slug, id);
    if (patch.parentId !== undefined) assertParent(tx, patch.parentId, id);
    const after: CategoryRow = { ...before, ...patch, updatedAt: new Date() };
    tx.update(knowledgeCategories).set(after).where(eq(knowledgeCategories.id, id)).run();
    const changes = changedFields(before, after, Object.keys(patch));
    if (Object.keys(changes).length) recordAudit(tx, actor, 'knowledge_category.updated', 'knowledge_category', id, changes);
    return toCategory(after, 0);
  });
}

/** Only empty categories go: articles and sub-categories must be moved first, so nothing is orphaned. */
export async function deleteCategory(db: Db, id: string, actor: Actor): Promise<void> {
  db.transaction((tx) => {
    const row = findCategoryRow(tx, id);
    if (!row) throw notFound('Category');
    const children = tx.select({ n: count() }).from(knowledgeCategories).where(eq(knowledgeCategories.parentId, id)).get()?.n ?? 0;
    if (children) throw conflict('Move or delete its sub-categories first');
    const articles = tx
      .select({ n: count() })
      .from(knowledgeArticles)
      .where(and(eq(knowledgeArticles.categoryId, id), ne(knowledgeArticles.status, 'archived')))
      .get()?.n ?? 0;
    if (articles) throw conflict(`Move its ${articles} article(s) to another category first`);
    tx.update(knowledgeArticles).set({ categoryId: null }).where(eq(knowledgeArticles.categoryId, id)).run();
    tx.delete(knowledgeCategories).where(eq(knowledgeCategories.id, id)).run();
    recordAudit(tx, actor, 'knowledge_category.deleted', 'knowledge_category', id, { name: row.name });
  });
}
