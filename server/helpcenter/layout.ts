import { html, jsonLd, type SafeHtml } from './html.ts';
import { languageName, ogLocale } from './locale.ts';
import type { Brand } from './queries.ts';
import type { Strings } from './strings.ts';
import { absoluteUrl, paths } from './urls.ts';

/** What every page shares: who speaks (brand), in which language, and where it lives. */
export interface PageContext {
  locale: string;
  strings: Strings;
  brand: Brand;
  publicUrl: string;
  stylesheet: string;
  /** Locales with live articles, for the footer's language links. */
  locales: string[];
}

export interface PageInput {
  /** The page's own title; the help center's name is appended. Null on the home page. */
  title: string | null;
  description?: string;
  /** Path of the canonical URL; made absolute here. Null for pages that must not be indexed. */
  canonicalPath: string | null;
  /** Same page in other languages: locale → path. The current page is added as its own alternate. */
  alternates?: { locale: string; path: string }[];
  /** The x-default alternate (usually the English page, or /help). */
  xDefaultPath?: string;
  ogType?: 'website' | 'article';
  noindex?: boolean;
  jsonLd?: unknown[];
  extraMeta?: SafeHtml[];
  /** The compact search box in the header (home and search pages have their own). */
  headerSearch?: boolean;
  /** Shown between the header and main, full width (the home page's hero). */
  hero?: SafeHtml;
  body: SafeHtml;
}

export function helpCenterName(ctx: PageContext): string {
  return ctx.brand.name ? ctx.strings.siteHelpCenter(ctx.brand.name) : ctx.strings.helpCenter;
}

export function searchForm(ctx: PageContext, variant: 'large' | 'compact', query = ''): SafeHtml {
  const id = `hc-q-${variant}`;
  return html`<form class="search-form ${variant}" role="search" method="get" action="${paths.search(ctx.locale)}">
<label class="visually-hidden" for="${id}">${ctx.strings.searchLabel}</label>
<input id="${id}" type="search" name="q" value="${query}" placeholder="${ctx.strings.searchPlaceholder}" maxlength="200" autocomplete="off" enterkeyhint="search">
<button type="submit">${ctx.strings.searchButton}</button>
</form>`;
}

export interface Crumb {
  name: string;
  path: string;
  /** The page itself: named, not linked. */
  current?: boolean;
}

export function breadcrumb(ctx: PageContext, trail: Crumb[]): SafeHtml {
  const items: Crumb[] = [{ name: ctx.strings.helpCenter, path: paths.home(ctx.locale) }, ...trail];
  return html`<nav class="breadcrumb" aria-label="${ctx.strings.breadcrumb}"><ol>${items.map((item) =>
    item.current ? html`<li><span aria-current="page">${item.name}</span></li>` : html`<li><a href="${item.path}">${item.name}</a></li>`,
  )}</ol></nav>`;
}

/** JSON-LD BreadcrumbList for the same trail, so search engines show it under the result. */
export function breadcrumbLd(ctx: PageContext, trail: Crumb[]) {
  const items: Crumb[] = [{ name: ctx.strings.helpCenter, path: paths.home(ctx.locale) }, ...trail];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: absoluteUrl(ctx.publicUrl, item.path) })),
  };
}

function header(ctx: PageContext, withSearch: boolean): SafeHtml {
  const initial = (ctx.brand.name ?? ctx.strings.helpCenter).trim().charAt(0).toLocaleUpperCase(ctx.locale) || '?';
  return html`<header class="site-header"><div class="wrap bar">
<a class="brand" href="${paths.home(ctx.locale)}"><span class="brand-mark" aria-hidden="true">${initial}</span>${
    ctx.brand.name ? html`<span>${ctx.brand.name}</span> <span class="brand-sub">${ctx.strings.helpCenter}</span>` : html`<span>${ctx.strings.helpCenter}</span>`
  }</a>
${withSearch ? searchForm(ctx, 'compact') : ''}
</div></header>`;
}

function footer(ctx: PageContext): SafeHtml {
  const languages =
    ctx.locales.length > 1
      ? html`<nav class="footer-languages" aria-label="${ctx.strings.languages}">${ctx.locales.map((locale, i) =>
          html`${i ? ' · ' : ''}<a href="${paths.home(locale)}" hreflang="${locale}" lang="${locale}"${locale === ctx.locale ? html` aria-current="true"` : ''}>${languageName(locale)}</a>`,
        )}</nav>`
      : '';
  return html`<footer class="site-footer"><div class="wrap"><span>${helpCenterName(ctx)}</span>${languages}<span>${ctx.strings.poweredBy}</span></div></footer>`;
}

/** The whole document: head with SEO tags, header, main, footer. No scripts, no inline styles. */
export function renderPage(ctx: PageContext, page: PageInput): string {
  const siteTitle = helpCenterName(ctx);
  const title = page.title ? `${page.title} – ${siteTitle}` : siteTitle;
  const canonical = page.canonicalPath ? absoluteUrl(ctx.publicUrl, page.canonicalPath) : null;
  const alternates = page.canonicalPath && page.alternates?.length
    ? [{ locale: ctx.locale, path: page.canonicalPath }, ...page.alternates].sort((a, b) => a.locale.localeCompare(b.locale))
    : [];
  const head: (SafeHtml | '')[] = [
    html`<meta charset="utf-8">`,
    html`<meta name="viewport" content="width=device-width, initial-scale=1">`,
    html`<title>${title}</title>`,
    page.description ? html`<meta name="description" content="${page.description}">` : '',
    page.noindex ? html`<meta name="robots" content="noindex, follow">` : '',
    canonical ? html`<link rel="canonical" href="${canonical}">` : '',
    ...alternates.map((alt) => html`<link rel="alternate" hreflang="${alt.locale}" href="${absoluteUrl(ctx.publicUrl, alt.path)}">`),
    alternates.length && page.xDefaultPath ? html`<link rel="alternate" hreflang="x-default" href="${absoluteUrl(ctx.publicUrl, page.xDefaultPath)}">` : '',
    html`<meta property="og:type" content="${page.ogType ?? 'website'}">`,
    html`<meta property="og:site_name" content="${siteTitle}">`,
    html`<meta property="og:title" content="${page.title ?? siteTitle}">`,
    page.description ? html`<meta property="og:description" content="${page.description}">` : '',
    canonical ? html`<meta property="og:url" content="${canonical}">` : '',
    html`<meta property="og:locale" content="${ogLocale(ctx.locale)}">`,
    html`<meta name="twitter:card" content="summary">`,
    ...(page.extraMeta ?? []),
    html`<meta name="theme-color" content="${ctx.brand.color}">`,
    html`<link rel="stylesheet" href="${ctx.stylesheet}">`,
    ...(page.jsonLd ?? []).map((data) => jsonLd(data)),
  ];
  return `<!doctype html>
${html`<html lang="${ctx.locale}">
<head>
${head.filter(Boolean).map((line) => html`${line}\n`)}</head>
<body>
<a class="skip-link" href="#hc-content">${ctx.strings.skipToContent}</a>
${header(ctx, page.headerSearch ?? true)}
${page.hero ?? ''}
<main id="hc-content" class="wrap" tabindex="-1">
${page.body}
</main>
${footer(ctx)}
</body>
</html>
`}`;
}
