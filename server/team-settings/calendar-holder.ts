import type { BusinessCalendar } from '../../shared/schemas/team-settings.ts';

/**
 * The business calendar in force, held in memory so the SQL function `lantern_business_ms` (run by
 * triggers on every ticket and chat write) never reads the settings row. Settings replace it after
 * saving; new hours apply to what happens from then on.
 */
export interface CalendarHolder {
  get(): BusinessCalendar;
  set(calendar: BusinessCalendar): void;
}

export function createCalendarHolder(initial: BusinessCalendar): CalendarHolder {
  let current = initial;
  return {
    get: () => current,
    set: (calendar) => {
      current = calendar;
    },
  };
}
