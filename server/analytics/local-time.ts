import type { Span } from './range.ts';
import type { QuarterCounts } from './reader.ts';
import { QUARTER } from './rollups/split.ts';
import { DAY, HOUR, offsetSegments } from './time-zone.ts';

/**
 * Quarter-hour counts folded into local time. Every zone's offset is a whole number of quarter
 * hours and changes on a quarter-hour boundary, so a quarter's local time is its start's.
 */
function localStarts(quarters: Map<number, QuarterCounts>, tz: string, span: Span) {
  const segments = offsetSegments(tz, span.from, span.to);
  return [...quarters].map(([quarter, counts]) => {
    const at = quarter * QUARTER;
    const offset = segments.find((segment) => at < segment.until)?.offset ?? segments.at(-1)?.offset ?? 0;
    return { local: at + offset, counts };
  });
}

const isoDay = (localMs: number) => new Date(localMs).toISOString().slice(0, 10);

/** Created and resolved per local calendar day of `tz`, every day of the span listed (zeros included). */
export function dailyVolume(quarters: Map<number, QuarterCounts>, tz: string, span: Span) {
  const segments = offsetSegments(tz, span.from, span.to);
  const firstLocal = span.from + (segments[0]?.offset ?? 0);
  const lastLocal = span.to - 1 + (segments.at(-1)?.offset ?? 0);
  const days = new Map<string, { day: string; created: number; resolved: number }>();
  for (let day = Math.floor(firstLocal / DAY) * DAY; day <= lastLocal; day += DAY) days.set(isoDay(day), { day: isoDay(day), created: 0, resolved: 0 });
  for (const { local, counts } of localStarts(quarters, tz, span)) {
    const entry = days.get(isoDay(local));
    if (!entry) continue;
    entry.created += counts.created;
    entry.resolved += counts.resolved;
  }
  return [...days.values()];
}

/** Tickets created, `[weekday][hour]` local to `tz`, Monday first. */
export function peakHours(quarters: Map<number, QuarterCounts>, tz: string, span: Span): number[][] {
  const grid = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
  for (const { local, counts } of localStarts(quarters, tz, span)) {
    // 1 January 1970 was a Thursday: +3 makes Monday 0.
    const line = grid[(Math.floor(local / DAY) + 3) % 7];
    const hour = Math.floor((local % DAY) / HOUR);
    if (line) line[hour] = (line[hour] ?? 0) + counts.created;
  }
  return grid;
}
