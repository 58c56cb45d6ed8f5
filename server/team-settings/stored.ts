import {
  businessCalendar,
  defaultBusinessCalendar,
  defaultSlaTargets,
  slaTargets,
  type TeamSettings,
} from '../../shared/schemas/team-settings.ts';

/** The `team_settings` row as stored, its JSON columns already parsed. */
export interface StoredTeamSettings {
  /** `{ timeZone, week }`: the calendar without its holidays. */
  businessHours: unknown;
  holidays: unknown;
  slaTargets: unknown;
  updatedAt: Date;
}

/**
 * The settings a row holds, each part checked against its schema. Only validated PUTs write the
 * row, but a part that no longer validates (a zone the runtime dropped, a hand edit) falls back to
 * its defaults rather than failing every ticket write. No row: the defaults, never saved.
 */
export function teamSettingsFrom(row: StoredTeamSettings | undefined): TeamSettings {
  if (!row) return { businessHours: defaultBusinessCalendar, slaTargets: defaultSlaTargets, updatedAt: null };
  const hours = typeof row.businessHours === 'object' && row.businessHours !== null ? row.businessHours : {};
  const calendar = businessCalendar.safeParse({ ...hours, holidays: row.holidays });
  const targets = slaTargets.safeParse(row.slaTargets);
  return {
    businessHours: calendar.success ? calendar.data : defaultBusinessCalendar,
    slaTargets: targets.success ? targets.data : defaultSlaTargets,
    updatedAt: row.updatedAt.toISOString(),
  };
}
