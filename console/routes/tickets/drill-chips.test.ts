import { describe, expect, it } from 'vitest';
import { drillChips, rangeText } from './drill-chips.ts';
import { filtersFromQuery, toListQuery } from './query.ts';

describe('drill-down filter chips', () => {
  it('shows whole-day ranges as dates, the exclusive end as the day before', () => {
    expect(rangeText('2025-03-03T00:00:00.000Z', '2025-03-10T00:00:00.000Z', 'en-GB', 'UTC')).toBe('3 Mar–9 Mar');
    expect(rangeText('2025-03-02T23:00:00.000Z', '2025-03-03T23:00:00.000Z', 'en-GB', 'Europe/Paris')).toBe('3 Mar');
    expect(rangeText('2025-03-03T09:30:00.000Z', '2025-03-10T09:30:00.000Z', 'en-GB', 'UTC')).toBe('3 Mar, 09:30–10 Mar, 09:30');
    expect(rangeText('2025-03-03T00:00:00.000Z', undefined, 'en-GB', 'UTC')).toBe('from 3 Mar');
    expect(rangeText(undefined, '2025-03-10T00:00:00.000Z', 'en-GB', 'UTC')).toBe('to 9 Mar');
  });

  it('names every drill-down filter and what removing it clears', () => {
    const { drill } = filtersFromQuery(
      new URLSearchParams(
        'createdFrom=2025-03-03T00:00:00Z&createdTo=2025-03-10T00:00:00Z&weekday=0&hour=9&tz=Europe/Paris&category=none&sla=breached&rated=true&resolutionMin=3600000&resolutionMax=14400000',
      ),
    );
    expect(drillChips(drill, 'en-GB', 'UTC')).toEqual([
      { key: 'created', label: 'Created 3 Mar–9 Mar', params: ['createdFrom', 'createdTo', 'weekday', 'hour', 'tz'] },
      { key: 'local-time', label: 'Mondays, 09:00–10:00 (Europe/Paris)', params: ['weekday', 'hour', 'tz'] },
      { key: 'category', label: 'No category', params: ['category'] },
      { key: 'sla', label: 'SLA breached', params: ['sla'] },
      { key: 'rated', label: 'Rated by the customer', params: ['rated'] },
      { key: 'resolution', label: 'Resolution time 1 h–4 h', params: ['resolutionMin', 'resolutionMax'] },
    ]);
    expect(drillChips({ resolutionMin: String(7 * 86_400_000) }, 'en-GB')).toMatchObject([{ label: 'Resolution time 7 d or more' }]);
    expect(drillChips({ category: 'Billing', respondedFrom: '2025-03-03T00:00:00Z', respondedTo: '2025-03-04T00:00:00Z' }, 'en-GB', 'UTC').map((chip) => chip.label)).toEqual([
      'First reply 3 Mar',
      'Category: Billing',
    ]);
  });

  it('drops malformed values and sends the zone only with a weekday or hour', () => {
    const filters = filtersFromQuery(new URLSearchParams('createdFrom=yesterday&sla=late&hour=25&tz=Europe/Paris&category=Billing'));
    expect(filters.drill).toEqual({ tz: 'Europe/Paris', category: 'Billing' });
    expect(toListQuery(filters)).toEqual({ sort: '-created', category: 'Billing' });
  });
});
