import type { WidgetSiteConfig } from '../../shared/schemas/sites.ts';
import { Header } from './header.tsx';
import { RouteView, type Route } from './router.tsx';

export const panelId = 'lantern-panel';

interface PanelProps {
  site: WidgetSiteConfig;
  route: Route;
  onClose: () => void;
}

/**
 * The floating panel. A non-modal dialog: the page stays usable beside it on wide screens, so
 * focus is moved in on open and back on close, but not trapped.
 */
export function Panel({ site, route, onClose }: PanelProps) {
  return (
    <div id={panelId} class="panel" role="dialog" aria-modal="false" aria-label={`${site.name} support`} tabIndex={-1}>
      <Header site={site} onClose={onClose} />
      <div class="body">
        <RouteView route={route} />
      </div>
    </div>
  );
}
