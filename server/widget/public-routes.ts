import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../http/env.ts';
import { widgetAssetRoutes } from './asset-routes.ts';
import { chatPageRoutes } from './chat-page.ts';
import { demoRoutes } from './demo-routes.ts';

/** What the widget serves outside /api, mounted at `/`: its two scripts, the demo page and the full-page chat link. */
export function widgetPublicRoutes(deps: Deps) {
  return new Hono<AppEnv>().route('/', widgetAssetRoutes(deps)).route('/', demoRoutes(deps)).route('/', chatPageRoutes(deps));
}
