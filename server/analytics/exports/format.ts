/** How report figures read in the PDF and in the email summary. */

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

export const dash = '–';

export const countText = (value: number | null): string => (value === null ? dash : whole.format(value));

/** 0.873 → "87.3 %". */
export const shareText = (value: number | null): string => (value === null ? dash : `${oneDecimal.format(value * 100)} %`);

/** A relative change with its sign: 0.12 → "+12.0 %"; null (no previous value) → "–". */
export const changeText = (value: number | null): string =>
  value === null ? dash : `${value > 0 ? '+' : value < 0 ? '−' : '±'}${oneDecimal.format(Math.abs(value) * 100)} %`;

export const ratingText = (value: number | null): string => (value === null ? dash : `${oneDecimal.format(value)} / 5`);

/** Milliseconds as "45 s", "12 min", "3 h 05 min", "2 d 4 h". */
export function durationText(ms: number | null): string {
  if (ms === null) return dash;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/** For CSV and Excel: milliseconds as minutes with one decimal. */
export const minutes = (ms: number | null): number | null => (ms === null ? null : Math.round(ms / 6_000) / 10);

/** For CSV and Excel: a share as a percentage with one decimal (0.873 → 87.3). */
export const percent = (share: number | null): number | null => (share === null ? null : Math.round(share * 1000) / 10);

/** For CSV and Excel: a mean rating with two decimals. */
export const rating = (mean: number | null): number | null => (mean === null ? null : Math.round(mean * 100) / 100);
