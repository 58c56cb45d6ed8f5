import { Hono } from 'hono';
import { teamSettingsInput } from '../../shared/schemas/team-settings.ts';
import { actorOf } from '../auth/principal.ts';
import type { Deps } from '../deps.ts';
import { principalOf, requireAdmin } from '../http/auth.ts';
import type { AppEnv } from '../http/env.ts';
import { readJson } from '../http/validate.ts';
import { readTeamSettings, saveTeamSettings } from './queries.ts';

/** Business hours, holidays and SLA targets: every agent reads them (due times, reports), admins set them. */
export function teamSettingsRoutes({ database }: Deps) {
  const { db } = database;
  return new Hono<AppEnv>()
    .get('/', (c) => c.json(readTeamSettings(db)))
    .put('/', requireAdmin, async (c) => {
      const input = await readJson(c, teamSettingsInput);
      const saved = await saveTeamSettings(db, input, actorOf(principalOf(c)));
      // Business durations measured from now on use the new hours (the triggers read the holder).
      database.calendar.set(saved.businessHours);
      return c.json(saved);
    });
}
