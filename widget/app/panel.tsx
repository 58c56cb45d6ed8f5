import type { WidgetSiteConfig } from '../../shared/schemas/sites.ts';
import { Header } from './header.tsx';
import { RouteView, type Nav, type Route } from './router.tsx';

export const panelId = 'lantern-panel';

interface PanelProps {
  site: WidgetSiteConfig;
  route: Route;
  canGoBack: boolean;
  nav: Nav;
  onClose: () => void;
}

/**
 * The floating panel. A non-modal dialog: the page stays usable beside it on wide screens, so
 * focus is moved in on open and back on close, but not trapped.
 */
export function Panel({ site, route, canGoBack, nav, onClose }: PanelProps) {
  return (
    <div id={panelId} class="panel" role="dialog" aria-modal="false" aria-label={`${site.name} support`} tabIndex={-1}>
      {/* The greeting welcomes; once the visitor is reading, the room goes to the article. */}
      <Header site={site} greet={route.name === 'home'} onClose={onClose} />
      <div class="body">
        {canGoBack && (
          <button type="button" class="back" onClick={nav.back}>
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d="M15 6l-6 6 6 6" />
            </svg>
            Back
          </button>
        )}
        <RouteView route={route} nav={nav} />
      </div>
    </div>
  );
}
