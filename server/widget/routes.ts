import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../http/env.ts';

/** Public endpoints the embedded widget calls (placeholder until the widget lands). */
export function widgetRoutes(_deps: Deps) {
  return new Hono<AppEnv>();
}
