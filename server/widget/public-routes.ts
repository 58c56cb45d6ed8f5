import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../http/env.ts';
import { widgetAssetRoutes } from './asset-routes.ts';
import { demoRoutes } from './demo-routes.ts';

/** What the widget serves outside /api: its two scripts and the demo page, mounted at `/`. */
export function widgetPublicRoutes(deps: Deps) {
  return new Hono<AppEnv>().route('/', widgetAssetRoutes(deps)).route('/', demoRoutes(deps));
}
