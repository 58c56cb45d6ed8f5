import type { TicketPriority } from '../../shared/schemas/tickets.ts';

/**
 * First-response targets by priority, wall-clock. Issue 5 makes these (and business hours)
 * configurable in Settings; until then these are the defaults most help desks start from.
 */
export const firstResponseTargetMs: Record<TicketPriority, number> = {
  urgent: 60 * 60 * 1000,
  high: 4 * 60 * 60 * 1000,
  medium: 8 * 60 * 60 * 1000,
  low: 24 * 60 * 60 * 1000,
};

export function slaDueAt(createdAt: Date, priority: TicketPriority): Date {
  return new Date(createdAt.getTime() + firstResponseTargetMs[priority]);
}
