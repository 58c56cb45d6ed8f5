import type { LanternApi } from '../contract.ts';
import type { WidgetController } from './controller.ts';

/**
 * Puts `window.Lantern` on the page: the widget's only global. Site owners script the widget
 * through it (e.g. a "Contact us" link calling `Lantern.open()`).
 */
export function installPublicApi(widget: WidgetController): void {
  let identifyWarned = false;
  const api: LanternApi = {
    open: () => widget.open(),
    close: () => widget.close(),
    /**
     * Will attach a signed-in visitor to their conversations. Until live chat brings identity
     * verification there is nothing safe to attach them to, so it deliberately stores nothing.
     */
    identify: () => {
      if (identifyWarned) return;
      identifyWarned = true;
      console.warn('Lantern.identify() is not wired yet: identity verification arrives with live chat. Nothing was stored.');
    },
  };
  window.Lantern = Object.freeze(api);
}
