import { and, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { WidgetArticleLink } from '../../shared/schemas/widget.ts';
import type { Queryable } from '../db/open.ts';
import { knowledgeArticles, knowledgeRevisions } from '../db/schema.ts';
import { liveCondition } from '../knowledge/articles/live.ts';

/**
 * Read-only queries behind the widget's knowledge endpoints. Writes (views, votes) go through the
 * knowledge domain (server/knowledge/articles/feedback.ts); nothing here changes a row.
 */

/** Sites have no language list yet, so this is what every widget falls back to. */
export const fallbackLocale = 'en';

/** The locales that have at least one live article. */
export function liveLocales(db: Queryable): Set<string> {
  const rows = db.selectDistinct({ locale: knowledgeArticles.locale }).from(knowledgeArticles).where(liveCondition).all();
  return new Set(rows.map((row) => row.locale));
}

/**
 * The locale to answer a visitor in. The widget sends its browser's language (`pt-BR`, `de`);
 * this picks, among the locales that have live articles: that exact locale, else the bare
 * language (`pt`), else a regional variant of it (`pt-PT`), else `en`. Sites have no language
 * settings yet; when they do, their default replaces `en` here.
 */
export function resolveLocale(db: Queryable, requested: string): string {
  const live = liveLocales(db);
  if (live.has(requested)) return requested;
  const language = requested.slice(0, 2);
  if (live.has(language)) return language;
  const variants = [...live].filter((candidate) => candidate.startsWith(`${language}-`)).sort();
  return variants[0] ?? fallbackLocale;
}

const published = alias(knowledgeRevisions, 'published');

/**
 * The home panel's list: live articles in `locale`, most useful first. A helpful vote weighs as
 * much as three views and an unhelpful one takes three away, so an article many readers found
 * wanting sinks below one fewer people opened but everyone liked. Newest first on ties.
 */
export function popularArticles(db: Queryable, locale: string, limit: number): WidgetArticleLink[] {
  const score = sql`${knowledgeArticles.views} + 3 * (${knowledgeArticles.helpful} - ${knowledgeArticles.notHelpful})`;
  return db
    .select({
      id: knowledgeArticles.id,
      locale: knowledgeArticles.locale,
      slug: knowledgeArticles.slug,
      title: published.title,
      excerpt: published.excerpt,
    })
    .from(knowledgeArticles)
    .innerJoin(published, and(eq(published.articleId, knowledgeArticles.id), eq(published.version, knowledgeArticles.publishedVersion)))
    .where(and(liveCondition, eq(knowledgeArticles.locale, locale)))
    .orderBy(desc(score), desc(knowledgeArticles.publishedAt), desc(knowledgeArticles.id))
    .limit(limit)
    .all();
}
