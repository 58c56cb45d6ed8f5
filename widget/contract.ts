import type { WidgetSiteConfig } from '../shared/schemas/sites.ts';

/**
 * The seam between the two bundles. widget.js (the loader) and widget-app.js (the Preact app) are
 * built and cached separately, so everything they exchange is declared here and nowhere else.
 * Types only: importing this file adds no bytes to either bundle.
 */

/** What the loader hands the app when it mounts it. */
export interface WidgetContext {
  /** Origin (and path prefix, if any) of the Lantern server, without a trailing slash. */
  baseUrl: string;
  siteKey: string;
  site: WidgetSiteConfig;
  /** The loader's launcher button: the app keeps its aria-expanded in step and returns focus to it. */
  launcher: HTMLButtonElement;
}

/** What the app gives back: the loader forwards the launcher and `window.Lantern` to it. */
export interface WidgetHandle {
  open(): void;
  close(): void;
  toggle(): void;
}

/** The shape of widget-app.js as an ES module. */
export interface WidgetAppModule {
  mount(root: ShadowRoot, context: WidgetContext): WidgetHandle;
}

/** `window.Lantern`: the only name the widget puts on the host page. */
export interface LanternApi {
  open(): void;
  close(): void;
  /** Placeholder until live chat: stores nothing (see widget/loader/public-api.ts). */
  identify(user: unknown): void;
}

declare global {
  interface Window {
    Lantern?: LanternApi;
  }
}
