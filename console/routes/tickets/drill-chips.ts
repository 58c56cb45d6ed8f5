import { duration } from '../../lib/format.ts';
import type { DrillFilters, DrillParam } from './query.ts';

/** One removable chip over the ticket list: what it says and which URL parameters it clears. */
export interface FilterChip {
  key: string;
  label: string;
  params: DrillParam[];
}

const weekdays = ['Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'];
const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/**
 * "3 Mar–9 Mar" for a half-open range of instants: the end is exclusive, so a range ending at
 * midnight shows the day before. Whole days show as dates, anything else with times.
 */
export function rangeText(from: string | undefined, to: string | undefined, locale: string, tz?: string): string {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', ...(tz ? { timeZone: tz } : {}) };
  const dayFormat = new Intl.DateTimeFormat(locale, options);
  const timeFormat = new Intl.DateTimeFormat(locale, { ...options, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const clock = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23', ...(tz ? { timeZone: tz } : {}) });
  const midnight = (instant: number) =>
    instant % 1000 === 0 && clock.formatToParts(new Date(instant)).every((part) => part.type === 'literal' || Number(part.value) === 0);
  const start = from === undefined ? null : Date.parse(from);
  const end = to === undefined ? null : Date.parse(to);
  const wholeDays = (start === null || midnight(start)) && (end === null || midnight(end));
  const show = (instant: number) => (wholeDays ? dayFormat : timeFormat).format(new Date(instant));
  // The last day included: a whole-day range ends at the next midnight.
  const last = end === null ? null : wholeDays ? end - 1 : end;
  if (start !== null && last !== null) {
    const first = show(start);
    const final = show(last);
    return first === final ? first : `${first}–${final}`;
  }
  if (start !== null) return `from ${show(start)}`;
  return last === null ? '' : wholeDays ? `to ${show(last)}` : `before ${show(last)}`;
}

function resolutionText(min: string | undefined, max: string | undefined): string {
  const low = min === undefined ? null : Number(min);
  const high = max === undefined ? null : Number(max);
  if (low !== null && high !== null) return `Resolution time ${duration(low)}–${duration(high)}`;
  if (high !== null) return `Resolution time under ${duration(high)}`;
  return `Resolution time ${duration(low ?? 0)} or more`;
}

/** The drill-down filters as chips, in a fixed order. `tz`: the zone to show dates in (the browser's when absent). */
export function drillChips(drill: DrillFilters, locale: string, tz?: string): FilterChip[] {
  const chips: FilterChip[] = [];
  const range = (key: string, word: string, from: DrillParam, to: DrillParam, also: DrillParam[] = []) => {
    if (drill[from] === undefined && drill[to] === undefined) return;
    chips.push({ key, label: `${word} ${rangeText(drill[from], drill[to], locale, tz)}`, params: [from, to, ...also] });
  };
  // The local weekday/hour needs the created range: clearing the range clears them too.
  range('created', 'Created', 'createdFrom', 'createdTo', ['weekday', 'hour', 'tz']);
  range('resolved', 'Resolved', 'resolvedFrom', 'resolvedTo');
  range('responded', 'First reply', 'respondedFrom', 'respondedTo');
  if (drill.weekday !== undefined || drill.hour !== undefined) {
    const day = drill.weekday === undefined ? 'Any day' : (weekdays[Number(drill.weekday)] ?? drill.weekday);
    const hour = drill.hour === undefined ? '' : `, ${hourLabel(Number(drill.hour))}–${hourLabel((Number(drill.hour) + 1) % 24)}`;
    chips.push({ key: 'local-time', label: `${day}${hour} (${drill.tz ?? 'UTC'})`, params: ['weekday', 'hour', 'tz'] });
  }
  if (drill.category !== undefined) {
    chips.push({ key: 'category', label: drill.category === 'none' ? 'No category' : `Category: ${drill.category}`, params: ['category'] });
  }
  if (drill.sla !== undefined) chips.push({ key: 'sla', label: drill.sla === 'met' ? 'SLA met' : 'SLA breached', params: ['sla'] });
  if (drill.rated !== undefined) chips.push({ key: 'rated', label: 'Rated by the customer', params: ['rated'] });
  if (drill.resolutionMin !== undefined || drill.resolutionMax !== undefined) {
    chips.push({ key: 'resolution', label: resolutionText(drill.resolutionMin, drill.resolutionMax), params: ['resolutionMin', 'resolutionMax'] });
  }
  return chips;
}
