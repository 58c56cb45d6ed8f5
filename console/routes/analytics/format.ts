import { duration } from '../../lib/format.ts';

/** Figures the way the analytics page shows them; a missing figure is a dash, never a zero. */
export const none = '—';

export const count = (value: number | null | undefined) => (value == null ? none : value.toLocaleString());

/** A share (0–1) as a percentage: "87%", "4.5%". */
export function percent(share: number | null | undefined): string {
  if (share == null) return none;
  const value = share * 100;
  return `${Number(value.toFixed(value !== 0 && Math.abs(value) < 10 ? 1 : 0)).toLocaleString()}%`;
}

export const durationOf = (ms: number | null | undefined) => (ms == null ? none : duration(ms));

/** A 1–5 rating mean: "4.3 / 5". */
export const rating = (mean: number | null | undefined) => (mean == null ? none : `${mean.toFixed(1)} / 5`);

/** A mean that is not a whole number: "3.4". */
export const decimal = (value: number | null | undefined, digits = 1) => (value == null ? none : value.toFixed(digits));

const dayFormat = new Intl.DateTimeFormat(typeof navigator !== 'undefined' ? navigator.language : 'en', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** A calendar day `YYYY-MM-DD` as "3 Mar" (in the browser's language). */
export const shortDay = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`));


/** "09:00–10:00" for hour 9. */
export const hourSpan = (hour: number) => `${String(hour).padStart(2, '0')}:00–${String((hour + 1) % 24).padStart(2, '0')}:00`;
