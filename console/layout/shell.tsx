import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Icon } from '../components/icon.tsx';
import { Link } from '../components/link.tsx';
import { paths } from '../lib/paths.ts';
import { currentUrl } from '../lib/router.ts';
import type { Route } from '../lib/routes.ts';
import { Sidebar } from './sidebar.tsx';

const navId = 'main-navigation';

/**
 * The signed-in frame: sidebar on wide screens; on phones a top bar whose menu button opens the
 * same sidebar as a drawer over the page.
 */
export function Shell({ route, children }: { route: Route; children: ComponentChildren }) {
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const path = currentUrl.value.path;

  // Any navigation closes the drawer.
  useEffect(() => setMenuOpen(false), [path]);

  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setMenuOpen(false);
        menuButton.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    // Put focus in the drawer so the next Tab walks the menu.
    document.querySelector<HTMLElement>(`#${navId} a`)?.focus();
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  return (
    <div class={`shell${menuOpen ? ' shell--menu-open' : ''}`}>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="topbar">
        <button
          type="button"
          class="icon-button topbar__menu"
          ref={menuButton}
          aria-expanded={menuOpen ? 'true' : 'false'}
          aria-controls={navId}
          onClick={() => setMenuOpen(!menuOpen)}
        >
          <Icon name={menuOpen ? 'close' : 'menu'} />
          <span class="visually-hidden">{menuOpen ? 'Close menu' : 'Menu'}</span>
        </button>
        <Link href={paths.home()} class="topbar__brand">
          <span class="brand-mark" aria-hidden="true" />
          <span class="brand-name">Lantern</span>
        </Link>
      </header>
      <Sidebar route={route} id={navId} onNavigate={() => setMenuOpen(false)} />
      {menuOpen && <div class="shell__scrim" aria-hidden="true" onClick={() => setMenuOpen(false)} />}
      <main class="main" id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
