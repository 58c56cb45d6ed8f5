/**
 * Raw HTML in markdown is shown as text, except a few tags without attributes (and <details open>)
 * that markdown has no syntax for. Comments are authors' notes and are dropped.
 *
 * Why not let all raw HTML through, since DOMPurify runs after? Safety would hold, but arbitrary
 * markup makes the parser's work unbounded (nesting, misnested formatting elements being rebuilt in
 * every block), and it invites pasted markup (inline styles, classes, widgets) that the help center
 * would then half-render. Markdown plus these tags covers what articles need.
 */
export const rawHtmlTags = ['kbd', 'sup', 'sub', 'mark', 'ins', 'del', 'details', 'summary', 'br'] as const;

const allowedNames = new Set<string>(rawHtmlTags);
// `[^<>]*` cannot backtrack into itself: one pass per '<'.
const tagOrBracket = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>|[<>]/g;

function escapeBrackets(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function simpleTag(closing: string, name: string, rest: string): string | null {
  const lowerName = name.toLowerCase();
  if (!allowedNames.has(lowerName)) return null;
  const attributes = rest.trim();
  if (closing) return attributes === '' ? `</${lowerName}>` : null;
  if (attributes === '' || attributes === '/') return `<${lowerName}>`;
  if (lowerName === 'details' && attributes.toLowerCase() === 'open') return '<details open>';
  return null;
}

/** Drops complete comments with indexOf (a lazy regex would be quadratic on many unclosed `<!--`). */
function withoutComments(html: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = html.indexOf('<!--', from);
    if (open === -1) break;
    const close = html.indexOf('-->', open + 4);
    if (close === -1) break;
    out += html.slice(from, open);
    from = close + 3;
  }
  return out + html.slice(from);
}

export function allowSimpleTags(rawHtml: string): string {
  return withoutComments(rawHtml).replace(tagOrBracket, (match, closing?: string, name?: string, rest?: string) =>
    name === undefined ? escapeBrackets(match) : (simpleTag(closing ?? '', name, rest ?? '') ?? escapeBrackets(match)),
  );
}
