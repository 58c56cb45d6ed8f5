// Elements a help article never needs and that could act or restyle the widget if one slipped through.
const dropped = /^(script|style|link|meta|base|iframe|frame|object|embed|form|input|button|textarea|select|template|svg|math)$/;
const safeScheme = /^(https?|mailto|tel):$/;

/**
 * Turns an article's HTML into nodes for the shadow root. The server already sanitized it
 * (marked → DOMPurify); this runs on customers' pages, so it is parsed in an inert <template>
 * (no script runs, no image loads) and checked once more before anything touches the document:
 * active elements, event handlers, inline styles and non-web URLs are removed. It also fits the
 * article to where it is shown: relative URLs (uploaded images) point at the Lantern server, not
 * the host page, and links open in a new tab so the visitor keeps the page they were on.
 */
export function articleNodes(html: string, baseUrl: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const base = `${baseUrl}/`;
  for (const element of template.content.querySelectorAll('*')) {
    if (dropped.test(element.localName)) {
      element.remove();
      continue;
    }
    for (const { name, value } of [...element.attributes]) {
      if (name === 'href' || name === 'src') {
        if (name === 'href' && value.startsWith('#')) continue; // a jump within the article
        let url: URL | undefined;
        try {
          url = new URL(value, base);
        } catch {
          // unparsable: dropped below
        }
        if (url && safeScheme.test(url.protocol)) element.setAttribute(name, url.href);
        else element.removeAttribute(name);
      } else if (name.startsWith('on') || name === 'style' || name === 'srcset' || name === 'target' || name.includes(':')) {
        element.removeAttribute(name);
      }
    }
    if (element instanceof HTMLAnchorElement && element.getAttribute('href')?.startsWith('#') === false) {
      element.target = '_blank';
      element.rel = 'noopener noreferrer';
    }
  }
  return template.content;
}

/** In-article jumps (`#section`) scroll the article: the host page's URL and scroll are not ours. */
export function followInPageLink(event: MouseEvent, article: Element): void {
  const hash = event.target instanceof Element ? event.target.closest('a')?.getAttribute('href') : null;
  if (!hash?.startsWith('#')) return;
  event.preventDefault();
  article.querySelector(`[id="${CSS.escape(hash.slice(1))}"]`)?.scrollIntoView();
}
