/** Dates and durations the way people say them, in the browser's language. */
const locale = typeof navigator !== 'undefined' ? navigator.language : 'en';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'long' });
const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });

/** "just now", "5 minutes ago", "in 2 hours", "yesterday", then a date. */
export function relativeTime(iso: string, now = Date.now()): string {
  const diff = new Date(iso).getTime() - now;
  const size = Math.abs(diff);
  if (size < 45_000) return 'just now';
  if (size < hour) return relative.format(Math.round(diff / minute), 'minute');
  if (size < day) return relative.format(Math.round(diff / hour), 'hour');
  if (size < 7 * day) return relative.format(Math.round(diff / day), 'day');
  return dateFormat.format(new Date(iso));
}

export const dateTime = (iso: string) => dateTimeFormat.format(new Date(iso));
export const date = (iso: string) => dateFormat.format(new Date(iso));

/** "45 min", "3 h 5 min", "2 d 4 h": for response and resolution times. */
export function duration(ms: number): string {
  const total = Math.max(0, Math.round(ms / minute));
  if (total < 1) return 'under a minute';
  const days = Math.floor(total / (24 * 60));
  const hours = Math.floor((total % (24 * 60)) / 60);
  const minutes = total % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}

export const between = (fromIso: string, toIso: string) => duration(new Date(toIso).getTime() - new Date(fromIso).getTime());

/** Tags are typed as one comma-separated line and shown back the same way. */
export const parseTags = (text: string) =>
  text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);

export const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('') || '?';
