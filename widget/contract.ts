import type { WidgetSiteConfig } from '../shared/schemas/sites.ts';

/**
 * The seam between the two bundles. widget.js (the loader) and widget-app.js (the Preact app) are
 * built and cached separately, so everything they exchange is declared here and nowhere else.
 * Types only: importing this file adds no bytes to either bundle.
 */

/**
 * A user signed in to the host site, as `Lantern.identify()` receives them. `hash` is the hex
 * HMAC-SHA256 of `id` with the site's identity secret, computed by the site's own server: without
 * a matching hash the visitor stays anonymous.
 */
export interface LanternUser {
  id: string;
  hash: string;
  email?: string;
  name?: string;
}

/** What the loader hands the app when it mounts it. */
export interface WidgetContext {
  /** Origin (and path prefix, if any) of the Lantern server, without a trailing slash. */
  baseUrl: string;
  siteKey: string;
  site: WidgetSiteConfig;
  /** The loader's launcher button: the app keeps its aria-expanded in step and returns focus to it. */
  launcher: HTMLButtonElement;
  /** `data-mode` on the script tag: may narrow the site's mode, never widen it. */
  mode: string | undefined;
  /** `data-layout="page"` (the full-page chat link): the panel fills the window and stays open. */
  page: boolean;
  /** The user the page identified before the app loaded, if any. */
  user: LanternUser | null;
  /** Shows `count` unread messages on the launcher; 0 hides the badge. */
  setUnread(count: number): void;
}

/** What the app gives back: the loader forwards the launcher and `window.Lantern` to it. */
export interface WidgetHandle {
  open(): void;
  close(): void;
  toggle(): void;
  identify(user: LanternUser): void;
}

/** The shape of widget-app.js as an ES module. */
export interface WidgetAppModule {
  mount(root: ShadowRoot, context: WidgetContext): WidgetHandle;
}

/** `window.Lantern`: the only name the widget puts on the host page. */
export interface LanternApi {
  open(): void;
  close(): void;
  /** Attaches a signed-in user of the site to their chats (see LanternUser). */
  identify(user: LanternUser): void;
}

declare global {
  interface Window {
    Lantern?: LanternApi;
  }
}
