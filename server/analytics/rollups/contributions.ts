import { chatTerms, ticketTerms, type Columns } from '../definitions.ts';
import { DAY } from '../../../shared/time-zone.ts';
import { sqlDurationBin } from './bins.ts';
import { QUARTER } from './split.ts';

/**
 * What one source row adds to the rollup tables, written once and turned into both the triggers
 * (`triggers.ts`: add NEW, subtract OLD) and the set-based rebuild (`rebuild.ts`). Each
 * contribution names a rollup table, its key, the values it adds, and when it applies.
 */
export interface Contribution {
  table: string;
  key: Record<string, string>;
  values: Record<string, string>;
  /** SQL condition on the source row; the contribution applies only when it holds. */
  when: string;
  /**
   * Histogram contributions add 1 to the bin this expression names inside the row's JSON
   * `counts` object, instead of adding `values` to columns.
   */
  bin?: string;
}

export interface Source {
  table: 'tickets' | 'chat_sessions';
  contributions: (c: Columns) => Contribution[];
  /**
   * Every column the contributions read: an update touching none of them skips the triggers, and the
   * rebuild copies only these (a term reading another column fails the rebuild loudly).
   */
  watched: readonly string[];
}

const dayOf = (column: string) => `(${column} / ${DAY})`;
/** A 0/1 flag that is 0, not NULL, when the condition is unknown. */
const flag = (condition: string) => `coalesce(${condition}, 0)`;

/** Days per histogram block (see analyticsDurationBlocks). */
export const BLOCK_DAYS = 16;

/** A duration's bin, counted on its day and in its 16-day block. */
function bin(metric: string, day: string, value: string, when: string): Contribution[] {
  const bin = sqlDurationBin(value);
  return [
    { table: 'analytics_duration_bins', key: { metric: `'${metric}'`, day }, values: {}, when, bin },
    { table: 'analytics_duration_blocks', key: { metric: `'${metric}'`, block: `(${day} / ${BLOCK_DAYS})` }, values: {}, when, bin },
  ];
}

export const ticketSource: Source = {
  table: 'tickets',
  watched: [
    'created_at',
    // Not read by the rollups, but a status change moves "active tickets": live dashboards must hear of it.
    'status',
    'assignee_id',
    'channel',
    'priority',
    'category',
    'first_response_at',
    'resolved_at',
    'satisfaction',
    'sla_due_at',
    'resolution_due_at',
    'first_response_business_ms',
    'resolution_business_ms',
  ],
  contributions(c): Contribution[] {
    const dimensions = {
      all: `''`,
      agent: `coalesce(${c('assignee_id')}, '')`,
      channel: c('channel'),
      priority: c('priority'),
      category: `coalesce(${c('category')}, '')`,
    };
    /** The same figures once in total and once under each dimension's value. */
    const daily = (dayColumn: string, values: Record<string, string>, when: string): Contribution[] =>
      Object.entries(dimensions).map(([dimension, value]) => ({
        table: 'analytics_ticket_daily',
        key: { dimension: `'${dimension}'`, day: dayOf(c(dayColumn)), value },
        values,
        when,
      }));
    const answered = `${c('first_response_at')} is not null`;
    const resolved = `${c('resolved_at')} is not null`;
    const answeredBusiness = `${answered} and ${c('first_response_business_ms')} is not null`;
    const resolvedBusiness = `${resolved} and ${c('resolution_business_ms')} is not null`;
    return [
      ...daily('created_at', { created: '1', sla_met: flag(ticketTerms.slaMet(c)), sla_late: flag(ticketTerms.slaLate(c)) }, '1'),
      ...daily(
        'first_response_at',
        {
          first_responses: '1',
          first_response_sum: ticketTerms.firstResponseMs(c),
          first_response_business_sum: `coalesce(${c('first_response_business_ms')}, 0)`,
        },
        answered,
      ),
      ...daily(
        'resolved_at',
        {
          resolved: '1',
          resolution_sum: ticketTerms.resolutionMs(c),
          resolution_business_sum: `coalesce(${c('resolution_business_ms')}, 0)`,
          ratings: `(${c('satisfaction')} is not null)`,
          rating_sum: `coalesce(${c('satisfaction')}, 0)`,
        },
        resolved,
      ),
      { table: 'analytics_ticket_quarters', key: { quarter: `(${c('created_at')} / ${QUARTER})` }, values: { created: '1' }, when: '1' },
      { table: 'analytics_ticket_quarters', key: { quarter: `(${c('resolved_at')} / ${QUARTER})` }, values: { resolved: '1' }, when: resolved },
      ...bin('first_response', dayOf(c('first_response_at')), ticketTerms.firstResponseMs(c), answered),
      ...bin('first_response_business', dayOf(c('first_response_at')), c('first_response_business_ms'), answeredBusiness),
      ...bin('resolution', dayOf(c('resolved_at')), ticketTerms.resolutionMs(c), resolved),
      ...bin('resolution_business', dayOf(c('resolved_at')), c('resolution_business_ms'), resolvedBusiness),
    ];
  },
};

export const chatSource: Source = {
  table: 'chat_sessions',
  watched: ['started_at', 'assigned_agent_id', 'status', 'assigned_at', 'closed_at', 'converted_ticket_id', 'rating', 'wait_business_ms', 'duration_business_ms'],
  contributions(c): Contribution[] {
    const agent = `coalesce(${c('assigned_agent_id')}, '')`;
    const taken = `${c('assigned_at')} is not null`;
    const closed = `${c('closed_at')} is not null`;
    return [
      {
        table: 'analytics_chat_daily',
        key: { day: dayOf(c('started_at')), agent_id: agent },
        values: { started: '1', missed: flag(chatTerms.missed(c)), converted: `(${c('converted_ticket_id')} is not null)` },
        when: '1',
      },
      {
        table: 'analytics_chat_daily',
        key: { day: dayOf(c('assigned_at')), agent_id: agent },
        values: { waits: '1', wait_sum: chatTerms.waitMs(c), wait_business_sum: `coalesce(${c('wait_business_ms')}, 0)` },
        when: taken,
      },
      {
        table: 'analytics_chat_daily',
        key: { day: dayOf(c('closed_at')), agent_id: agent },
        values: {
          closed: '1',
          duration_sum: chatTerms.durationMs(c),
          duration_business_sum: `coalesce(${c('duration_business_ms')}, 0)`,
          ratings: `(${c('rating')} is not null)`,
          rating_sum: `coalesce(${c('rating')}, 0)`,
        },
        when: closed,
      },
      ...bin('chat_wait', dayOf(c('assigned_at')), chatTerms.waitMs(c), taken),
      ...bin('chat_wait_business', dayOf(c('assigned_at')), c('wait_business_ms'), `${taken} and ${c('wait_business_ms')} is not null`),
      ...bin('chat_duration', dayOf(c('closed_at')), chatTerms.durationMs(c), closed),
      ...bin('chat_duration_business', dayOf(c('closed_at')), c('duration_business_ms'), `${closed} and ${c('duration_business_ms')} is not null`),
    ];
  },
};

export const sources: readonly Source[] = [ticketSource, chatSource];

/** Business-hours durations the database writes on each row: column ← lantern_business_ms(start, end). */
export const businessDurations: Record<Source['table'], { column: string; start: string; end: string }[]> = {
  tickets: [
    { column: 'first_response_business_ms', start: 'created_at', end: 'first_response_at' },
    { column: 'resolution_business_ms', start: 'created_at', end: 'resolved_at' },
  ],
  chat_sessions: [
    { column: 'wait_business_ms', start: 'started_at', end: 'assigned_at' },
    { column: 'duration_business_ms', start: 'started_at', end: 'closed_at' },
  ],
};

export const rollupTables = ['analytics_ticket_daily', 'analytics_ticket_quarters', 'analytics_chat_daily', 'analytics_duration_bins', 'analytics_duration_blocks'] as const;
