import { Hono, type Context } from 'hono';
import { feedbackInput, locale as localeSchema, searchQuery, slug as slugSchema, suggestQuery } from '../../shared/schemas/knowledge.ts';
import { popularQuery, viewInput, type PopularArticles, type WidgetArticle } from '../../shared/schemas/widget.ts';
import type { Deps } from '../deps.ts';
import { clientIp } from '../http/client-ip.ts';
import type { AppEnv } from '../http/env.ts';
import { readId, readJson, readQuery } from '../http/validate.ts';
import { recordFeedback, recordView } from '../knowledge/articles/feedback.ts';
import { livePage } from '../knowledge/articles/live-documents.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { AppError, notFound } from '../lib/errors.ts';
import { RateLimiter } from '../lib/rate-limiter.ts';
import { popularArticles, resolveLocale } from './knowledge-queries.ts';

// On top of the 300 requests a minute every address gets for the whole widget API (routes.ts):
// writes are what a flood would use to skew the numbers agents read. One visitor votes on a few
// articles and may change their mind; ten votes a minute is generous. The per-address cap stops
// the same flood sent under fresh visitor ids, while leaving room for an office behind one NAT.
const votesPerVisitorPerMinute = 10;
const writesPerAddressPerMinute = 120;
const relatedCount = 5;
// Suggestions, the popular list and articles change only when agents publish: a minute of
// caching spares the server on busy pages. Searches are logged (for "searches with no result"),
// so they must reach the server every time.
const shortCache = 'public, max-age=60';

/** Throws 429 (with Retry-After) unless every limiter has room for its key; counts the hit in all of them. */
function consumeAll(c: Context, checks: [RateLimiter, string][]): void {
  const wait = Math.max(...checks.map(([limiter, key]) => limiter.retryAfter(key)));
  if (wait > 0) {
    c.header('retry-after', String(Math.ceil(wait / 1000)));
    throw new AppError('rate_limited', 'Too many views or votes from here; try again in a minute');
  }
  for (const [limiter, key] of checks) limiter.record(key);
}

/** A path value that is not even shaped like a locale or slug names no article: 404, like readId. */
function readPageParams(c: Context): { locale: string; slug: string } {
  const parsedLocale = localeSchema.safeParse(c.req.param('locale'));
  const parsedSlug = slugSchema.safeParse(c.req.param('slug'));
  if (!parsedLocale.success || !parsedSlug.success) throw notFound('Article');
  return { locale: parsedLocale.data, slug: parsedSlug.data };
}

/**
 * The knowledge base as the widget reads it, mounted at /api/widget/sites/:key/knowledge. The
 * site key and the caller's origin are checked by routes.ts before any of these run. Only live
 * articles (a published revision, not archived) are ever visible; drafts and archived ones are 404.
 */
export function widgetKnowledgeRoutes({ database, config }: Deps, knowledge: KnowledgeBase) {
  const { db } = database;
  const votesByVisitor = new RateLimiter(votesPerVisitorPerMinute, 60_000);
  const writesByAddress = new RateLimiter(writesPerAddressPerMinute, 60_000);

  return new Hono<AppEnv>()
    .get('/search', (c) => {
      const query = readQuery(c, searchQuery);
      c.header('cache-control', 'no-store');
      return c.json(knowledge.search({ ...query, locale: resolveLocale(db, query.locale) }, 'widget'));
    })
    .get('/suggest', (c) => {
      const query = readQuery(c, suggestQuery);
      c.header('cache-control', shortCache);
      return c.json(knowledge.suggest({ ...query, locale: resolveLocale(db, query.locale) }));
    })
    .get('/popular', (c) => {
      const query = readQuery(c, popularQuery);
      const resolved = resolveLocale(db, query.locale);
      const body: PopularArticles = { locale: resolved, items: popularArticles(db, resolved, query.limit) };
      c.header('cache-control', shortCache);
      return c.json(body);
    })
    .get('/articles/:locale/:slug', (c) => {
      const { locale, slug } = readPageParams(c);
      // Suggestions name no locale, so the widget may ask in the browser's: the same fallback as search.
      const page = livePage(db, resolveLocale(db, locale), slug);
      if (!page) throw notFound('Article');
      const { article, revision } = page;
      const body: WidgetArticle = {
        id: article.id,
        locale: article.locale,
        slug: article.slug,
        title: revision.title,
        html: revision.html,
        updatedAt: revision.createdAt.toISOString(),
        related: knowledge.related(article.id, relatedCount).map((hit) => ({ ...hit, locale: article.locale })),
      };
      c.header('cache-control', shortCache);
      return c.json(body);
    })
    .post('/articles/:id/view', async (c) => {
      const id = readId(c);
      const { visitorId } = await readJson(c, viewInput);
      consumeAll(c, [[writesByAddress, clientIp(c, config.trustProxy)]]);
      await recordView(db, id, visitorId);
      return c.body(null, 204);
    })
    .post('/articles/:id/feedback', async (c) => {
      const id = readId(c);
      const input = await readJson(c, feedbackInput);
      const address = clientIp(c, config.trustProxy);
      consumeAll(c, [
        [writesByAddress, address],
        [votesByVisitor, `${address} ${input.visitorId}`],
      ]);
      await recordFeedback(db, id, input);
      return c.body(null, 204);
    });
}
