import { adoptStyles } from '../styles/adopt.ts';
import hostCss from './launcher.css?inline';

/** A custom element name no page styles by accident and no framework claims. */
export const hostTagName = 'lantern-widget';

/**
 * The one element the widget adds to the page, with everything else inside its shadow root so
 * page CSS cannot reach in and ours cannot leak out. It goes on <html>, not <body>: an async
 * script may run before <body> exists, and SPAs that replace <body> would otherwise drop it.
 */
export function createHost(): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(hostTagName);
  // Open, so tests and assistive tooling can see in; closing it would only hide it from them.
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, hostCss);
  document.documentElement.append(host);
  return { host, root };
}
