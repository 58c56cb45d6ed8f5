import type { ChatTotals, TicketTotals, Totals } from './reader.ts';

export const noTotals = (): Totals => ({ count: 0, sum: 0 });
export const addTotals = (a: Totals, b: Totals): Totals => ({ count: a.count + b.count, sum: a.sum + b.sum });

export const noTicketTotals = (): TicketTotals => ({
  created: 0,
  slaMet: 0,
  slaLate: 0,
  firstResponse: noTotals(),
  firstResponseBusiness: noTotals(),
  resolution: noTotals(),
  resolutionBusiness: noTotals(),
  ratings: noTotals(),
});

export const noChatTotals = (): ChatTotals => ({
  started: 0,
  missed: 0,
  converted: 0,
  wait: noTotals(),
  waitBusiness: noTotals(),
  duration: noTotals(),
  durationBusiness: noTotals(),
  ratings: noTotals(),
});

/** Field-by-field sum of two records of numbers and Totals. */
function addRecords<T extends object>(a: T, b: T): T {
  const result = { ...a } as Record<string, unknown>;
  for (const [key, value] of Object.entries(b)) {
    const mine = result[key];
    result[key] = typeof value === 'number' ? (mine as number) + value : addTotals(mine as Totals, value as Totals);
  }
  return result as T;
}

/** Adds `more` into `into`, key by key; `empty` makes the zero of a missing key. */
export function mergeInto<T extends object>(into: Map<string, T>, more: Map<string, T>, empty: () => T): Map<string, T> {
  for (const [key, value] of more) into.set(key, addRecords(into.get(key) ?? empty(), value));
  return into;
}

export const sumOf = <T extends object>(map: Map<string, T>, empty: () => T): T =>
  [...map.values()].reduce((total, value) => addRecords(total, value), empty());
