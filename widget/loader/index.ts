import { fetchWidgetSite } from '../../shared/api/widget.ts';
import { whenIdle } from './app-loader.ts';
import { createController } from './controller.ts';
import { findOwnScript, serverBaseUrl } from './find-script.ts';
import { createHost } from './host.ts';
import { createLauncher } from './launcher.ts';
import { installPublicApi } from './public-api.ts';
import { applySiteLook } from './theme.ts';

/**
 * widget.js: the classic script site owners paste into their pages. It stays framework-free and
 * tiny: draw the launcher now, fetch the site's look, and load the Preact app when the page is idle
 * or the visitor clicks, whichever comes first.
 */
function start(): void {
  if (window.Lantern) return; // pasted twice: the first copy already runs
  const script = findOwnScript();
  const siteKey = script?.dataset.site;
  if (!script || !siteKey) {
    console.warn('Lantern: add data-site="YOUR_SITE_KEY" to the widget.js script tag');
    return;
  }
  const baseUrl = serverBaseUrl(script);
  const { host, root } = createHost();
  // The full-page chat link (/chat/:siteKey): no launcher, the panel is the page.
  const page = script.dataset.layout === 'page';
  if (page) host.dataset.layout = 'page';
  const launcher = createLauncher(root);

  const site = fetchWidgetSite(baseUrl, siteKey).then((config) => {
    applySiteLook(host, config);
    return config;
  });
  site.catch(() => {
    // Unknown key, or this page's origin is not among the site's allowed origins: nothing to offer.
    host.remove();
    console.warn(`Lantern: site ${siteKey} is not available on ${location.origin}; check the key and the site's allowed origins in the console.`);
  });

  const widget = createController({ root, launcher, baseUrl, siteKey, site, mode: script.dataset.mode, page });
  launcher.addEventListener('click', widget.toggle);
  installPublicApi(widget);
  if (page) widget.open();
  else whenIdle(widget.preload);
}

start();
