import { eq } from 'drizzle-orm';
import type { TeamSettings } from '../../shared/schemas/team-settings.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import type { Db, Queryable } from '../db/open.ts';
import { teamSettings } from '../db/schema.ts';
import { changedFields } from '../lib/changes.ts';
import { teamSettingsFrom } from './stored.ts';

/** The team's one settings row. */
const rowId = 'default';

/** Business hours, holidays and SLA targets in force (the defaults until an admin saves). One row read. */
export function readTeamSettings(db: Queryable): TeamSettings {
  return teamSettingsFrom(db.select().from(teamSettings).where(eq(teamSettings.id, rowId)).get());
}

/** Validated settings (shared/schemas/team-settings.ts), replacing the whole document. */
export type TeamSettingsData = Omit<TeamSettings, 'updatedAt'>;

/** Intervals by weekday and opening time, holidays by date: how they are kept and shown. */
function inOrder(data: TeamSettingsData): TeamSettingsData {
  const { week, holidays } = data.businessHours;
  return {
    ...data,
    businessHours: {
      ...data.businessHours,
      week: [...week].sort((a, b) => a.day - b.day || a.open.localeCompare(b.open)),
      holidays: [...holidays].sort((a, b) => a.date.localeCompare(b.date)),
    },
  };
}

/**
 * Replaces the settings and audit-logs what changed, in one transaction. New hours and targets apply
 * from now on: due times already stamped on tickets and durations already measured stay as they were.
 */
export async function saveTeamSettings(db: Db, data: TeamSettingsData, actor: Actor): Promise<TeamSettings> {
  const input = inOrder(data);
  return db.transaction(
    (tx) => {
      const before = readTeamSettings(tx);
      const changes = changedFields(before, { ...input, updatedAt: before.updatedAt }, ['businessHours', 'slaTargets']);
      // Saving the same settings again changes nothing, and logs nothing (as for every other setting).
      if (before.updatedAt !== null && Object.keys(changes).length === 0) return before;
      const now = new Date();
      const { holidays, ...hours } = input.businessHours;
      const values = { businessHours: hours, holidays, slaTargets: input.slaTargets, updatedAt: now };
      tx.insert(teamSettings)
        .values({ id: rowId, ...values })
        .onConflictDoUpdate({ target: teamSettings.id, set: values })
        .run();
      recordAudit(tx, actor, 'team_settings.updated', 'team_settings', rowId, changes, now);
      return readTeamSettings(tx);
    },
    { behavior: 'immediate' },
  );
}
