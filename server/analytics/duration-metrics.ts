import { chatTerms, tableColumns, ticketTerms } from './definitions.ts';
import type { DurationMetric } from './reader.ts';

/** Where each duration lives: its table, its value as SQL over that table, and the event time that places it in a span. */
export interface DurationSource {
  table: 'tickets' | 'chat_sessions';
  value: string;
  at: string;
}

const t = tableColumns('tickets');
const c = tableColumns('chat_sessions');

export const durationSources: Record<DurationMetric, DurationSource> = {
  first_response: { table: 'tickets', value: ticketTerms.firstResponseMs(t), at: t('first_response_at') },
  first_response_business: { table: 'tickets', value: t('first_response_business_ms'), at: t('first_response_at') },
  resolution: { table: 'tickets', value: ticketTerms.resolutionMs(t), at: t('resolved_at') },
  resolution_business: { table: 'tickets', value: t('resolution_business_ms'), at: t('resolved_at') },
  chat_wait: { table: 'chat_sessions', value: chatTerms.waitMs(c), at: c('assigned_at') },
  chat_wait_business: { table: 'chat_sessions', value: c('wait_business_ms'), at: c('assigned_at') },
  chat_duration: { table: 'chat_sessions', value: chatTerms.durationMs(c), at: c('closed_at') },
  chat_duration_business: { table: 'chat_sessions', value: c('duration_business_ms'), at: c('closed_at') },
};
