import { render } from 'preact';
import type { WidgetContext, WidgetHandle } from '../contract.ts';
import { adoptStyles } from '../styles/adopt.ts';
import { Panel, panelId } from './panel.tsx';
import { homeRoute, type Route } from './router.tsx';
import panelCss from './panel.css?inline';

/**
 * widget-app.js: the Preact app the loader imports on idle or first click. It renders into the
 * loader's shadow root and owns the panel's state; the loader only forwards clicks and API calls.
 * The state lives here, outside components, so the loader's calls and the panel's own buttons
 * change it the same way.
 */
export function mount(root: ShadowRoot, { site, launcher }: WidgetContext): WidgetHandle {
  adoptStyles(root, panelCss);
  const container = document.createElement('div');
  root.append(container);

  let isOpen = false;
  const route: Route = homeRoute;

  const draw = () =>
    render(isOpen ? <Panel site={site} route={route} onClose={close} /> : null, container);

  function open() {
    if (isOpen) return;
    isOpen = true;
    draw();
    launcher.setAttribute('aria-expanded', 'true');
    launcher.setAttribute('aria-controls', panelId);
    root.getElementById(panelId)?.focus();
  }

  function close() {
    if (!isOpen) return;
    // Return focus only if the visitor was in the widget: a script calling Lantern.close() while
    // they type elsewhere on the page must not pull the caret away.
    const focusWasInside = root.activeElement !== null;
    isOpen = false;
    draw();
    launcher.setAttribute('aria-expanded', 'false');
    launcher.removeAttribute('aria-controls');
    if (focusWasInside) launcher.focus();
  }

  root.addEventListener('keydown', (event) => {
    if (isOpen && event instanceof KeyboardEvent && event.key === 'Escape') {
      event.stopPropagation(); // handled: the page's own Escape handlers (its modals) stay out of it
      close();
    }
  });

  return { open, close, toggle: () => (isOpen ? close() : open()) };
}
