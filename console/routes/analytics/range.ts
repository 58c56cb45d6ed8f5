import type { AnalyticsRange, DashboardQuery } from '../../../shared/schemas/analytics.ts';
import { keysOf } from '../../lib/labels.ts';
import { addDays } from './time-zone.ts';

/**
 * The analytics page's view as it sits in the URL, so a link reproduces it:
 * `?range=7d|30d|90d|365d` or `?from=YYYY-MM-DD&to=YYYY-MM-DD`, `compare=1`, `tab=…`, `horizon=14|30`.
 * The time zone is not in the URL: the page always counts days in the browser's own zone.
 */

export const rangeLabels: Record<AnalyticsRange, string> = {
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  '365d': 'Last 365 days',
};
export const presetRanges = keysOf(rangeLabels);
export const defaultRange: AnalyticsRange = '30d';

/**
 * The longest custom range, as shared/schemas/analytics.ts `maxRangeYears` (not imported: that
 * module brings zod; range.test.ts holds the two equal).
 */
export const maxRangeYears = 5;

export const tabLabels = {
  tickets: 'Ticket analytics',
  customers: 'Customer insights',
  agents: 'Agent performance',
  chat: 'Chat',
  knowledge: 'Knowledge base',
  reports: 'Reports',
} as const;
export type AnalyticsTab = keyof typeof tabLabels;
export const analyticsTabs = keysOf(tabLabels);

export const forecastHorizons = [14, 30] as const;
export type Horizon = (typeof forecastHorizons)[number];

export type RangeSelection = { kind: 'preset'; range: AnalyticsRange } | { kind: 'custom'; from: string; to: string };

export interface AnalyticsView {
  selection: RangeSelection;
  compare: boolean;
  tab: AnalyticsTab;
  horizon: Horizon;
  /** Why the URL's custom range was not used (the page then shows the default range). */
  invalid: string | null;
}

function isDay(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

/** The last day a custom range starting on `from` may end on: one day short of five years later. */
export function lastAllowedDay(from: string): string {
  const [year = 0, month = 1, day = 1] = from.split('-').map(Number);
  return new Date(Date.UTC(year + maxRangeYears, month - 1, day - 1)).toISOString().slice(0, 10);
}

/** What is wrong with a custom range, in words for the person who typed it; null when it is fine. */
export function customRangeError(from: string, to: string): string | null {
  if (!from || !to) return 'Choose a start and an end date.';
  if (!isDay(from) || !isDay(to)) return 'Dates must be real calendar days.';
  if (from > to) return 'The start date must not be after the end date.';
  if (to > lastAllowedDay(from)) return `A range may cover at most ${maxRangeYears} years.`;
  return null;
}

const isOne = <T extends string>(list: readonly T[], value: string | null): value is T => value !== null && (list as readonly string[]).includes(value);

export function viewFromQuery(params: URLSearchParams): AnalyticsView {
  const tabParam = params.get('tab');
  const range = params.get('range');
  const from = params.get('from');
  const to = params.get('to');
  const view: AnalyticsView = {
    selection: { kind: 'preset', range: isOne(presetRanges, range) ? range : defaultRange },
    compare: params.get('compare') === '1',
    tab: isOne(analyticsTabs, tabParam) ? tabParam : 'tickets',
    horizon: params.get('horizon') === '30' ? 30 : 14,
    invalid: null,
  };
  if (from !== null || to !== null) {
    const problem = customRangeError(from ?? '', to ?? '');
    if (problem) view.invalid = problem;
    else view.selection = { kind: 'custom', from: from ?? '', to: to ?? '' };
  }
  return view;
}

/** The query parameters of a view; defaults are left out so plain links stay short. */
export function queryOfView(view: Omit<AnalyticsView, 'invalid'>): Record<string, string | null> {
  const { selection } = view;
  return {
    range: selection.kind === 'preset' && selection.range !== defaultRange ? selection.range : null,
    from: selection.kind === 'custom' ? selection.from : null,
    to: selection.kind === 'custom' ? selection.to : null,
    compare: view.compare ? '1' : null,
    tab: view.tab === 'tickets' ? null : view.tab,
    horizon: view.horizon === 14 ? null : String(view.horizon),
  };
}

/** The API's range query for a selection, counted in `tz`. */
export function dashboardQueryOf(selection: RangeSelection, tz: string): DashboardQuery {
  return selection.kind === 'preset' ? { range: selection.range, tz } : { from: selection.from, to: selection.to, tz };
}

/** A custom range to start the picker from: the preset's last N days up to `today`. */
export function customFromPreset(range: AnalyticsRange, today: string): { from: string; to: string } {
  const days = Number.parseInt(range, 10);
  return { from: addDays(today, 1 - days), to: today };
}
