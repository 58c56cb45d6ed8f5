import { describe, expect, it } from 'vitest';
import { dashboardQuery, lastAllowedDay as sharedLastAllowedDay, maxRangeYears as sharedMaxRangeYears } from '../../../shared/schemas/analytics.ts';
import { addDays } from './time-zone.ts';
import { customFromPreset, customRangeError, dashboardQueryOf, lastAllowedDay, maxRangeYears, queryOfView, viewFromQuery, type AnalyticsView } from './range.ts';

const view = (search: string) => viewFromQuery(new URLSearchParams(search));

describe('analytics view ↔ URL', () => {
  it('defaults to the last 30 days, ticket analytics, no comparison, 14-day forecast', () => {
    expect(view('')).toEqual({ selection: { kind: 'preset', range: '30d' }, compare: false, tab: 'tickets', horizon: 14, invalid: null });
  });

  it('reads presets, custom ranges, the comparison, the tab and the horizon', () => {
    expect(view('?range=7d&compare=1&tab=agents&horizon=30')).toEqual({
      selection: { kind: 'preset', range: '7d' },
      compare: true,
      tab: 'agents',
      horizon: 30,
      invalid: null,
    });
    expect(view('?from=2025-03-03&to=2025-03-09').selection).toEqual({ kind: 'custom', from: '2025-03-03', to: '2025-03-09' });
  });

  it('ignores values it does not know and says why a custom range was not used', () => {
    expect(view('?range=2w&tab=nope&horizon=7')).toMatchObject({ selection: { kind: 'preset', range: '30d' }, tab: 'tickets', horizon: 14 });
    expect(view('?from=2025-03-09&to=2025-03-03')).toMatchObject({
      selection: { kind: 'preset', range: '30d' },
      invalid: 'The start date must not be after the end date.',
    });
    expect(view('?from=2025-03-09').invalid).toBe('Choose a start and an end date.');
  });

  it('round-trips every view through the query string, leaving defaults out', () => {
    const views: Omit<AnalyticsView, 'invalid'>[] = [
      { selection: { kind: 'preset', range: '30d' }, compare: false, tab: 'tickets', horizon: 14 },
      { selection: { kind: 'preset', range: '365d' }, compare: true, tab: 'reports', horizon: 30 },
      { selection: { kind: 'custom', from: '2024-02-29', to: '2025-02-28' }, compare: true, tab: 'chat', horizon: 14 },
    ];
    for (const original of views) {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(queryOfView(original))) if (value !== null) params.set(key, value);
      expect(viewFromQuery(params)).toEqual({ ...original, invalid: null });
    }
    const defaults = queryOfView(views[0] as AnalyticsView);
    expect(Object.values(defaults).every((value) => value === null)).toBe(true);
  });

  it('builds the API query in the browser zone', () => {
    expect(dashboardQueryOf({ kind: 'preset', range: '7d' }, 'Europe/Paris')).toEqual({ range: '7d', tz: 'Europe/Paris' });
    expect(dashboardQueryOf({ kind: 'custom', from: '2025-03-01', to: '2025-03-31' }, 'UTC')).toEqual({ from: '2025-03-01', to: '2025-03-31', tz: 'UTC' });
    expect(customFromPreset('7d', '2025-03-09')).toEqual({ from: '2025-03-03', to: '2025-03-09' });
  });
});

describe('custom range validation', () => {
  it.each([
    ['', '2025-03-01', 'Choose a start and an end date.'],
    ['2025-02-30', '2025-03-01', 'Dates must be real calendar days.'],
    ['2025-03-02', '2025-03-01', 'The start date must not be after the end date.'],
    ['2019-01-01', '2024-01-01', 'A range may cover at most 5 years.'],
    ['2019-01-01', '2023-12-31', null],
    ['2025-03-01', '2025-03-01', null],
  ])('%s → %s: %s', (from, to, message) => {
    expect(customRangeError(from, to)).toBe(message);
  });

  it('agrees with the API schema on what it accepts', () => {
    expect(maxRangeYears).toBe(sharedMaxRangeYears);
    for (const from of ['2020-02-29', '2024-12-31', '2025-03-01', '2023-01-01']) {
      expect(lastAllowedDay(from)).toBe(sharedLastAllowedDay(from));
      for (const to of [lastAllowedDay(from), addDays(sharedLastAllowedDay(from), 1), addDays(from, -1), from]) {
        const accepted = dashboardQuery.safeParse({ from, to }).success;
        expect(customRangeError(from, to) === null).toBe(accepted);
      }
    }
  });
});
