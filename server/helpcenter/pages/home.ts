import { html, type SafeHtml } from '../html.ts';
import { helpCenterName, renderPage, searchForm, type PageContext } from '../layout.ts';
import type { CategoryTree, HelpArticleSummary, HelpCategory } from '../queries.ts';
import { paths } from '../urls.ts';

export interface HomeData {
  tree: CategoryTree;
  popular: HelpArticleSummary[];
  recent: HelpArticleSummary[];
  /** Live articles in no category: reachable from here, not only from search. */
  uncategorized: HelpArticleSummary[];
}

export function articleList(ctx: PageContext, articles: HelpArticleSummary[], withExcerpt = false): SafeHtml {
  return html`<ul class="article-list">${articles.map(
    (a) => html`<li><a href="${paths.article(ctx.locale, a.slug)}">${a.title}${withExcerpt && a.excerpt ? html`<span class="excerpt">${a.excerpt}</span>` : ''}</a></li>`,
  )}</ul>`;
}

function topicCard(ctx: PageContext, category: HelpCategory): SafeHtml {
  const sections = category.children.filter((child) => child.total > 0);
  return html`<li><section class="topic-card">
<h3><a href="${paths.category(ctx.locale, category.slug)}">${category.name}</a></h3>
${category.description ? html`<p>${category.description}</p>` : ''}
<p class="count">${ctx.strings.articleCount(category.total)}</p>
${
  sections.length
    ? html`<ul class="sections">${sections.map(
        (child) => html`<li><a href="${paths.category(ctx.locale, child.slug)}">${child.name}</a><span>${child.total}</span></li>`,
      )}</ul>`
    : ''
}
</section></li>`;
}

export function topicGrid(ctx: PageContext, tree: CategoryTree): SafeHtml {
  const topics = tree.roots.filter((category) => category.total > 0);
  return topics.length ? html`<ul class="topic-grid">${topics.map((category) => topicCard(ctx, category))}</ul>` : html``;
}

export function renderHome(ctx: PageContext, data: HomeData): string {
  const { strings } = ctx;
  const popular = data.popular.filter((a) => a.views > 0);
  const hasTopics = data.tree.roots.some((category) => category.total > 0);
  const empty = !hasTopics && data.recent.length === 0;
  const body = empty
    ? html`<p class="empty">${strings.noArticles}</p>`
    : html`${hasTopics ? html`<h2 class="section-title">${strings.browseTopics}</h2>${topicGrid(ctx, data.tree)}` : ''}
<div class="columns">
${popular.length ? html`<section><h2 class="section-title">${strings.popular}</h2>${articleList(ctx, popular)}</section>` : ''}
${data.recent.length ? html`<section><h2 class="section-title">${strings.recent}</h2>${articleList(ctx, data.recent)}</section>` : ''}
</div>
${data.uncategorized.length ? html`<section><h2 class="section-title">${strings.moreArticles}</h2>${articleList(ctx, data.uncategorized, true)}</section>` : ''}`;
  return renderPage(ctx, {
    title: null,
    description: `${helpCenterName(ctx)}: ${strings.homeHeading}`,
    canonicalPath: paths.home(ctx.locale),
    alternates: ctx.locales.filter((locale) => locale !== ctx.locale).map((locale) => ({ locale, path: paths.home(locale) })),
    xDefaultPath: paths.root,
    headerSearch: false,
    hero: html`<section class="hero"><div class="wrap"><h1>${strings.homeHeading}</h1>${searchForm(ctx, 'large')}</div></section>`,
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': 'WebSite',
        name: helpCenterName(ctx),
        url: `${ctx.publicUrl}${paths.home(ctx.locale)}`,
        potentialAction: {
          '@type': 'SearchAction',
          target: `${ctx.publicUrl}${paths.search(ctx.locale)}?q={search_term_string}`,
          'query-input': 'required name=search_term_string',
        },
      },
    ],
    body,
  });
}
