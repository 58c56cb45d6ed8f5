/**
 * The <script src=".../widget.js" data-site="pk_..."> tag that loaded us. `currentScript` is set
 * while a classic script (async or not) first runs; it is null when a tag manager injects the
 * code some other way, so fall back to the last matching tag on the page.
 */
export function findOwnScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.dataset.site) return current;
  const candidates = document.querySelectorAll<HTMLScriptElement>('script[data-site][src*="widget.js"]');
  return candidates[candidates.length - 1] ?? null;
}

/** The server that served widget.js, path prefix included, so a Lantern behind /support/ works too. */
export function serverBaseUrl(script: HTMLScriptElement): string {
  return new URL('.', script.src).href.replace(/\/$/, '');
}
