import { render } from 'preact';
import type { WidgetContext, WidgetHandle } from '../contract.ts';
import { adoptStyles } from '../styles/adopt.ts';
import { browserLocale } from './locale.ts';
import { Panel, panelId } from './panel.tsx';
import { homeRoute, type Nav, type Route } from './router.tsx';
import panelCss from './panel.css?inline';

/**
 * widget-app.js: the Preact app the loader imports on idle or first click. It renders into the
 * loader's shadow root and owns the panel's state; the loader only forwards clicks and API calls.
 * The state lives here, outside components, so the loader's calls and the panel's own buttons
 * change it the same way, and a closed panel reopens where the visitor left it.
 */
export function mount(root: ShadowRoot, { baseUrl, siteKey, site, launcher }: WidgetContext): WidgetHandle {
  adoptStyles(root, panelCss);
  const container = document.createElement('div');
  root.append(container);

  let isOpen = false;
  // The way back: the last entry is where the panel is.
  let history: Route[] = [homeRoute];

  const draw = () =>
    render(
      isOpen ? <Panel site={site} route={history[history.length - 1] ?? homeRoute} canGoBack={history.length > 1} nav={nav} onClose={close} /> : null,
      container,
    );

  /** Keeps keyboard focus in the panel when the element that had it was replaced. */
  const keepFocus = (preferred?: string) => {
    if (root.activeElement) return;
    ((preferred && root.querySelector<HTMLElement>(preferred)) || root.getElementById(panelId))?.focus();
  };

  const nav: Nav = {
    at: { baseUrl, siteKey },
    locale: browserLocale(),
    go(route) {
      // A new search replaces the previous one rather than stacking every query typed.
      const top = history[history.length - 1];
      history = [...(route.name === 'search' && top?.name === 'search' ? history.slice(0, -1) : history), route];
      draw();
      keepFocus();
    },
    back() {
      history = history.slice(0, -1);
      if (history.length === 0) history = [homeRoute];
      draw();
      keepFocus('[role=combobox]');
    },
  };

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
