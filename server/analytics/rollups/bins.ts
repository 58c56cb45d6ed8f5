/*
 * Duration bins for percentiles from rollups. Widths grow with the duration (5 s under a minute,
 * a minute under an hour, 10 minutes under a day, an hour under a week, 6 hours under 60 days, a
 * day beyond), and every boundary the resolution-time chart uses (1 h, 4 h, 8 h, 24 h, 3 d, 7 d)
 * is a bin boundary, so the chart's buckets are exact sums of bins. A bin only narrows the search:
 * the exact percentile is then read from the rows inside one bin (see percentiles.ts).
 *
 * The same arithmetic exists as SQL (for the triggers and the rebuild) and as JS (for the rows at
 * a range's edges); both come from this one table.
 */
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

interface Band {
  /** Durations below this (ms) fall in this band or an earlier one. */
  below: number;
  width: number;
}

const bands: readonly Band[] = [
  { below: MINUTE, width: 5 * SECOND },
  { below: HOUR, width: MINUTE },
  { below: DAY, width: 10 * MINUTE },
  { below: 7 * DAY, width: HOUR },
  { below: 60 * DAY, width: 6 * HOUR },
  { below: Number.POSITIVE_INFINITY, width: DAY },
];

interface PlacedBand extends Band {
  from: number;
  firstBin: number;
}

const placed: readonly PlacedBand[] = (() => {
  let from = 0;
  let firstBin = 0;
  return bands.map((band) => {
    const result = { ...band, from, firstBin };
    if (Number.isFinite(band.below)) firstBin += (band.below - from) / band.width;
    from = band.below;
    return result;
  });
})();

function bandAt(index: number): PlacedBand {
  const band = placed.at(index);
  if (!band) throw new Error('duration bins need at least one band');
  return band;
}
const firstBand = bandAt(0);
const lastBand = bandAt(-1);

/** The bin of a duration in ms (negative durations, which should not exist, share bin 0). */
export function durationBin(ms: number): number {
  const value = Math.max(0, ms);
  const band = placed.find((b) => value < b.below) ?? lastBand;
  return band.firstBin + Math.floor((value - band.from) / band.width);
}

/** The durations `[from, to)` a bin holds. */
export function binBounds(bin: number): { from: number; to: number } {
  const band = [...placed].reverse().find((b) => bin >= b.firstBin) ?? firstBand;
  const from = band.from + (bin - band.firstBin) * band.width;
  return { from, to: from + band.width };
}

/** The SQL expression for `durationBin(value)`; integer division does the flooring. */
export function sqlDurationBin(value: string): string {
  const v = `max(0, ${value})`;
  const branches = placed
    .slice(0, -1)
    .map((b) => `when ${v} < ${b.below} then ${b.firstBin} + (${v} - ${b.from}) / ${b.width}`)
    .join(' ');
  return `(case ${branches} else ${lastBand.firstBin} + (${v} - ${lastBand.from}) / ${lastBand.width} end)`;
}
