import { JSDOM } from 'jsdom';

/**
 * An independent inspector of rendered HTML, for tests: it parses the output the way a browser
 * would (into the body of a fresh document, the context the widget and the help center insert it in) and lists
 * everything that could run script or load a document. It shares no code with the sanitizer, so a
 * mistake in the policy cannot hide itself here.
 */

const dangerousElements = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'form', 'input',
  'button', 'select', 'option', 'textarea', 'svg', 'math', 'base', 'meta', 'link', 'template', 'noscript',
  'noembed', 'noframes', 'xmp', 'plaintext', 'title', 'audio', 'video', 'source', 'portal', 'isindex', 'marquee',
]);
const dangerousAttributes = new Set(['style', 'srcset', 'formaction', 'action', 'xlink:href', 'srcdoc', 'background', 'poster', 'data', 'ping']);
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'cite', 'background', 'longdesc', 'usemap', 'codebase']);
const allowedSchemes = new Set(['http:', 'https:', 'mailto:']);
const xhtml = 'http://www.w3.org/1999/xhtml';

const { DOMParser } = new JSDOM('').window;

/**
 * The body of a fresh document holding `html`. (Not `innerHTML =`: jsdom's fragment insertion is
 * quadratic in the number of top-level nodes, minutes for a large article.)
 */
function parse(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
}

function withoutControls(value: string): string {
  return [...value].filter((c) => c.charCodeAt(0) > 0x20).join('');
}

/** Where a browser would send a URL, judged after dropping every control character and space. */
function schemeOf(value: string): string {
  try {
    return new URL(withoutControls(value), 'https://probe.invalid/').protocol;
  } catch {
    return 'unparseable:';
  }
}

export function findUnsafeMarkup(html: string): string[] {
  const problems: string[] = [];
  if (/<script/i.test(html)) problems.push('the text "<script" appears in the output');

  const host = parse(html);
  if (parse(host.innerHTML).innerHTML !== host.innerHTML) problems.push('parsing the output again changes it (mutation XSS)');

  const walker = host.ownerDocument.createTreeWalker(host, 0x1 | 0x80); // elements and comments
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 8) {
      problems.push('a comment survived');
      continue;
    }
    const element = node as Element;
    const name = element.localName;
    if (element.namespaceURI !== xhtml) problems.push(`<${name}> in namespace ${element.namespaceURI}`);
    if (dangerousElements.has(name)) problems.push(`<${name}> element`);
    for (const attribute of Array.from(element.attributes)) {
      const attributeName = attribute.name.toLowerCase();
      if (attributeName.startsWith('on')) problems.push(`${attributeName}= on <${name}>`);
      if (dangerousAttributes.has(attributeName)) problems.push(`${attributeName}= on <${name}>`);
      if (urlAttributes.has(attributeName)) {
        const scheme = schemeOf(attribute.value);
        if (!allowedSchemes.has(scheme)) problems.push(`${attributeName}="${attribute.value}" (${scheme}) on <${name}>`);
        if (/^(javascript|vbscript|data):/i.test(withoutControls(attribute.value))) {
          problems.push(`${attributeName}="${attribute.value}" on <${name}>`);
        }
      }
    }
    if (name === 'a' && element.getAttribute('target') === '_blank' && !/\bnoopener\b/.test(element.getAttribute('rel') ?? '')) {
      problems.push('target=_blank without rel=noopener');
    }
  }
  return problems;
}
