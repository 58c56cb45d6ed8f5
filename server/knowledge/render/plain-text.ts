/** Elements that start a new line of text: the search index and excerpts read blocks, not a blur. */
const blockElements = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'table', 'thead', 'tbody',
  'tr', 'hr', 'details', 'summary',
]);
const cellElements = new Set(['td', 'th']);

/**
 * The readable text of sanitized article HTML: one line per block, code kept verbatim, link text
 * without its URL, no alt text. Iterative, so any nesting depth is safe.
 */
export function plainTextOf(root: Element): string {
  const lines: string[] = [];
  let line = '';
  const endLine = () => {
    const text = line.replace(/[ \t]*\n[ \t]*/g, '\n').replace(/ {2,}/g, ' ').trim();
    if (text) lines.push(text);
    line = '';
  };

  // Each entry is a node to visit, or the element whose end we have reached.
  const stack: (Node | { end: Element })[] = Array.from(root.childNodes).reverse();
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    if (!('nodeType' in item)) {
      if (blockElements.has(item.end.localName)) endLine();
      continue;
    }
    if (item.nodeType === 3) {
      line += (item.nodeValue ?? '').replace(/\s+/g, ' ');
      continue;
    }
    if (item.nodeType !== 1) continue;
    const element = item as Element;
    const name = element.localName;
    if (name === 'pre') {
      endLine();
      const code = (element.textContent ?? '').replace(/\n+$/, '');
      if (code.trim()) lines.push(code);
      continue;
    }
    if (name === 'br') line += '\n';
    if (cellElements.has(name) && line && !line.endsWith(' ')) line += ' ';
    if (blockElements.has(name)) endLine();
    stack.push({ end: element });
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  endLine();
  return lines.join('\n');
}
