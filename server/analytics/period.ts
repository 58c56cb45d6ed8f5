import type { Db } from '../db/open.ts';
import { knowledgeFigures, slaOverdue, type KnowledgeFigures } from './live-figures.ts';
import type { Span } from './range.ts';
import { durationMetrics, type AnalyticsReader, type ChatTotals, type DurationMetric, type Percentiles, type TicketTotals } from './reader.ts';
import { noChatTotals, noTicketTotals, sumOf } from './totals.ts';

/** Everything the dashboard compares with the previous period, for one span. */
export interface PeriodFigures {
  tickets: TicketTotals;
  /** Breached at `now` but not final: unresolved and past a due time. */
  slaOverdue: number;
  chats: ChatTotals;
  /** Chats started in the span and taken by an agent (the last one, after transfers). */
  chatsTaken: number;
  /** Distinct agents who took a chat started in the span. */
  chatAgents: number;
  durations: Record<DurationMetric, Percentiles>;
  knowledge: KnowledgeFigures;
}

export function periodFigures(reader: AnalyticsReader, db: Db, span: Span, now: number): PeriodFigures {
  const chatsByAgent = reader.chats(span, true);
  const taken = [...chatsByAgent].filter(([agent]) => agent !== '').reduce((total, [, chats]) => total + chats.started, 0);
  return {
    tickets: reader.tickets(span).get('') ?? noTicketTotals(),
    slaOverdue: slaOverdue(db, span, now).get('') ?? 0,
    chats: sumOf(chatsByAgent, noChatTotals),
    chatsTaken: taken,
    chatAgents: reader.chatAgents(span).size,
    durations: Object.fromEntries(durationMetrics.map((metric) => [metric, reader.percentiles(metric, span)])) as Record<DurationMetric, Percentiles>,
    knowledge: knowledgeFigures(db, span),
  };
}
