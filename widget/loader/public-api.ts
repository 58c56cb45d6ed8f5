import type { LanternApi } from '../contract.ts';
import type { WidgetController } from './controller.ts';

/**
 * Puts `window.Lantern` on the page: the widget's only global. Site owners script the widget
 * through it (e.g. a "Contact us" link calling `Lantern.open()`, or `Lantern.identify(user)` once
 * their user has signed in).
 */
export function installPublicApi(widget: WidgetController): void {
  const api: LanternApi = {
    open: () => widget.open(),
    close: () => widget.close(),
    identify: (user) => {
      // Checked here, where the site owner's mistake happens; the server checks the hash itself.
      if (user && typeof user.id === 'string' && typeof user.hash === 'string') widget.identify(user);
      else console.warn('Lantern.identify() needs { id, hash } as strings; the visitor stays anonymous.');
    },
  };
  window.Lantern = Object.freeze(api);
}
