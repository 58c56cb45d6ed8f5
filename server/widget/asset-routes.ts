import { Hono, type Context } from 'hono';
import { resolve } from 'node:path';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../http/env.ts';
import { cacheForever, fileResponse } from '../http/static.ts';
import { fileVersion } from './asset-version.ts';

// widget.js is the URL site owners paste, so it cannot carry a hash: a short cache lets a release
// reach every page within minutes.
const shortCache = 'public, max-age=300';

// Public code, loaded by any page: the app is imported as a cross-origin ES module, which needs
// CORS, and pages that require CORP (COEP: require-corp) need to be told it may be embedded.
const publicCodeHeaders = {
  'access-control-allow-origin': '*',
  'cross-origin-resource-policy': 'cross-origin',
};

function notBuilt(c: Context) {
  return c.text('The widget is not built yet. Run `npm run build`, then restart the server.', 404);
}

/** Serves the built widget: widget.js (the loader) and widget-app.js (the app it imports). */
export function widgetAssetRoutes({ assetsDir }: Deps) {
  const root = resolve(assetsDir, 'widget');
  return new Hono<AppEnv>()
    .get('/widget.js', (c) => fileResponse(c, root, 'widget.js', { ...publicCodeHeaders, 'cache-control': shortCache }) ?? notBuilt(c))
    .get('/widget-app.js', (c) => {
      // The loader asks for ?v=<content hash>. Only a URL naming the file we actually have may be
      // cached forever; a stale or missing version (an old loader mid-release) gets the short cache.
      const version = fileVersion(resolve(root, 'widget-app.js'));
      const cacheControl = version !== null && c.req.query('v') === version ? cacheForever : shortCache;
      return fileResponse(c, root, 'widget-app.js', { ...publicCodeHeaders, 'cache-control': cacheControl }) ?? notBuilt(c);
    });
}
