import { escapeHtml } from './escape-html.ts';
import { assignHeadingIds, type Heading } from './headings.ts';
import { MAX_ARTICLE_MARKDOWN_CHARS, MAX_ELEMENTS, MAX_NESTING_DEPTH, MAX_RENDERED_HTML_CHARS } from './limits.ts';
import { markdownToHtml, MarkdownTooComplex } from './markdown.ts';
import { measureMarkup } from './markup-size.ts';
import { plainTextOf } from './plain-text.ts';
import { newPurifySession, purify } from './purifier.ts';
import type { LinkKind, UrlProblem } from './urls.ts';

export interface RenderOptions {
  /**
   * Turns an `article:<slug>[#section]` reference into the URL to link to (a root-relative path such
   * as `/help/en/articles/<slug>#section`), or null when there is no such article: the link then
   * renders as its text, and `links` still lists it so the editor can flag it.
   */
  resolveInternalLink?: (href: string) => string | null;
}

export interface RenderedArticle {
  /** Sanitized HTML, safe to insert as is. A fixpoint of `sanitizeHtml`. */
  html: string;
  /** Readable plain text for the search index and excerpts. */
  text: string;
  headings: Heading[];
  /** Every link the policy allows, once each: as written in `html`, except `article:` references, reported as written. */
  links: { href: string; kind: LinkKind }[];
  /** Links whose URL the policy refused (they render as their text): for the editor to explain. */
  droppedLinks: { href: string; problem: UrlProblem }[];
  /** Image sources, as written in `html`, once each. */
  images: string[];
  /**
   * Set when the article was rendered as plain paragraphs instead of markdown: it was longer than
   * MAX_ARTICLE_MARKDOWN_CHARS, nested, expanded or computed past the limits in limits.ts, or marked
   * failed on it (`unparseable`: worth logging, it is a bug here or in marked).
   */
  fallback: null | 'too_long' | 'too_complex' | 'unparseable';
}

const maxFallbackParagraphs = 1_000;

/** The article as escaped paragraphs (the last one takes whatever is left): cheap, safe, readable. */
function plainParagraphs(markdown: string): string {
  const paragraphs = markdown
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  const kept = paragraphs.slice(0, maxFallbackParagraphs - 1);
  const rest = paragraphs.slice(maxFallbackParagraphs - 1);
  if (rest.length > 0) kept.push(rest.join('\n\n'));
  return kept.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n');
}

function unsafeHtmlOf(markdown: string): { html: string; fallback: RenderedArticle['fallback'] } {
  if (markdown.length > MAX_ARTICLE_MARKDOWN_CHARS) return { html: plainParagraphs(markdown), fallback: 'too_long' };
  let html: string;
  try {
    html = markdownToHtml(markdown);
  } catch (error) {
    // RangeError: nesting deep enough to exhaust marked's stack (or an expansion past string limits).
    const tooComplex = error instanceof MarkdownTooComplex || error instanceof RangeError;
    return { html: plainParagraphs(markdown), fallback: tooComplex ? 'too_complex' : 'unparseable' };
  }
  const size = html.length > MAX_RENDERED_HTML_CHARS ? null : measureMarkup(html);
  if (!size || size.depth > MAX_NESTING_DEPTH || size.elements > MAX_ELEMENTS) {
    return { html: plainParagraphs(markdown), fallback: 'too_complex' };
  }
  return { html, fallback: null };
}

function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Knowledge-base markdown to safe HTML: marked (GFM) → DOMPurify on jsdom with our policy
 * (policy.ts, urls.ts) → heading ids. Throws only what `resolveInternalLink` throws (or if it
 * renders re-entrantly); any markdown gets an answer, if need be as plain paragraphs.
 */
export function renderArticle(markdown: string, options: RenderOptions = {}): RenderedArticle {
  const { html: unsafeHtml, fallback } = unsafeHtmlOf(markdown);
  const session = newPurifySession(options.resolveInternalLink);
  const { root, headings: headingElements } = purify(unsafeHtml, session);
  const headings = assignHeadingIds(headingElements);
  return {
    html: root.innerHTML,
    text: plainTextOf(root),
    headings,
    links: unique(session.links, (link) => `${link.kind} ${link.href}`),
    droppedLinks: unique(session.droppedLinks, (link) => link.href),
    images: unique(session.images, (src) => src),
    fallback,
  };
}
