import { html } from '../html.ts';
import { renderPage, searchForm, type PageContext } from '../layout.ts';
import { paths } from '../urls.ts';

/** The friendly 404: a way back and a search box, in the language the URL asked for when we know it. */
export function renderNotFound(ctx: PageContext): string {
  const { strings } = ctx;
  return renderPage(ctx, {
    title: strings.notFoundTitle,
    canonicalPath: null,
    noindex: true,
    headerSearch: false,
    body: html`<section class="not-found">
<p class="code" aria-hidden="true">404</p>
<h1 class="page-title">${strings.notFoundTitle}</h1>
<p>${strings.notFoundText}</p>
${searchForm(ctx, 'large')}
<p><a href="${paths.home(ctx.locale)}">${strings.backHome}</a></p>
</section>`,
  });
}

/** A short page for refusals (too many votes, a cross-site post). */
export function renderMessage(ctx: PageContext, title: string, message: string): string {
  return renderPage(ctx, {
    title,
    canonicalPath: null,
    noindex: true,
    body: html`<section class="not-found"><h1 class="page-title">${title}</h1><p>${message}</p><p><a href="${paths.home(ctx.locale)}">${ctx.strings.backHome}</a></p></section>`,
  });
}
