import { html } from '../html.ts';
import { breadcrumb, breadcrumbLd, renderPage, type PageContext } from '../layout.ts';
import type { HelpArticleSummary, HelpCategory } from '../queries.ts';
import { defaultLocale } from '../locale.ts';
import { paths } from '../urls.ts';
import { articleList } from './home.ts';

export interface CategoryData {
  /** Root first, the category itself last. */
  trail: HelpCategory[];
  category: HelpCategory;
  /** The category's own articles first, then each sub-category's, in tree order; empty groups left out. */
  groups: { category: HelpCategory; articles: HelpArticleSummary[] }[];
  /** Other locales with live articles in this category. */
  otherLocales: string[];
}

export function renderCategory(ctx: PageContext, data: CategoryData): string {
  const { category, groups, trail } = data;
  const crumbs = trail.map((c) => ({ name: c.name, path: paths.category(ctx.locale, c.slug), current: c.id === category.id }));
  const sections = category.children.filter((child) => child.total > 0);
  const body = html`${breadcrumb(ctx, crumbs)}
<h1 class="page-title">${category.name}</h1>
${category.description ? html`<p class="lede">${category.description}</p>` : html`<p class="lede">${ctx.strings.articleCount(category.total)}</p>`}
${
  sections.length > 1
    ? html`<nav aria-label="${ctx.strings.sections}"><ul class="chips">${sections.map(
        (child) =>
          html`<li><a href="${groups.some((g) => g.category.id === child.id) ? `#s-${child.slug}` : paths.category(ctx.locale, child.slug)}">${child.name}</a></li>`,
      )}</ul></nav>`
    : ''
}
${groups.map((group) =>
  group.category.id === category.id
    ? html`<section class="group">${articleList(ctx, group.articles, true)}</section>`
    : html`<section class="group" id="s-${group.category.slug}" aria-labelledby="h-${group.category.slug}"><h2 class="group-title" id="h-${group.category.slug}"><a href="${paths.category(ctx.locale, group.category.slug)}">${group.category.name}</a></h2>${articleList(ctx, group.articles, true)}</section>`,
)}`;
  const path = paths.category(ctx.locale, category.slug);
  return renderPage(ctx, {
    title: category.name,
    description: category.description || `${category.name}: ${ctx.strings.articleCount(category.total)}`,
    canonicalPath: path,
    alternates: data.otherLocales.map((locale) => ({ locale, path: paths.category(locale, category.slug) })),
    xDefaultPath: data.otherLocales.includes(defaultLocale) || ctx.locale === defaultLocale ? paths.category(defaultLocale, category.slug) : path,
    jsonLd: [breadcrumbLd(ctx, crumbs)],
    body,
  });
}
