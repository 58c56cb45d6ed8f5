import type { Ticket } from '../../shared/schemas/tickets.ts';

/**
 * Where a ticket stands against its first-response target (the server sets slaDueAt from the
 * priority). Once answered, the target was either met or missed; until then it is due or overdue.
 */
export type SlaState = 'none' | 'due' | 'overdue' | 'met' | 'missed';

export function slaState(ticket: Pick<Ticket, 'slaDueAt' | 'firstResponseAt' | 'status'>, now = Date.now()): SlaState {
  if (!ticket.slaDueAt) return 'none';
  const due = new Date(ticket.slaDueAt).getTime();
  if (ticket.firstResponseAt) return new Date(ticket.firstResponseAt).getTime() <= due ? 'met' : 'missed';
  // Solved without a reply (e.g. a duplicate): no longer waiting on us.
  if (ticket.status === 'resolved' || ticket.status === 'closed') return 'none';
  return due < now ? 'overdue' : 'due';
}

/** The same for the resolution target (`resolutionDueAt`): met or missed once resolved, due or overdue until then. */
export function resolutionState(ticket: Pick<Ticket, 'resolutionDueAt' | 'resolvedAt'>, now = Date.now()): SlaState {
  if (!ticket.resolutionDueAt) return 'none';
  const due = new Date(ticket.resolutionDueAt).getTime();
  if (ticket.resolvedAt) return new Date(ticket.resolvedAt).getTime() <= due ? 'met' : 'missed';
  return due < now ? 'overdue' : 'due';
}
