import { html, trustedHtml } from '../html.ts';
import { breadcrumb, breadcrumbLd, renderPage, type PageContext } from '../layout.ts';
import { defaultLocale, formatDate, languageName } from '../locale.ts';
import type { HelpArticle, HelpArticleSummary, HelpCategory } from '../queries.ts';
import { absoluteUrl, paths } from '../urls.ts';

export interface ArticleData {
  article: HelpArticle;
  /** Sanitized HTML of the published revision. */
  bodyHtml: string;
  /** The article's category and its ancestors, root first. */
  trail: HelpCategory[];
  /** Live articles in the same category (the article itself included), for the sidebar. */
  siblings: HelpArticleSummary[];
  related: { slug: string; title: string }[];
  /** The visitor just voted (after the form's redirect). */
  thanked: boolean;
}

export function renderArticle(ctx: PageContext, data: ArticleData): string {
  const { article, trail, strings } = { ...data, strings: ctx.strings };
  const path = paths.article(ctx.locale, article.slug);
  const crumbs = trail.map((c) => ({ name: c.name, path: paths.category(ctx.locale, c.slug) }));
  const updated = article.updatedAt;
  const translations = article.translations;
  const english = translations.find((t) => t.locale === defaultLocale);
  const feedback = data.thanked
    ? html`<p role="status">${strings.thanks}</p>`
    : html`<form method="post" action="${paths.feedback(ctx.locale, article.slug)}">
<button type="submit" name="helpful" value="yes">${strings.yes}</button>
<button type="submit" name="helpful" value="no">${strings.no}</button>
</form>`;
  const sidebar = data.siblings.length > 1
    ? html`<aside class="sidebar"><section class="side-block" aria-labelledby="hc-side-section"><h2 id="hc-side-section">${strings.inThisSection}</h2><ul>${data.siblings.map(
        (s) => html`<li><a href="${paths.article(ctx.locale, s.slug)}"${s.id === article.id ? html` aria-current="page"` : ''}>${s.title}</a></li>`,
      )}</ul></section></aside>`
    : html`<aside class="sidebar"></aside>`;
  const body = html`${breadcrumb(ctx, crumbs)}
<div class="layout">
<article class="article" aria-labelledby="hc-article-title">
<header class="article-header">
<h1 id="hc-article-title">${article.title}</h1>
<p class="meta"><span><time datetime="${updated.toISOString()}">${strings.updated(formatDate(updated, ctx.locale))}</time></span><a href="${paths.pdf(ctx.locale, article.slug)}" download>${strings.downloadPdf}</a></p>
${
  translations.length
    ? html`<p class="translations">${strings.alsoIn}: ${translations.map(
        (t) => html`<a href="${paths.article(t.locale, t.slug)}" hreflang="${t.locale}" lang="${t.locale}">${languageName(t.locale)}</a>`,
      )}</p>`
    : ''
}
<p class="print-only">${strings.source}: ${absoluteUrl(ctx.publicUrl, path)}</p>
</header>
<div class="article-body">
${trustedHtml(data.bodyHtml)}
</div>
<section class="feedback" id="hc-feedback" aria-labelledby="hc-feedback-title"><h2 id="hc-feedback-title">${strings.wasHelpful}</h2>${feedback}</section>
${
  data.related.length
    ? html`<section class="related" aria-labelledby="hc-related-title"><h2 class="section-title" id="hc-related-title">${strings.related}</h2><ul class="article-list">${data.related.map(
        (r) => html`<li><a href="${paths.article(ctx.locale, r.slug)}">${r.title}</a></li>`,
      )}</ul></section>`
    : ''
}
</article>
${sidebar}
</div>`;
  return renderPage(ctx, {
    title: article.title,
    description: article.excerpt,
    canonicalPath: path,
    alternates: translations.map((t) => ({ locale: t.locale, path: paths.article(t.locale, t.slug) })),
    xDefaultPath: ctx.locale === defaultLocale ? path : english ? paths.article(english.locale, english.slug) : path,
    ogType: 'article',
    extraMeta: [
      html`<meta property="article:modified_time" content="${updated.toISOString()}">`,
      ...trail.slice(-1).map((section) => html`<meta property="article:section" content="${section.name}">`),
    ],
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': 'Article',
        headline: article.title,
        description: article.excerpt,
        inLanguage: article.locale,
        dateModified: updated.toISOString(),
        mainEntityOfPage: absoluteUrl(ctx.publicUrl, path),
        keywords: article.tags.join(', ') || undefined,
      },
      ...(crumbs.length ? [breadcrumbLd(ctx, crumbs)] : []),
    ],
    body,
  });
}
