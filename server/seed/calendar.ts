import { firstIndexAbove, type Random } from './random.ts';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/*
 * When tickets arrive. Hours are UTC and stand in for the support team's local time: a demo
 * doesn't need time zones, it needs the shape every help desk sees — busy weekday business
 * hours, quiet nights and weekends, a few incident spikes, and volume growing over time.
 */

/** Relative ticket volume per hour of the day (0 = midnight). */
const hourlyVolume = [
  0.15, 0.1, 0.08, 0.08, 0.1, 0.2, 0.4, 0.8, 1.4, 1.9, 2.0, 1.9, 1.6, 1.8, 1.9, 1.8, 1.5, 1.1, 0.8, 0.6, 0.5, 0.4, 0.3, 0.2,
];
/** Relative ticket volume per weekday, Sunday first (as Date#getUTCDay counts). */
const weekdayVolume = [0.4, 1.25, 1.15, 1.1, 1.05, 0.95, 0.45];
/** Volume grows by this share of the starting volume per year: a product gaining customers. */
const yearlyGrowth = 0.8;
/** Chance that a day has an incident (an outage, a bad release) and its multiplier range. */
const incidentDayChance = 0.02;
const incidentMultiplier = [1.8, 3] as const;

/**
 * `count` creation times in [from, to), sorted ascending so ticket numbers follow time.
 * Each UTC hour gets a weight; times are drawn from those weights, then spread within the hour.
 */
export function ticketArrivalTimes(rng: Random, count: number, from: number, to: number): Float64Array {
  const bucketStarts: number[] = [];
  const bucketEnds: number[] = [];
  const cumulative: number[] = [];
  let total = 0;
  let dayFactor = 1;
  let currentDay = -1;
  for (let start = from; start < to; ) {
    const end = Math.min(to, (Math.floor(start / HOUR) + 1) * HOUR);
    const day = Math.floor(start / DAY);
    if (day !== currentDay) {
      currentDay = day;
      // Day-to-day noise plus the odd incident, so charts have texture rather than a perfect wave.
      dayFactor = rng.logNormal(1, 0.12) * (rng.chance(incidentDayChance) ? rng.between(...incidentMultiplier) : 1);
    }
    const date = new Date(start);
    const trend = 1 + (yearlyGrowth * (start - from)) / (365 * DAY);
    const weight =
      (hourlyVolume[date.getUTCHours()] as number) * (weekdayVolume[date.getUTCDay()] as number) * trend * dayFactor * ((end - start) / HOUR);
    total += weight;
    bucketStarts.push(start);
    bucketEnds.push(end);
    cumulative.push(total);
    start = end;
  }
  const cumulativeWeights = Float64Array.from(cumulative);
  const times = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const bucket = Math.min(firstIndexAbove(cumulativeWeights, rng.next() * total), bucketStarts.length - 1);
    const start = bucketStarts[bucket] as number;
    times[i] = Math.floor(rng.between(start, bucketEnds[bucket] as number));
  }
  return times.sort();
}

/** Weekdays 08:00–18:00 UTC: when the (simulated) team is at its desks. */
export function isBusinessHours(time: number): boolean {
  const date = new Date(time);
  const weekday = date.getUTCDay();
  const hour = date.getUTCHours();
  return weekday >= 1 && weekday <= 5 && hour >= 8 && hour < 18;
}

/** The next moment the team is back (08:00 UTC on the next weekday), or `time` if it is already in. */
export function nextBusinessOpening(time: number): number {
  if (isBusinessHours(time)) return time;
  let day = Math.floor(time / DAY) * DAY;
  if (time - day >= 8 * HOUR) day += DAY;
  for (;;) {
    const weekday = new Date(day).getUTCDay();
    if (weekday >= 1 && weekday <= 5) return day + 8 * HOUR;
    day += DAY;
  }
}
