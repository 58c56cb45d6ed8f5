import { and, asc, count, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/open.ts';
import { knowledgeArticles, knowledgeCategories, knowledgeRevisions, sites } from '../db/schema.ts';
import { liveCondition } from '../knowledge/articles/live.ts';

/**
 * What the public help center reads. Everything goes through the *published* revision (joined on
 * `published_version`), never the newest one, so a draft in progress cannot leak; archived and
 * never-published articles are excluded by `liveCondition`.
 */

const published = alias(knowledgeRevisions, 'published');

/** When customers last saw the text change: the published revision's date, or the publish date if later. */
const changedAt = sql<number>`max(${published.createdAt}, coalesce(${knowledgeArticles.publishedAt}, 0))`.mapWith(Number);

export interface HelpArticleSummary {
  id: string;
  translationGroupId: string;
  locale: string;
  slug: string;
  title: string;
  excerpt: string;
  categoryId: string | null;
  views: number;
  updatedAt: Date;
}

export interface HelpArticle extends HelpArticleSummary {
  /** The published revision's number. */
  version: number;
  /** Sanitized HTML of the published revision. */
  html: string;
  sanitizerVersion: string;
  tags: string[];
  /** Other live languages of the same article. */
  translations: { locale: string; slug: string; title: string }[];
}

export interface HelpCategory {
  id: string;
  name: string;
  slug: string;
  description: string;
  parentId: string | null;
  children: HelpCategory[];
  /** Live articles in this locale directly in the category. */
  direct: number;
  /** …and in all its sub-categories. */
  total: number;
}

export interface CategoryTree {
  roots: HelpCategory[];
  byId: Map<string, HelpCategory>;
  bySlug: Map<string, HelpCategory>;
}

function summaryColumns() {
  return {
    id: knowledgeArticles.id,
    translationGroupId: knowledgeArticles.translationGroupId,
    locale: knowledgeArticles.locale,
    slug: knowledgeArticles.slug,
    categoryId: knowledgeArticles.categoryId,
    views: knowledgeArticles.views,
    title: published.title,
    excerpt: published.excerpt,
    changedAt,
  };
}

function selectLive<T extends ReturnType<typeof summaryColumns>>(db: Db, columns: T) {
  return db
    .select(columns)
    .from(knowledgeArticles)
    .innerJoin(published, and(eq(published.articleId, knowledgeArticles.id), eq(published.version, knowledgeArticles.publishedVersion)));
}

interface SummaryRow extends Omit<HelpArticleSummary, 'updatedAt'> {
  changedAt: number;
}

function toSummary({ changedAt: at, ...row }: SummaryRow): HelpArticleSummary {
  return { ...row, updatedAt: new Date(at) };
}

/** Locales that have at least one live article, for language negotiation and alternates. */
export async function liveLocales(db: Db): Promise<string[]> {
  return db
    .selectDistinct({ locale: knowledgeArticles.locale })
    .from(knowledgeArticles)
    .where(liveCondition)
    .orderBy(asc(knowledgeArticles.locale))
    .all()
    .map((row) => row.locale);
}

/** Every category with this locale's live-article counts, as a tree in the console's order. */
export async function categoryTree(db: Db, locale: string): Promise<CategoryTree> {
  const counts = new Map(
    db
      .select({ categoryId: knowledgeArticles.categoryId, n: count() })
      .from(knowledgeArticles)
      .where(and(liveCondition, eq(knowledgeArticles.locale, locale)))
      .groupBy(knowledgeArticles.categoryId)
      .all()
      .map((row) => [row.categoryId, row.n]),
  );
  const rows = db.select().from(knowledgeCategories).orderBy(asc(knowledgeCategories.sortOrder), asc(knowledgeCategories.name)).all();
  const byId = new Map<string, HelpCategory>(
    rows.map((row) => [
      row.id,
      { id: row.id, name: row.name, slug: row.slug, description: row.description, parentId: row.parentId, children: [], direct: counts.get(row.id) ?? 0, total: 0 },
    ]),
  );
  const roots: HelpCategory[] = [];
  for (const category of byId.values()) {
    const parent = category.parentId ? byId.get(category.parentId) : undefined;
    if (parent) parent.children.push(category);
    else roots.push(category);
  }
  const total = (category: HelpCategory, seen: Set<string>): number => {
    if (seen.has(category.id)) return 0; // a cycle cannot be created through the API; never loop on one anyway
    seen.add(category.id);
    category.total = category.direct + category.children.reduce((sum, child) => sum + total(child, seen), 0);
    return category.total;
  };
  const seen = new Set<string>();
  for (const root of roots) total(root, seen);
  return { roots, byId, bySlug: new Map(rows.map((row) => [row.slug, byId.get(row.id) as HelpCategory])) };
}

/** The category and everything below it, parents before children (tree order). */
export function descendants(category: HelpCategory): HelpCategory[] {
  const found: HelpCategory[] = [];
  const visit = (node: HelpCategory) => {
    if (found.includes(node)) return;
    found.push(node);
    node.children.forEach(visit);
  };
  visit(category);
  return found;
}

/** The chain from the root down to (and including) the category. */
export function ancestry(tree: CategoryTree, categoryId: string | null): HelpCategory[] {
  const chain: HelpCategory[] = [];
  for (let current = categoryId ? tree.byId.get(categoryId) : undefined; current && !chain.includes(current); current = current.parentId ? tree.byId.get(current.parentId) : undefined) {
    chain.unshift(current);
  }
  return chain;
}

export interface ArticleListOptions {
  /** Only these categories; `null` for articles in no category. */
  categoryIds?: string[] | null;
  order: 'recent' | 'popular' | 'title';
  limit?: number;
  excludeId?: string;
}

export async function liveArticles(db: Db, locale: string, options: ArticleListOptions): Promise<HelpArticleSummary[]> {
  const { categoryIds, order, limit, excludeId } = options;
  if (Array.isArray(categoryIds) && categoryIds.length === 0) return [];
  const ordering =
    order === 'recent'
      ? [desc(changedAt), desc(knowledgeArticles.id)]
      : order === 'popular'
        ? [desc(knowledgeArticles.views), desc(knowledgeArticles.helpful), asc(published.title)]
        : [asc(sql`${published.title} collate nocase`), asc(knowledgeArticles.id)];
  const query = selectLive(db, summaryColumns())
    .where(
      and(
        liveCondition,
        eq(knowledgeArticles.locale, locale),
        categoryIds === null ? isNull(knowledgeArticles.categoryId) : categoryIds ? inArray(knowledgeArticles.categoryId, categoryIds) : undefined,
        excludeId ? ne(knowledgeArticles.id, excludeId) : undefined,
      ),
    )
    .orderBy(...ordering);
  const rows = limit ? query.limit(limit).all() : query.all();
  return rows.map(toSummary);
}

/** The live article at /help/:locale/articles/:slug with its published HTML, or null. */
export async function findHelpArticle(db: Db, locale: string, slug: string): Promise<HelpArticle | null> {
  const row = selectLive(db, { ...summaryColumns(), version: published.version, html: published.html, sanitizerVersion: published.sanitizerVersion, tags: published.tags })
    .where(and(liveCondition, eq(knowledgeArticles.locale, locale), eq(knowledgeArticles.slug, slug)))
    .get();
  if (!row) return null;
  const { version, html, sanitizerVersion, tags, ...summary } = row;
  const translations = selectLive(db, summaryColumns())
    .where(and(liveCondition, eq(knowledgeArticles.translationGroupId, row.translationGroupId), ne(knowledgeArticles.id, row.id)))
    .orderBy(asc(knowledgeArticles.locale))
    .all()
    .map((other) => ({ locale: other.locale, slug: other.slug, title: other.title }));
  return { ...toSummary(summary), version, html, sanitizerVersion, tags, translations };
}

/** Locales with live articles in these categories: a category page's language alternates. */
export async function localesWithArticlesIn(db: Db, categoryIds: string[]): Promise<string[]> {
  if (categoryIds.length === 0) return [];
  return db
    .selectDistinct({ locale: knowledgeArticles.locale })
    .from(knowledgeArticles)
    .where(and(liveCondition, inArray(knowledgeArticles.categoryId, categoryIds)))
    .orderBy(asc(knowledgeArticles.locale))
    .all()
    .map((row) => row.locale);
}

export interface Brand {
  /** The first site's name; the help center speaks for the whole install. */
  name: string | null;
  color: string;
}

const defaultColor = '#4f46e5';

export async function brand(db: Db): Promise<Brand> {
  const site = db.select({ name: sites.name, themeColor: sites.themeColor }).from(sites).orderBy(asc(sites.createdAt)).limit(1).get();
  return { name: site?.name ?? null, color: site && /^#[0-9a-fA-F]{6}$/.test(site.themeColor) ? site.themeColor : defaultColor };
}
