import { excerptFrom, renderArticle, sanitizerVersion } from '../render/index.ts';

/** What a revision stores besides its markdown: safe HTML, plain text, and the rules' version. */
export function renderRevision(content: string, excerpt: string | undefined) {
  const rendered = renderArticle(content, {});
  return {
    html: rendered.html,
    text: rendered.text,
    excerpt: excerpt?.trim() ? excerpt.trim() : excerptFrom(rendered.text, 200),
    sanitizerVersion: String(sanitizerVersion),
  };
}
