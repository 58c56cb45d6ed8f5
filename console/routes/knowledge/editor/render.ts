import DOMPurify from 'dompurify';
import { Marked } from 'marked';

/**
 * The live preview: markdown → HTML with marked, then DOMPurify, so nothing typed (an
 * `<img onerror>`, a `javascript:` link) can run in the console. It follows the server's rules
 * closely; once saved, the server's own HTML is what the preview shows.
 */
const markdown = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    // Task lists without <input>, as the server renders them.
    checkbox({ checked }) {
      return checked ? '\u2611 ' : '\u2610 ';
    },
  },
});

const purifyConfig = {
  // As on the server: only http(s), mailto and addresses without a scheme.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'svg', 'math'],
  FORBID_ATTR: ['style', 'class', 'id'],
  ALLOW_DATA_ATTR: false,
};

// Links in the preview open in a new tab, so following one never leaves the editor.
DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

/** `article:slug` links, as the help centre will write them. */
function resolveArticleRefs(locale: string) {
  return (token: { type: string; href?: string }) => {
    if ((token.type === 'link' || token.type === 'image') && token.href?.toLowerCase().startsWith('article:')) {
      const [slug = '', fragment] = token.href.slice('article:'.length).split('#');
      token.href = `/help/${encodeURIComponent(locale)}/articles/${encodeURIComponent(slug.toLowerCase())}${fragment ? `#${fragment}` : ''}`;
    }
  };
}

export function renderMarkdown(source: string, locale: string): string {
  const tokens = markdown.lexer(source);
  markdown.walkTokens(tokens, resolveArticleRefs(locale));
  return sanitizeHtml(markdown.parser(tokens));
}

/** The server's stored HTML is already clean; it goes through the same filter all the same. */
export function sanitizeHtml(html: string): string {
  return DOMPurify.sanitize(html, purifyConfig);
}
