import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import { randomBytes } from 'node:crypto';
import type { Deps } from '../deps.ts';
import { clientIp } from '../http/client-ip.ts';
import type { AppEnv } from '../http/env.ts';
import { recordFeedback } from '../knowledge/articles/feedback.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { needsResanitizing, sanitizeHtml } from '../knowledge/render/index.ts';
import { RateLimiter } from '../lib/rate-limiter.ts';
import { helpCenterName, type PageContext } from './layout.ts';
import { defaultLocale, formatDate, isLocale, isSlug, negotiateLocale } from './locale.ts';
import { renderArticle } from './pages/article.ts';
import { renderCategory } from './pages/category.ts';
import { renderHome } from './pages/home.ts';
import { renderMessage, renderNotFound } from './pages/not-found.ts';
import { renderSearch } from './pages/search.ts';
import { articlePdf } from './pdf/article-pdf.ts';
import { PdfCache } from './pdf/cache.ts';
import { htmlToBlocks } from './pdf/html-blocks.ts';
import { ancestry, brand, categoryTree, descendants, findHelpArticle, liveArticles, liveLocales, localesWithArticlesIn, type HelpArticle } from './queries.ts';
import { stringsFor } from './strings.ts';
import { helpCenterCss } from './styles.ts';
import { absoluteUrl, paths } from './urls.ts';

/**
 * Pages carry no script at all, so the policy allows none; styles come from our stylesheet only,
 * which also keeps any `style` attribute an article might smuggle in from applying. Images may be
 * hotlinked over https (authors paste them); forms post only to us.
 */
const pagePolicy = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' https:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const pageCache = 'public, max-age=60';
const searchLimit = 20;
const visitorCookie = 'lantern_hc_visitor';
const visitorPattern = /^[A-Za-z0-9_-]{16,64}$/;

/** The public help center: server-rendered pages at /help/…, mounted at `/`. */
export function helpCenterRoutes(deps: Deps, knowledge: KnowledgeBase) {
  const { db } = deps.database;
  const styles = new Map<string, ReturnType<typeof helpCenterCss>>();
  const pdfs = new PdfCache({ entries: 32, bytes: 24 * 1024 * 1024 });
  // Building a PDF costs tens of milliseconds; cached copies are free. Only builds are limited.
  const pdfBuilds = new RateLimiter(30, 60_000);
  const votes = new RateLimiter(20, 60_000);

  const stylesFor = (color: string) => {
    let sheet = styles.get(color);
    if (!sheet) {
      sheet = helpCenterCss(color);
      styles.set(color, sheet);
    }
    return sheet;
  };

  async function context(locale: string): Promise<PageContext> {
    const [site, locales] = await Promise.all([brand(db), liveLocales(db)]);
    return {
      locale,
      strings: stringsFor(locale),
      brand: site,
      // Read per request: the public address may change (and tests learn their port late).
      publicUrl: deps.config.publicUrl,
      stylesheet: paths.stylesheet(stylesFor(site.color).version),
      locales,
    };
  }

  /** A locale we serve: one with live articles, or the default one (an empty help center still has a home). */
  async function knownLocale(locale: string): Promise<boolean> {
    return isLocale(locale) && (locale === defaultLocale || (await liveLocales(db)).includes(locale));
  }

  function page(c: Context<AppEnv>, body: string, status: 200 | 403 | 404 | 429 = 200) {
    c.header('content-security-policy', pagePolicy);
    c.header('cache-control', status === 200 ? pageCache : 'no-cache');
    return c.html(body, status);
  }

  async function notFound(c: Context<AppEnv>, locale?: string) {
    const known = locale !== undefined && (await knownLocale(locale));
    const fallback = negotiateLocale(c.req.header('accept-language'), await liveLocales(db));
    return page(c, renderNotFound(await context(known ? (locale as string) : fallback)), 404);
  }

  /** The live article named by the URL, or null (drafts, archived, unknown and malformed all look the same). */
  async function lookup(locale: string, slug: string): Promise<HelpArticle | null> {
    if (!isLocale(locale) || !isSlug(slug)) return null;
    return findHelpArticle(db, locale, slug);
  }

  /** Stored HTML is clean under the rules it was saved with; if the rules changed since, clean it again. */
  const bodyOf = (article: HelpArticle) => (needsResanitizing(article.sanitizerVersion) ? sanitizeHtml(article.html) : article.html);

  async function articlePage(c: Context<AppEnv>, locale: string, slug: string) {
    const article = await lookup(locale, slug);
    if (!article) return notFound(c, locale);
    const tree = await categoryTree(db, locale);
    const [siblings, ctx] = await Promise.all([
      article.categoryId ? liveArticles(db, locale, { categoryIds: [article.categoryId], order: 'title', limit: 15 }) : [],
      context(locale),
    ]);
    const related = knowledge.related(article.id, 5).filter((hit) => hit.slug !== article.slug && isSlug(hit.slug));
    return page(
      c,
      renderArticle(ctx, {
        article,
        bodyHtml: bodyOf(article),
        trail: ancestry(tree, article.categoryId),
        siblings,
        related,
        thanked: c.req.query('feedback') === 'thanks',
      }),
    );
  }

  async function articleDownload(c: Context<AppEnv>, locale: string, slug: string) {
    const article = await lookup(locale, slug);
    if (!article) return notFound(c, locale);
    const ctx = await context(locale);
    const url = absoluteUrl(ctx.publicUrl, paths.article(locale, slug));
    const key = [article.id, article.version, article.updatedAt.getTime(), url, helpCenterName(ctx)].join('|');
    let pdf = pdfs.get(key);
    if (!pdf) {
      const wait = pdfBuilds.consume(clientIp(c, deps.config.trustProxy));
      if (wait > 0) {
        c.header('retry-after', String(Math.ceil(wait / 1000)));
        return page(c, renderMessage(ctx, ctx.strings.downloadPdf, ctx.strings.tooManyRequests), 429);
      }
      pdf = await articlePdf({
        title: article.title,
        locale,
        updatedLabel: ctx.strings.updated(formatDate(article.updatedAt, locale)),
        updatedAt: article.updatedAt,
        url,
        publisher: helpCenterName(ctx),
        pageLabel: ctx.strings.page,
        blocks: htmlToBlocks(bodyOf(article), url),
      });
      pdfs.set(key, pdf);
    }
    return c.body(new Uint8Array(pdf), 200, {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${slug}.pdf"`,
      'content-length': String(pdf.length),
      'x-content-type-options': 'nosniff',
      'cache-control': pageCache,
    });
  }

  /** Cross-site form posts are refused: browsers say where a post comes from (Origin, Sec-Fetch-Site). */
  function sameOrigin(c: Context<AppEnv>): boolean {
    if (c.req.header('sec-fetch-site') === 'cross-site') return false;
    const origin = c.req.header('origin');
    if (!origin) return true;
    return origin === new URL(deps.config.publicUrl).origin || origin === new URL(c.req.url).origin;
  }

  const app = new Hono<AppEnv>();

  app.get('/help/assets/help-center.css', async (c) => {
    const sheet = stylesFor((await brand(db)).color);
    const current = c.req.query('v') === sheet.version;
    return c.body(sheet.css, 200, {
      'content-type': 'text/css; charset=utf-8',
      'x-content-type-options': 'nosniff',
      // A versioned URL never changes content; an old version's URL gets today's sheet, briefly.
      'cache-control': current ? 'public, max-age=31536000, immutable' : pageCache,
    });
  });

  const chooseLanguage = async (c: Context<AppEnv>) => {
    const locale = negotiateLocale(c.req.header('accept-language'), await liveLocales(db));
    c.header('vary', 'Accept-Language');
    c.header('cache-control', 'private, max-age=60');
    return c.redirect(paths.home(locale), 302);
  };
  app.get('/help', chooseLanguage);
  app.get('/help/', chooseLanguage);

  app.get('/help/:locale', async (c) => {
    const locale = c.req.param('locale');
    if (!(await knownLocale(locale))) return notFound(c);
    const [tree, popular, recent, uncategorized, ctx] = await Promise.all([
      categoryTree(db, locale),
      liveArticles(db, locale, { order: 'popular', limit: 6 }),
      liveArticles(db, locale, { order: 'recent', limit: 6 }),
      liveArticles(db, locale, { categoryIds: null, order: 'title', limit: 30 }),
      context(locale),
    ]);
    return page(c, renderHome(ctx, { tree, popular, recent, uncategorized }));
  });

  app.get('/help/:locale/search', async (c) => {
    const locale = c.req.param('locale');
    if (!(await knownLocale(locale))) return notFound(c);
    const query = (c.req.queries('q')?.[0] ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
    const result = query ? knowledge.search({ q: query, locale, limit: searchLimit }, 'help_center') : null;
    const [tree, ctx] = await Promise.all([categoryTree(db, locale), context(locale)]);
    return page(c, renderSearch(ctx, { query, result, tree }));
  });

  app.get('/help/:locale/articles/:file', async (c) => {
    const { locale, file } = c.req.param();
    return file.endsWith('.pdf') ? articleDownload(c, locale, file.slice(0, -'.pdf'.length)) : articlePage(c, locale, file);
  });

  app.post('/help/:locale/articles/:slug/feedback', bodyLimit({ maxSize: 4 * 1024, onError: (c) => c.text('Too large', 413) }), async (c) => {
    const { locale, slug } = c.req.param();
    const article = await lookup(locale, slug);
    if (!article) return notFound(c, locale);
    const ctx = await context(locale);
    if (!sameOrigin(c)) return page(c, renderMessage(ctx, ctx.strings.wasHelpful, ctx.strings.notFoundText), 403);
    const wait = votes.consume(clientIp(c, deps.config.trustProxy));
    if (wait > 0) {
      c.header('retry-after', String(Math.ceil(wait / 1000)));
      return page(c, renderMessage(ctx, ctx.strings.wasHelpful, ctx.strings.tooManyRequests), 429);
    }
    const form = await c.req.parseBody();
    const helpful = form.helpful === 'yes' ? true : form.helpful === 'no' ? false : null;
    if (helpful !== null) {
      // One vote per visitor per article: a random id in a cookie of our own, nothing personal.
      let visitorId = getCookie(c, visitorCookie);
      if (!visitorId || !visitorPattern.test(visitorId)) {
        visitorId = randomBytes(18).toString('base64url');
        setCookie(c, visitorCookie, visitorId, {
          path: '/help',
          httpOnly: true,
          sameSite: 'Lax',
          secure: deps.config.publicUrl.startsWith('https:'),
          maxAge: 365 * 24 * 3600,
        });
      }
      await recordFeedback(db, article.id, { visitorId, helpful });
    }
    c.header('cache-control', 'no-store');
    return c.redirect(`${paths.article(locale, slug)}?feedback=thanks#hc-feedback`, 303);
  });

  app.get('/help/:locale/:category', async (c) => {
    const { locale, category: slug } = c.req.param();
    if (!(await knownLocale(locale)) || !isSlug(slug)) return notFound(c, locale);
    const tree = await categoryTree(db, locale);
    const category = tree.bySlug.get(slug);
    if (!category || category.total === 0) return notFound(c, locale);
    const below = descendants(category);
    const ids = below.map((node) => node.id);
    const [articles, locales, ctx] = await Promise.all([
      liveArticles(db, locale, { categoryIds: ids, order: 'title' }),
      localesWithArticlesIn(db, ids),
      context(locale),
    ]);
    const groups = below
      .map((node) => ({ category: node, articles: articles.filter((a) => a.categoryId === node.id) }))
      .filter((group) => group.articles.length > 0);
    return page(
      c,
      renderCategory(ctx, { trail: ancestry(tree, category.id), category, groups, otherLocales: locales.filter((l) => l !== locale) }),
    );
  });

  // Anything else under /help is a page that does not exist: answer like one, in HTML.
  app.get('/help/*', async (c) => {
    const first = c.req.path.split('/')[2] ?? '';
    if (c.req.path.endsWith('/') && c.req.path.length > '/help/'.length) return c.redirect(c.req.path.replace(/\/+$/, ''), 301);
    return notFound(c, first);
  });

  return app;
}
