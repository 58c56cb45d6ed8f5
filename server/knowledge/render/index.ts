/** Safe rendering of knowledge-base markdown on the server. Policy and usage: README.md. */
export { renderArticle, type RenderedArticle, type RenderOptions } from './render-article.ts';
export { sanitizeHtml } from './sanitize-html.ts';
export { sanitizerVersion, needsResanitizing } from './policy.ts';
export { excerptFrom } from './excerpt.ts';
export { validateLinks, type LinkChecks, type LinkProblem, type LinkProblemKind } from './validate-links.ts';
export { parseArticleRef, type ArticleRef, type LinkKind } from './urls.ts';
export type { Heading } from './headings.ts';
export {
  MAX_ARTICLE_MARKDOWN_CHARS,
  MAX_ELEMENTS,
  MAX_NESTING_DEPTH,
  MAX_RENDERED_HTML_CHARS,
  MAX_TABLE_CELLS,
  MAX_TITLE_CHARS,
  MAX_URL_CHARS,
  MARKDOWN_TIME_BUDGET_MS,
} from './limits.ts';
