import { slaPriorityOrder } from '../../../shared/business-hours.ts';
import type { Holiday, SlaClock, TeamSettings, TeamSettingsInput } from '../../../shared/schemas/team-settings.ts';
import type { TicketPriority } from '../../../shared/schemas/tickets.ts';

/**
 * The Business hours & SLA form as typed, and its conversion to and from the API's shape. Times are
 * what `<input type="time">` holds ('HH:MM'); such an input cannot say 24:00, so a closing time of
 * 00:00 stands for midnight at the end of the day.
 */
export interface IntervalDraft {
  open: string;
  close: string;
}

export interface DayDraft {
  open: boolean;
  /** Kept while the day is closed, so opening it again brings its hours back. */
  intervals: IntervalDraft[];
}

export interface TargetDraft {
  hours: string;
  minutes: string;
}

export interface BusinessHoursDraft {
  timeZone: string;
  /** Monday first. */
  days: DayDraft[];
  holidays: Holiday[];
  clock: SlaClock;
  targets: Record<TicketPriority, { firstResponse: TargetDraft; resolution: TargetDraft }>;
}

export const newInterval = (): IntervalDraft => ({ open: '09:00', close: '17:00' });

const clock = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const minutesOfTime = (time: string) => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

/** A split shift: two hours starting an hour after the day's last interval closes (up to midnight). */
export function nextInterval(intervals: IntervalDraft[]): IntervalDraft {
  const last = intervals.at(-1);
  if (!last) return newInterval();
  const lastClose = last.close === '00:00' ? 1440 : minutesOfTime(last.close);
  const open = Math.min(lastClose + 60, 1380);
  return { open: clock(open), close: clock(Math.min(open + 120, 1440)) };
}

const targetDraft = (minutes: number): TargetDraft => ({ hours: String(Math.floor(minutes / 60)), minutes: String(minutes % 60) });

/** The server judges the number (whole, above 0); blank is 0, and anything unreadable is NaN, sent as null. */
function minutesOf(target: TargetDraft): number {
  const hours = target.hours.trim() === '' ? 0 : Number(target.hours);
  const minutes = target.minutes.trim() === '' ? 0 : Number(target.minutes);
  return hours * 60 + minutes;
}

export function draftOf(settings: TeamSettings): BusinessHoursDraft {
  const { businessHours, slaTargets } = settings;
  const days: DayDraft[] = Array.from({ length: 7 }, (_, day) => {
    const intervals = businessHours.week
      .filter((interval) => interval.day === day)
      .map((interval) => ({ open: interval.open, close: interval.close === '24:00' ? '00:00' : interval.close }));
    return intervals.length > 0 ? { open: true, intervals } : { open: false, intervals: [newInterval()] };
  });
  const targets = Object.fromEntries(
    slaPriorityOrder.map((priority) => {
      const target = slaTargets.priorities[priority];
      return [priority, { firstResponse: targetDraft(target.firstResponseMinutes), resolution: targetDraft(target.resolutionMinutes) }];
    }),
  ) as BusinessHoursDraft['targets'];
  return { timeZone: businessHours.timeZone, days, holidays: businessHours.holidays, clock: slaTargets.clock, targets };
}

/**
 * Where each interval lands in the `week` list sent to the server (null on closed days), so the
 * server's `businessHours.week.3.close` message shows on the right input.
 */
export function weekPositions(draft: BusinessHoursDraft): Array<Array<number | null>> {
  let next = 0;
  return draft.days.map((day) => day.intervals.map(() => (day.open ? next++ : null)));
}

export function inputOf(draft: BusinessHoursDraft): TeamSettingsInput {
  const week = draft.days.flatMap((day, index) =>
    day.open ? day.intervals.map((interval) => ({ day: index, open: interval.open, close: interval.close === '00:00' ? '24:00' : interval.close })) : [],
  );
  const priorities = Object.fromEntries(
    slaPriorityOrder.map((priority) => {
      const target = draft.targets[priority];
      return [priority, { firstResponseMinutes: minutesOf(target.firstResponse), resolutionMinutes: minutesOf(target.resolution) }];
    }),
  ) as TeamSettingsInput['slaTargets']['priorities'];
  return {
    businessHours: { timeZone: draft.timeZone, week, holidays: draft.holidays.map((h) => ({ date: h.date, name: h.name })) },
    slaTargets: { clock: draft.clock, priorities },
  };
}

/** Every zone the browser knows, UTC first, and the saved one even if this browser does not list it. */
export function timeZoneOptions(current: string): string[] {
  const zones = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
  return zones.includes(current) ? zones : [current, ...zones];
}
