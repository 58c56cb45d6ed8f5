import {
  defaultBusinessCalendar,
  defaultSlaTargets,
  type BusinessCalendar,
  type SlaTargets,
  type TeamSettings,
} from '../../shared/schemas/team-settings.ts';
import { ticketPriorities, type TicketPriority } from '../../shared/schemas/tickets.ts';
import type { Queryable } from '../db/open.ts';
import { addBusinessMs } from '../team-settings/business-time.ts';
import { readTeamSettings } from '../team-settings/queries.ts';

/**
 * The SLA policy: each priority's first-response and resolution targets, counted in wall-clock
 * time or in business hours (Settings → Business hours & SLA). A ticket gets its due times when it
 * is created and again when its priority changes, always from its creation time, under the policy
 * in force at that moment; later changes to the policy do not move them.
 */
export interface SlaPolicy {
  targets: SlaTargets;
  calendar: BusinessCalendar;
}

export const defaultSlaPolicy: SlaPolicy = { targets: defaultSlaTargets, calendar: defaultBusinessCalendar };

export const slaPolicyOf = (settings: TeamSettings): SlaPolicy => ({ targets: settings.slaTargets, calendar: settings.businessHours });

/** The policy in force, read in the caller's transaction (one row). */
export const readSlaPolicy = (db: Queryable): SlaPolicy => slaPolicyOf(readTeamSettings(db));

const MINUTE = 60_000;

/** The default first-response targets in ms (wall-clock), for tests and fixtures that assume them. */
export const firstResponseTargetMs = Object.fromEntries(
  ticketPriorities.map((priority) => [priority, defaultSlaTargets.priorities[priority].firstResponseMinutes * MINUTE]),
) as Record<TicketPriority, number>;

function dueAfter(createdAt: number, minutes: number, policy: SlaPolicy): number | null {
  if (policy.targets.clock === 'calendar') return createdAt + minutes * MINUTE;
  const due = addBusinessMs(createdAt, minutes * MINUTE, policy.calendar);
  return Number.isFinite(due) ? due : null;
}

export interface SlaDueTimes {
  /** First public agent reply due (`sla_due_at`). */
  firstResponse: number | null;
  /** Resolution due (`resolution_due_at`). */
  resolution: number | null;
}

/** Due times, in ms, of a ticket created at `createdAt` with `priority`. */
export function slaDueTimes(createdAt: number, priority: TicketPriority, policy: SlaPolicy): SlaDueTimes {
  const target = policy.targets.priorities[priority];
  return {
    firstResponse: dueAfter(createdAt, target.firstResponseMinutes, policy),
    resolution: dueAfter(createdAt, target.resolutionMinutes, policy),
  };
}

/** The ticket row's due-time columns (`sla_due_at`, `resolution_due_at`) under `policy`. */
export function slaColumns(createdAt: Date, priority: TicketPriority, policy: SlaPolicy): { slaDueAt: Date | null; resolutionDueAt: Date | null } {
  const due = slaDueTimes(createdAt.getTime(), priority, policy);
  return {
    slaDueAt: due.firstResponse === null ? null : new Date(due.firstResponse),
    resolutionDueAt: due.resolution === null ? null : new Date(due.resolution),
  };
}

/** First response due under `policy` (the defaults unless given). */
export function slaDueAt(createdAt: Date, priority: TicketPriority, policy: SlaPolicy = defaultSlaPolicy): Date {
  const due = slaDueTimes(createdAt.getTime(), priority, policy).firstResponse;
  return new Date(due ?? Number.NaN);
}
