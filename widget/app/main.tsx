import { render } from 'preact';
import type { WidgetContext, WidgetHandle } from '../contract.ts';
import { adoptStyles } from '../styles/adopt.ts';
import { createChat, type Chat } from './chat/client.ts';
import { effectiveMode } from './chat/mode.ts';
import { browserLocale } from './locale.ts';
import { Panel, panelId } from './panel.tsx';
import { chatRoute, homeRoute, type Nav, type Route } from './router.tsx';
import panelCss from './panel.css?inline';
import chatCss from './chat/chat.css?inline';

/**
 * widget-app.js: the Preact app the loader imports on idle or first click. It renders into the
 * loader's shadow root and owns the panel's state; the loader only forwards clicks and API calls.
 * The state lives here, outside components, so the loader's calls and the panel's own buttons
 * change it the same way, and a closed panel reopens where the visitor left it.
 */
export function mount(root: ShadowRoot, context: WidgetContext): WidgetHandle {
  const { baseUrl, siteKey, site, launcher, page } = context;
  adoptStyles(root, panelCss + chatCss);
  const container = document.createElement('div');
  root.append(container);

  const mode = effectiveMode(site.mode, context.mode);
  // Chat-only opens straight into the chat; the way back always ends there.
  const start = mode === 'chat' ? chatRoute : homeRoute;
  let isOpen = false;
  // The way back: the last entry is where the panel is.
  let history: Route[] = [start];
  let chat: Chat | null = null;

  const draw = () =>
    render(
      isOpen ? (
        <Panel
          site={site}
          route={history[history.length - 1] ?? start}
          first={history.length === 1}
          canGoBack={history.length > 1}
          nav={nav}
          onClose={page ? undefined : close}
        />
      ) : null,
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
    chat,
    go(route) {
      // A new search replaces the previous one rather than stacking every query typed.
      const top = history[history.length - 1];
      history = [...(route.name === 'search' && top?.name === 'search' ? history.slice(0, -1) : history), route];
      draw();
      keepFocus();
    },
    back() {
      history = history.slice(0, -1);
      if (history.length === 0) history = [start];
      draw();
      keepFocus('[role=combobox]');
    },
  };

  // Help-only sites have no chat at all: no socket, no storage, no requests.
  if (mode !== 'help') {
    // Chat changes redraw once per turn of the event loop: never inside a render (the chat view
    // tells the chat it is on screen from an effect), and a burst of frames costs one redraw.
    let queued = false;
    nav.chat = chat = createChat(nav.at, context.user, () => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        // A step of the chat replaces what had focus (the pre-chat form): keep it in the panel, on the composer.
        const focusWasInside = root.activeElement !== null;
        draw();
        if (focusWasInside) keepFocus('textarea');
        context.setUnread(chat?.state.unread ?? 0);
      });
    });
  }

  function open() {
    if (isOpen) return;
    isOpen = true;
    // Opened because of the badge: straight to what the agent wrote.
    if (chat?.state.unread && history[history.length - 1]?.name !== 'chat') history = [...history, chatRoute];
    draw();
    launcher.setAttribute('aria-expanded', 'true');
    launcher.setAttribute('aria-controls', panelId);
    root.getElementById(panelId)?.focus();
  }

  function close() {
    if (!isOpen || page) return;
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
    if (isOpen && !page && event instanceof KeyboardEvent && event.key === 'Escape') {
      event.stopPropagation(); // handled: the page's own Escape handlers (its modals) stay out of it
      close();
    }
  });

  return { open, close, toggle: () => (isOpen ? close() : open()), identify: (user) => chat?.identify(user) };
}
