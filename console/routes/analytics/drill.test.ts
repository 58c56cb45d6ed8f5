import { describe, expect, it } from 'vitest';
import { ticketListQuery } from '../../../shared/schemas/tickets.ts';
import { drill } from './drill.ts';

const period = { from: '2025-03-02T23:00:00.000Z', to: '2025-03-09T23:00:00.000Z' };
const queryOf = (href: string) => Object.fromEntries(new URL(href, 'http://x').searchParams);

describe('drill-down links', () => {
  it('name the tickets behind each figure with the API’s half-open ranges', () => {
    expect(queryOf(drill.channel(period, 'chat'))).toEqual({ createdFrom: period.from, createdTo: period.to, channel: 'chat' });
    expect(queryOf(drill.category(period, null))).toMatchObject({ category: 'none' });
    expect(queryOf(drill.priority(period, 'urgent', 'breached'))).toMatchObject({ priority: 'urgent', sla: 'breached' });
    expect(queryOf(drill.peakHour(period, 0, 9, 'Europe/Paris'))).toMatchObject({ weekday: '0', hour: '9', tz: 'Europe/Paris' });
    expect(queryOf(drill.resolutionTime(period, 0, 3_600_000))).toEqual({ resolvedFrom: period.from, resolvedTo: period.to, resolutionMax: '3600000' });
    expect(queryOf(drill.resolutionTime(period, 604_800_000, null))).toMatchObject({ resolutionMin: '604800000' });
    expect(queryOf(drill.rated(period))).toMatchObject({ rated: 'true', resolvedFrom: period.from });
    expect(queryOf(drill.createdOn('2025-03-03', 'Europe/Paris'))).toEqual({ createdFrom: '2025-03-02T23:00:00.000Z', createdTo: '2025-03-03T23:00:00.000Z' });
    // A rolling range's first day is partial: the link keeps to the period.
    expect(queryOf(drill.createdOn('2025-03-09', 'UTC', period))).toEqual({ createdFrom: '2025-03-09T00:00:00.000Z', createdTo: period.to });
    expect(queryOf(drill.resolvedOn('2025-03-02', 'UTC', period))).toEqual({ resolvedFrom: period.from, resolvedTo: '2025-03-03T00:00:00.000Z' });
    expect(drill.created(period).startsWith('/console/tickets?')).toBe(true);
  });

  it('only builds queries the ticket list API accepts', () => {
    const hrefs = [
      drill.created(period),
      drill.resolved(period),
      drill.responded(period),
      drill.rated(period),
      drill.createdOn('2025-03-03', 'Asia/Kolkata'),
      drill.resolvedOn('2025-03-03', 'UTC'),
      drill.channel(period, 'email'),
      drill.category(period, 'Billing'),
      drill.priority(period, 'high', 'met'),
      drill.peakHour(period, 6, 23, 'America/New_York'),
      drill.resolutionTime(period, 3_600_000, 14_400_000),
      drill.agentResolved(period, '0195a2a0-0000-7000-8000-000000000000'),
      drill.agentActive('0195a2a0-0000-7000-8000-000000000000'),
    ];
    for (const href of hrefs) expect(ticketListQuery.safeParse(queryOf(href)).error?.issues).toBeUndefined();
  });
});
