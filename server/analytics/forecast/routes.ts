import { Hono } from 'hono';
import { forecastQuery } from '../../../shared/schemas/analytics-extra.ts';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../../http/env.ts';
import { readQuery } from '../../http/validate.ts';
import { ForecastCache, volumeForecast } from './forecast.ts';

/** `GET /api/support/analytics/forecast?horizon=14|30&tz=`: tickets created per day, ahead. */
export function forecastRoutes({ database }: Deps) {
  const cache = new ForecastCache();
  return new Hono<AppEnv>().get('/forecast', (c) => c.json(volumeForecast(database.db, readQuery(c, forecastQuery), Date.now(), cache)));
}
