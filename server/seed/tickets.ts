import type Database from 'better-sqlite3';
import type { TicketChannel, TicketPriority } from '../../shared/schemas/tickets.ts';
import { storedTeamSettings } from '../team-settings/stored-calendar.ts';
import { slaDueTimes, slaPolicyOf } from '../tickets/sla.ts';
import type { SeededAgent } from './agents.ts';
import { RowBuffer } from './bulk-insert.ts';
import type { CustomerPicker, SeededCustomer } from './customers.ts';
import { seededUuidv7 } from './ids.ts';
import { customerKinds, internalKinds, planTicket, type MessageKind, type PlannedMessage } from './lifecycle.ts';
import { WeightedChoice, type Random } from './random.ts';
import { SlotValues } from './templates.ts';
import { slotFillers } from './vocabulary/slots.ts';
import { pickTags, pickTopic, writeDescription, writeMessage, writeSubject } from './writing.ts';

const priorityChoice = new WeightedChoice<TicketPriority>([['low', 25], ['medium', 45], ['high', 22], ['urgent', 8]]);
const channelChoice = new WeightedChoice<TicketChannel>([['email', 45], ['chat', 25], ['web', 20], ['phone', 10]]);
/** The share of notes written by someone other than the ticket's owner (a lead, a specialist). */
const noteByColleagueChance = 0.3;
/** Tickets per multi-row INSERT (see RowBuffer for why this matters so much). */
const ticketsPerFlush = 1000;

export interface TicketBatchInput {
  sqlite: Database.Database;
  rng: Random;
  now: number;
  /** Creation times, ascending; ticket i gets number firstNumber + i. */
  arrivals: Float64Array;
  firstNumber: number;
  customers: CustomerPicker;
  agents: WeightedChoice<SeededAgent>;
  batchSize: number;
  onProgress?: ((ticketsDone: number, ticketsTotal: number) => void) | undefined;
}

export interface WrittenTickets {
  tickets: number;
  messages: number;
  auditEntries: number;
  /** Each customer's latest message or rating. */
  customerActivity: Map<SeededCustomer, number>;
}

/**
 * Writes tickets with their messages and a `ticket.created` audit entry, `batchSize` tickets per
 * transaction. Raw multi-row INSERTs with positional parameters: this loop runs a million times
 * for the analytics benchmarks, so no ORM objects and no awaits inside it.
 */
export function writeTickets(input: TicketBatchInput): WrittenTickets {
  const { sqlite, rng, now, arrivals, firstNumber } = input;
  const ticketRows = new RowBuffer(sqlite, 'tickets', [
    'id', 'number', 'subject', 'description', 'status', 'priority', 'channel', 'category', 'tags', 'customer_id', 'assignee_id',
    'created_at', 'updated_at', 'first_response_at', 'resolved_at', 'sla_due_at', 'resolution_due_at', 'satisfaction',
  ], ticketsPerFlush);
  // The SLA targets (and business hours) in force, read once for the whole load.
  const slaPolicy = slaPolicyOf(storedTeamSettings(sqlite));
  const messageRows = new RowBuffer(sqlite, 'ticket_messages', [
    'id', 'ticket_id', 'author_type', 'author_agent_id', 'author_customer_id', 'body', 'internal', 'created_at',
  ]);
  const auditRows = new RowBuffer(sqlite, 'audit_log', [
    'id', 'actor_type', 'actor_id', 'actor_name', 'action', 'entity_type', 'entity_id', 'changes', 'created_at',
  ]);
  // Tickets first: messages and audit entries reference them.
  const flush = () => {
    ticketRows.flush();
    messageRows.flush();
    auditRows.flush();
  };
  const written: WrittenTickets = { tickets: 0, messages: 0, auditEntries: 0, customerActivity: new Map() };

  const writeOne = (index: number) => {
    const createdAt = arrivals[index] as number;
    const number = firstNumber + index;
    const subjectMatter = pickTopic(rng);
    const { category } = subjectMatter;
    let priority = priorityChoice.draw(rng);
    if (priority === 'urgent' && category.name === 'Feature request') priority = 'low'; // nobody's wish list is urgent
    const channel = channelChoice.draw(rng);
    const customer = input.customers.pick(rng, createdAt);
    const due = slaDueTimes(createdAt, priority, slaPolicy);
    const plan = planTicket(rng, { createdAt, priority, channel, slaDueAt: due.firstResponse ?? Number.POSITIVE_INFINITY, now });
    const assignee = plan.assigned ? input.agents.draw(rng) : null;
    const responder = assignee ?? input.agents.draw(rng);

    const values = new SlotValues(rng, slotFillers, {
      customerFirstName: customer.firstName,
      agentFirstName: responder.firstName,
    });
    const subject = writeSubject(rng, subjectMatter, values);
    const description = writeDescription(rng, subjectMatter, channel, priority, values);
    const id = seededUuidv7(rng, createdAt);
    ticketRows.push(
      id,
      number,
      subject,
      description,
      plan.status,
      priority,
      channel,
      category.name,
      JSON.stringify(pickTags(rng, subjectMatter)),
      customer.id,
      assignee?.id ?? null,
      createdAt,
      plan.updatedAt,
      plan.firstResponseAt,
      plan.resolvedAt,
      due.firstResponse,
      due.resolution,
      plan.satisfaction,
    );
    auditRows.push(seededUuidv7(rng, createdAt), 'system', null, 'Seed', 'ticket.created', 'ticket', id, JSON.stringify({ number, subject }), createdAt);

    // The opening message is the ticket's description, as for tickets made through the API:
    // the conversation holds what came after it.
    const replies = plan.messages.filter(
      (message): message is PlannedMessage & { kind: Exclude<MessageKind, 'opening'> } => message.kind !== 'opening',
    );
    for (const message of replies) {
      const byCustomer = customerKinds.has(message.kind);
      let agent: SeededAgent | null = null;
      if (!byCustomer) {
        agent = message.kind === 'note' && rng.chance(noteByColleagueChance) ? input.agents.draw(rng) : responder;
        values.setAgentFirstName(agent.firstName);
      }
      const body = writeMessage(rng, message.kind, subjectMatter, channel, values);
      messageRows.push(
        seededUuidv7(rng, message.at),
        id,
        byCustomer ? 'customer' : 'agent',
        agent?.id ?? null,
        byCustomer ? customer.id : null,
        body,
        internalKinds.has(message.kind) ? 1 : 0,
        message.at,
      );
    }
    written.tickets += 1;
    written.messages += replies.length;
    written.auditEntries += 1;
    const lastActive = written.customerActivity.get(customer) ?? 0;
    if (plan.customerLastActiveAt > lastActive) written.customerActivity.set(customer, plan.customerLastActiveAt);
  };

  const writeBatch = sqlite.transaction((start: number, end: number) => {
    for (let index = start; index < end; index++) {
      writeOne(index);
      if (ticketRows.pendingRows === ticketsPerFlush) flush();
    }
    flush();
  });
  for (let start = 0; start < arrivals.length; start += input.batchSize) {
    const end = Math.min(arrivals.length, start + input.batchSize);
    writeBatch(start, end);
    input.onProgress?.(end, arrivals.length);
  }
  return written;
}
