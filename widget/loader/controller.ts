import type { WidgetSiteConfig } from '../../shared/schemas/sites.ts';
import type { LanternUser, WidgetHandle } from '../contract.ts';
import { importApp } from './app-loader.ts';
import { showUnread } from './launcher.ts';

export interface WidgetController {
  open(): void;
  close(): void;
  toggle(): void;
  identify(user: LanternUser): void;
  /** Loads and mounts the app without opening it. */
  preload(): void;
}

interface ControllerOptions {
  root: ShadowRoot;
  launcher: HTMLButtonElement;
  baseUrl: string;
  siteKey: string;
  site: Promise<WidgetSiteConfig>;
  mode: string | undefined;
  page: boolean;
}

/**
 * Stands in for the app until it is loaded: the launcher and `window.Lantern` call this, and it
 * loads the app on first use, remembering whether the visitor still wants the panel open by then
 * and who the page said is signed in.
 */
export function createController({ root, launcher, baseUrl, siteKey, site, mode, page }: ControllerOptions): WidgetController {
  let loading: Promise<WidgetHandle | null> | undefined;
  let handle: WidgetHandle | null = null;
  let wantOpen = false;
  let user: LanternUser | null = null;

  const load = (): Promise<WidgetHandle | null> =>
    (loading ??= Promise.all([importApp(baseUrl), site]).then(
      ([app, config]) =>
        (handle = app.mount(root, {
          baseUrl,
          siteKey,
          site: config,
          launcher,
          mode,
          page,
          user,
          setUnread: (count) => showUnread(launcher, count),
        })),
      (error: unknown) => {
        loading = undefined; // a failed download may work on the next click
        // A site that failed to load has already removed the launcher and said why; only report the app.
        if (launcher.isConnected) console.warn('Lantern: the widget app could not be loaded', error);
        return null;
      },
    ));

  const open = () => {
    wantOpen = true;
    void load().then((loaded) => {
      if (wantOpen) loaded?.open();
    });
  };
  const close = () => {
    wantOpen = false;
    handle?.close();
  };

  return {
    open,
    close,
    toggle() {
      if (handle) handle.toggle();
      else if (wantOpen) close(); // a second click while the app downloads takes the first one back
      else open();
    },
    identify(next) {
      user = next;
      handle?.identify(next);
    },
    preload() {
      void load();
    },
  };
}
