const voidElements = new Set(['br', 'hr', 'img', 'input', 'wbr', 'area', 'col', 'embed', 'source', 'track', 'link', 'meta', 'base']);
const tagPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*>/g;

export interface MarkupSize {
  /** Elements in the document. */
  elements: number;
  /** The deepest nesting of elements. */
  depth: number;
}

/**
 * How many elements `html` makes and how deep they nest, read from its tags in one pass. Exact for
 * what our markdown stage emits (marked escapes every '<' in text and attributes; raw tags are
 * attribute-free and never formatting elements, so the parser rebuilds nothing), which is all it
 * is used on.
 */
export function measureMarkup(html: string): MarkupSize {
  const open: string[] = [];
  const openCount = new Map<string, number>();
  let elements = 0;
  let depth = 0;
  for (const [, closing, rawName] of html.matchAll(tagPattern)) {
    const name = (rawName ?? '').toLowerCase();
    if (!closing) {
      elements += 1;
      if (voidElements.has(name)) continue;
      open.push(name);
      openCount.set(name, (openCount.get(name) ?? 0) + 1);
      depth = Math.max(depth, open.length);
    } else if (openCount.get(name)) {
      // Like the parser: an end tag closes its element and everything opened inside it.
      for (;;) {
        const popped = open.pop();
        if (popped === undefined) break;
        openCount.set(popped, (openCount.get(popped) ?? 1) - 1);
        if (popped === name) break;
      }
    }
  }
  return { elements, depth };
}
