import type { TicketChannel, TicketPriority, TicketStatus } from '../../shared/schemas/tickets.ts';
import { DAY, HOUR, MINUTE, isBusinessHours, nextBusinessOpening } from './calendar.ts';
import { WeightedChoice, type Random } from './random.ts';

/**
 * A ticket's life as of `now`: when it was answered, resolved, rated, and which messages exist.
 * Times only, no words (writing.ts adds those), so the rules the app enforces live in one place:
 * - first_response_at is the first public agent reply; internal notes don't count;
 * - resolved_at is set iff the status is resolved or closed;
 * - a customer writing on a pending or resolved ticket reopens it, so no customer message
 *   follows a resolution, and a ticket whose customer spoke last is open;
 * - nothing happens after `now`.
 */

export type MessageKind =
  | 'opening' // the customer's first message
  | 'first-reply' // the first public agent reply, at first_response_at
  | 'one-touch-reply' // a first reply that also solves the problem
  | 'customer-follow-up'
  | 'agent-follow-up'
  | 'resolution' // the agent's reply that solves the problem, at resolved_at
  | 'note' // internal
  | 'closing-note'; // internal: closed without any public reply (duplicate, spam)

export interface PlannedMessage {
  at: number;
  kind: MessageKind;
}

export interface TicketPlan {
  status: TicketStatus;
  /** Whether an agent owns the ticket (the writer picks which one). */
  assigned: boolean;
  firstResponseAt: number | null;
  resolvedAt: number | null;
  satisfaction: number | null;
  updatedAt: number;
  /** In time order. */
  messages: PlannedMessage[];
  /** The customer's latest message or rating, for their last_seen_at. */
  customerLastActiveAt: number;
}

export const customerKinds: ReadonlySet<MessageKind> = new Set(['opening', 'customer-follow-up']);
export const internalKinds: ReadonlySet<MessageKind> = new Set(['note', 'closing-note']);

/** Median minutes to the first reply; urgent tickets jump the queue. */
const firstResponseMedianMinutes: Record<TicketPriority, number> = { urgent: 20, high: 90, medium: 180, low: 360 };
/** Live channels get picked up sooner than the email backlog. */
const channelResponseFactor: Record<TicketChannel, number> = { chat: 0.5, phone: 0.4, web: 1, email: 1.2 };
/** Median hours from the first reply to the fix. */
const resolutionMedianHours: Record<TicketPriority, number> = { urgent: 3, high: 10, medium: 24, low: 48 };

/** Outside business hours most tickets wait for the morning; urgent ones page the on-call agent. */
const deferredOffHoursChance = 0.7;
const oneTouchChance = 0.3;
/** Some tickets wait on engineering, a shipment or a customer who is slow to answer. */
const longRunningChance = 0.12;
const longRunningFactor = 6;
const closedWithoutReplyChance = 0.015;
/** Most help desks close resolved tickets automatically after a few quiet days. */
const autoCloseChance = 0.8;
const autoCloseMedian = 3 * DAY;
const ratingChance = 0.42;
const pendingWhenAgentSpokeLast = 0.75;
const assignedWhenAnswered = 0.97;
const assignedWhenUnanswered = 0.45;

const exchangeCounts = new WeightedChoice<number>([[0, 40], [1, 32], [2, 18], [3, 7], [4, 3]]);
/** CSAT skews high, lower when the customer waited past the SLA or a long time for the fix. */
const happyRatings = new WeightedChoice<number>([[5, 58], [4, 26], [3, 9], [2, 3], [1, 4]]);
const unhappyRatings = new WeightedChoice<number>([[5, 30], [4, 28], [3, 18], [2, 11], [1, 13]]);

export interface TicketFacts {
  createdAt: number;
  priority: TicketPriority;
  channel: TicketChannel;
  slaDueAt: number;
  now: number;
}

function firstResponseTime(rng: Random, facts: TicketFacts): number {
  const median = firstResponseMedianMinutes[facts.priority] * channelResponseFactor[facts.channel] * MINUTE;
  const waitsForMorning = facts.priority !== 'urgent' && !isBusinessHours(facts.createdAt) && rng.chance(deferredOffHoursChance);
  const start = waitsForMorning ? nextBusinessOpening(facts.createdAt) : facts.createdAt;
  const delay = rng.logNormal(waitsForMorning ? median * 0.4 : median, 1);
  return Math.floor(start + Math.max(MINUTE, delay));
}

function sortedTimesBetween(rng: Random, count: number, from: number, to: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(Math.floor(rng.between(from, to)));
  return times.sort((a, b) => a - b);
}

export function planTicket(rng: Random, facts: TicketFacts): TicketPlan {
  const { createdAt, now } = facts;
  const opening: PlannedMessage = { at: createdAt, kind: 'opening' };

  if (rng.chance(closedWithoutReplyChance)) {
    const closedAt = Math.floor(createdAt + rng.logNormal(90 * MINUTE, 1));
    if (closedAt <= now) {
      return {
        status: 'closed',
        assigned: rng.chance(0.5),
        firstResponseAt: null,
        resolvedAt: closedAt,
        satisfaction: null,
        updatedAt: closedAt,
        messages: [opening, { at: closedAt, kind: 'closing-note' }],
        customerLastActiveAt: createdAt,
      };
    }
  }

  const firstResponseAt = firstResponseTime(rng, facts);
  const oneTouch = rng.chance(oneTouchChance);
  const resolutionMedian = resolutionMedianHours[facts.priority] * HOUR * (rng.chance(longRunningChance) ? longRunningFactor : 1);
  const resolvedAt = oneTouch ? firstResponseAt : Math.floor(firstResponseAt + Math.max(5 * MINUTE, rng.logNormal(resolutionMedian, 1.1)));

  // The whole conversation as it would go; below, only what has happened by `now` is kept.
  const conversation: PlannedMessage[] = [opening, { at: firstResponseAt, kind: oneTouch ? 'one-touch-reply' : 'first-reply' }];
  if (!oneTouch) {
    const exchanges = exchangeCounts.draw(rng);
    const times = sortedTimesBetween(rng, exchanges * 2, firstResponseAt, resolvedAt);
    times.forEach((at, index) => conversation.push({ at, kind: index % 2 === 0 ? 'customer-follow-up' : 'agent-follow-up' }));
    conversation.push({ at: resolvedAt, kind: 'resolution' });
  }
  const messages = conversation.filter((message) => message.at <= now);
  const answered = firstResponseAt <= now;
  const resolved = resolvedAt <= now;

  const noteChance = facts.priority === 'urgent' || facts.priority === 'high' ? 0.22 : 0.1;
  if (rng.chance(noteChance)) {
    const at = Math.floor(rng.between(createdAt, resolved ? resolvedAt : now));
    messages.push({ at, kind: 'note' });
    messages.sort((a, b) => a.at - b.at);
  }

  let status: TicketStatus;
  let updatedAt = Math.max(...messages.map((message) => message.at));
  let satisfaction: number | null = null;
  let customerLastActiveAt = createdAt;
  for (const message of messages) if (customerKinds.has(message.kind)) customerLastActiveAt = Math.max(customerLastActiveAt, message.at);

  if (resolved) {
    const closeAt = rng.chance(autoCloseChance) ? Math.floor(resolvedAt + rng.logNormal(autoCloseMedian, 0.4)) : Infinity;
    status = closeAt <= now ? 'closed' : 'resolved';
    if (status === 'closed') updatedAt = Math.max(updatedAt, closeAt);
    if (rng.chance(ratingChance)) {
      const ratedAt = Math.floor(resolvedAt + rng.logNormal(2 * HOUR, 1.2));
      if (ratedAt <= now) {
        const frustrated = firstResponseAt > facts.slaDueAt || resolvedAt - createdAt > 3 * DAY;
        satisfaction = (frustrated ? unhappyRatings : happyRatings).draw(rng);
        updatedAt = Math.max(updatedAt, ratedAt);
        customerLastActiveAt = Math.max(customerLastActiveAt, ratedAt);
      }
    }
  } else if (!answered) {
    status = 'open';
  } else {
    const lastPublic = messages.filter((message) => !internalKinds.has(message.kind)).at(-1);
    const agentSpokeLast = lastPublic !== undefined && !customerKinds.has(lastPublic.kind);
    status = agentSpokeLast && rng.chance(pendingWhenAgentSpokeLast) ? 'pending' : 'open';
  }

  return {
    status,
    assigned: rng.chance(answered ? assignedWhenAnswered : assignedWhenUnanswered),
    firstResponseAt: answered ? firstResponseAt : null,
    resolvedAt: resolved ? resolvedAt : null,
    satisfaction,
    updatedAt,
    messages,
    customerLastActiveAt,
  };
}
