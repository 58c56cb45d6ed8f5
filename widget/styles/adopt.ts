/**
 * Adds a stylesheet to a shadow root. Constructable sheets are CSSOM, so a host page whose CSP
 * forbids inline <style> (style-src without 'unsafe-inline') still renders the widget; browsers
 * without them (Safari < 16.4) get a <style> element instead.
 */
export function adoptStyles(root: ShadowRoot, css: string): void {
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
}
