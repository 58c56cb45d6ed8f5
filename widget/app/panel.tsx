import type { WidgetSiteConfig } from '../../shared/schemas/sites.ts';
import { Glyph } from './glyph.tsx';
import { Header } from './header.tsx';
import { RouteView, type Nav, type Route } from './router.tsx';

export const panelId = 'lantern-panel';

interface PanelProps {
  site: WidgetSiteConfig;
  route: Route;
  /** The first screen: the greeting shows there. */
  first: boolean;
  canGoBack: boolean;
  nav: Nav;
  /** Absent on the full-page chat, which cannot be closed. */
  onClose?: () => void;
}

/**
 * The floating panel. A non-modal dialog: the page stays usable beside it on wide screens, so
 * focus is moved in on open and back on close, but not trapped.
 */
export function Panel({ site, route, first, canGoBack, nav, onClose }: PanelProps) {
  return (
    <div id={panelId} class="panel" role="dialog" aria-modal="false" aria-label={`${site.name} support`} tabIndex={-1}>
      {/* The greeting welcomes; once the visitor is reading, the room goes to the article. */}
      <Header site={site} greet={first} onClose={onClose} />
      {/* The chat scrolls its messages itself, between a fixed status line and composer. */}
      <div class={route.name === 'chat' ? 'body flush' : 'body'}>
        {canGoBack && (
          <button type="button" class="back" onClick={nav.back}>
            <Glyph d="M15 6l-6 6 6 6" />
            Back
          </button>
        )}
        <RouteView route={route} nav={nav} />
      </div>
    </div>
  );
}
