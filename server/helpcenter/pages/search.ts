import type { SearchResult } from '../../../shared/schemas/knowledge.ts';
import { html, snippetHtml } from '../html.ts';
import { breadcrumb, renderPage, searchForm, type PageContext } from '../layout.ts';
import type { CategoryTree } from '../queries.ts';
import { paths } from '../urls.ts';
import { topicGrid } from './home.ts';

export interface SearchData {
  query: string;
  /** Null when nothing was asked yet. */
  result: SearchResult | null;
  /** For browsing when nothing matched. */
  tree: CategoryTree;
}

export function renderSearch(ctx: PageContext, data: SearchData): string {
  const { strings } = ctx;
  const { query, result } = data;
  let content;
  if (!result) {
    content = html`<p class="hint">${strings.emptySearch}</p>`;
  } else if (result.items.length === 0) {
    content = html`<div class="empty" role="status"><p><strong>${strings.noResults(query)}</strong></p><p>${strings.noResultsHint}</p></div>
<h2 class="section-title">${strings.browseTopics}</h2>${topicGrid(ctx, data.tree)}`;
  } else {
    content = html`<p class="result-count" role="status">${strings.resultsFor(result.total, query)}</p>
<ol class="results">${result.items.map(
      (hit) => html`<li class="result"><h2><a href="${paths.article(ctx.locale, hit.slug)}">${hit.title}</a></h2><p>${snippetHtml(hit.snippet || hit.excerpt)}</p></li>`,
    )}</ol>
${result.total > result.items.length ? html`<p class="hint">${strings.moreResults(result.items.length)}</p>` : ''}`;
  }
  const body = html`${breadcrumb(ctx, [{ name: strings.searchTitle, path: paths.search(ctx.locale), current: true }])}
<h1 class="page-title">${query ? strings.searchTitle + ': ' + query : strings.searchTitle}</h1>
<div class="page-search">${searchForm(ctx, 'large', query)}</div>
${content}`;
  return renderPage(ctx, {
    title: query ? `${strings.searchTitle}: ${query}` : strings.searchTitle,
    canonicalPath: null,
    noindex: true,
    headerSearch: false,
    body,
  });
}
