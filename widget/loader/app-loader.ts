import type { WidgetAppModule } from '../contract.ts';

/**
 * Content hash of widget-app.js, written in at build time (vite.config.ts) from the app bundle
 * built just before the loader. It makes each release's app URL unique, so the server can let
 * browsers cache it forever while widget.js itself stays on a short cache.
 */
declare const LANTERN_APP_VERSION: string;

/** Fetches and evaluates the Preact app: a cross-origin ES module import, allowed by its CORS header. */
export function importApp(baseUrl: string): Promise<WidgetAppModule> {
  const version = LANTERN_APP_VERSION;
  const url = `${baseUrl}/widget-app.js${version ? `?v=${version}` : ''}`;
  return import(/* @vite-ignore */ url) as Promise<WidgetAppModule>;
}

/** Runs `task` once the page has a quiet moment, so the widget never competes with the page's own start-up. */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 5000 });
  else setTimeout(task, 1500);
}
