import type Database from 'better-sqlite3';
import type { BusinessCalendar, TeamSettings } from '../../shared/schemas/team-settings.ts';
import { teamSettingsFrom } from './stored.ts';

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
};

/**
 * The saved settings read with the raw handle: while the database is being opened (the triggers
 * need the calendar before anything else runs) and by bulk loaders such as the seed, which read
 * them once. Parts that no longer validate fall back to the defaults (see teamSettingsFrom).
 */
export function storedTeamSettings(sqlite: Database.Database): TeamSettings {
  const row = sqlite
    .prepare(`select business_hours as hours, holidays, sla_targets as targets, updated_at as updatedAt from team_settings where id = 'default'`)
    .get() as { hours: string; holidays: string; targets: string; updatedAt: number } | undefined;
  return teamSettingsFrom(
    row && { businessHours: parse(row.hours), holidays: parse(row.holidays), slaTargets: parse(row.targets), updatedAt: new Date(row.updatedAt) },
  );
}

export function storedBusinessCalendar(sqlite: Database.Database): BusinessCalendar {
  return storedTeamSettings(sqlite).businessHours;
}
