import type { Span } from '../range.ts';

export const QUARTER = 15 * 60 * 1000;

export interface SplitSpan {
  /** Whole units inside the span, as unit numbers `[from, to)` (floor(ms / unit)); null when there are none. */
  whole: { from: number; to: number } | null;
  /** The parts of the span outside the whole units: at most one at each end. */
  edges: Span[];
}

/**
 * Splits a span into whole units (read from a rollup) and the partial units at its ends (read
 * from the rows): rolling ranges end at "now", and local midnights are not UTC midnights.
 */
export function splitSpan(span: Span, unit: number): SplitSpan {
  const from = Math.ceil(span.from / unit);
  const to = Math.floor(span.to / unit);
  if (from >= to) return { whole: null, edges: span.to > span.from ? [span] : [] };
  const edges = [
    { from: span.from, to: from * unit },
    { from: to * unit, to: span.to },
  ].filter((edge) => edge.to > edge.from);
  return { whole: { from, to }, edges };
}
