import { describe, expect, it } from 'vitest';
import { defaultBusinessCalendar, minutesOf, type BusinessCalendar, type OpenInterval } from '../../shared/schemas/team-settings.ts';
import { Random } from '../seed/random.ts';
import { addBusinessMs, businessMsBetween } from './business-time.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const at = (iso: string) => Date.parse(iso);

const weekdays9to5 = (timeZone: string, holidays: BusinessCalendar['holidays'] = []): BusinessCalendar => ({
  ...defaultBusinessCalendar,
  timeZone,
  holidays,
});
const allDay = (timeZone: string): BusinessCalendar => ({
  timeZone,
  week: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, open: '00:00', close: '24:00' })),
  holidays: [],
});
const sundays = (timeZone: string, open: string, close: string): BusinessCalendar => ({ timeZone, week: [{ day: 6, open, close }], holidays: [] });

describe('businessMsBetween', () => {
  const utc = weekdays9to5('UTC');

  it('counts open time inside one day, and nothing for empty or reversed spans', () => {
    // 2024-03-04 is a Monday.
    expect(businessMsBetween(at('2024-03-04T08:00Z'), at('2024-03-04T18:00Z'), utc)).toBe(8 * HOUR);
    expect(businessMsBetween(at('2024-03-04T10:15Z'), at('2024-03-04T11:00Z'), utc)).toBe(45 * MINUTE);
    expect(businessMsBetween(at('2024-03-04T10:00Z'), at('2024-03-04T10:00Z'), utc)).toBe(0);
    expect(businessMsBetween(at('2024-03-04T12:00Z'), at('2024-03-04T10:00Z'), utc)).toBe(0);
    expect(businessMsBetween(at('2024-03-04T17:00Z'), at('2024-03-05T09:00Z'), utc)).toBe(0);
  });

  it('skips nights and weekends', () => {
    // Friday 16:00 → Monday 10:00: an hour each side of the weekend.
    expect(businessMsBetween(at('2024-03-01T16:00Z'), at('2024-03-04T10:00Z'), utc)).toBe(2 * HOUR);
    // Two full weeks.
    expect(businessMsBetween(at('2024-03-04T00:00Z'), at('2024-03-18T00:00Z'), utc)).toBe(2 * 5 * 8 * HOUR);
  });

  it('keeps holidays closed all day', () => {
    const christmas = weekdays9to5('UTC', [{ date: '2024-12-25', name: 'Christmas' }]);
    // Tuesday 24th 16:00 → Thursday 26th 10:00: Wednesday the 25th is a holiday.
    expect(businessMsBetween(at('2024-12-24T16:00Z'), at('2024-12-26T10:00Z'), christmas)).toBe(2 * HOUR);
    expect(businessMsBetween(at('2024-12-24T16:00Z'), at('2024-12-26T10:00Z'), utc)).toBe(10 * HOUR);
  });

  it('counts shifts across midnight as the two intervals that make them', () => {
    const nights: BusinessCalendar = {
      timeZone: 'UTC',
      week: [
        { day: 0, open: '22:00', close: '24:00' },
        { day: 1, open: '00:00', close: '06:00' },
      ],
      holidays: [],
    };
    expect(businessMsBetween(at('2024-03-04T23:00Z'), at('2024-03-05T05:00Z'), nights)).toBe(6 * HOUR);
    expect(businessMsBetween(at('2024-03-04T00:00Z'), at('2024-03-11T00:00Z'), nights)).toBe(8 * HOUR);
  });

  it('follows the zone: Berlin opens an hour earlier in UTC once summer time starts (31 March 2024)', () => {
    const berlin = weekdays9to5('Europe/Berlin');
    // Friday 29 March 13:00–17:00 CET (12:00Z–16:00Z) + Monday 1 April 09:00–14:00 CEST (07:00Z–12:00Z).
    expect(businessMsBetween(at('2024-03-29T12:00Z'), at('2024-04-01T12:00Z'), berlin)).toBe(9 * HOUR);
    // The week of the change, open around the clock, is an hour short.
    const week = businessMsBetween(at('2024-03-24T23:00Z'), at('2024-03-31T22:00Z'), allDay('Europe/Berlin'));
    expect(week).toBe(7 * DAY - HOUR);
    // 02:00–03:00 does not exist that Sunday; 01:00–04:00 lasts two hours.
    expect(businessMsBetween(at('2024-03-30T00:00Z'), at('2024-04-01T00:00Z'), sundays('Europe/Berlin', '02:00', '03:00'))).toBe(0);
    expect(businessMsBetween(at('2024-03-30T00:00Z'), at('2024-04-01T00:00Z'), sundays('Europe/Berlin', '01:00', '04:00'))).toBe(2 * HOUR);
  });

  it('follows the zone when winter time returns: 27 October 2024 in Berlin has 25 hours', () => {
    expect(businessMsBetween(at('2024-10-26T22:00Z'), at('2024-10-27T23:00Z'), allDay('Europe/Berlin'))).toBe(25 * HOUR);
    // 02:00–03:00 happens twice (00:00Z–02:00Z).
    expect(businessMsBetween(at('2024-10-26T00:00Z'), at('2024-10-28T00:00Z'), sundays('Europe/Berlin', '02:00', '03:00'))).toBe(2 * HOUR);
    // Inside the repeated hour only: 02:15–02:45 both times.
    expect(businessMsBetween(at('2024-10-26T00:00Z'), at('2024-10-28T00:00Z'), sundays('Europe/Berlin', '02:15', '02:45'))).toBe(HOUR);
  });

  it('follows New York across its change (10 March 2024)', () => {
    const newYork = weekdays9to5('America/New_York');
    // Friday 8 March 15:00–17:00 EST (20:00Z–22:00Z) + Monday 11 March 09:00–10:00 EDT (13:00Z–14:00Z).
    expect(businessMsBetween(at('2024-03-08T20:00Z'), at('2024-03-11T14:00Z'), newYork)).toBe(3 * HOUR);
    expect(businessMsBetween(at('2024-03-04T05:00Z'), at('2024-03-18T04:00Z'), newYork)).toBe(10 * 8 * HOUR);
    expect(businessMsBetween(at('2024-11-03T04:00Z'), at('2024-11-04T05:00Z'), allDay('America/New_York'))).toBe(25 * HOUR);
  });
});

describe('addBusinessMs', () => {
  const utc = weekdays9to5('UTC');

  it('returns the start for nothing, and the earliest instant the time has passed', () => {
    expect(addBusinessMs(at('2024-03-02T12:00Z'), 0, utc)).toBe(at('2024-03-02T12:00Z'));
    expect(addBusinessMs(at('2024-03-04T10:00Z'), HOUR, utc)).toBe(at('2024-03-04T11:00Z'));
    // Exactly to closing time: the close, not the next morning.
    expect(addBusinessMs(at('2024-03-04T16:00Z'), HOUR, utc)).toBe(at('2024-03-04T17:00Z'));
    expect(addBusinessMs(at('2024-03-04T16:00Z'), HOUR + 1, utc)).toBe(at('2024-03-05T09:00Z') + 1);
    // From Saturday: Monday morning.
    expect(addBusinessMs(at('2024-03-02T12:00Z'), 30 * MINUTE, utc)).toBe(at('2024-03-04T09:30Z'));
    // Friday 16:00 + 8 h of business time: 1 h on Friday, 7 h on Monday.
    expect(addBusinessMs(at('2024-03-01T16:00Z'), 8 * HOUR, utc)).toBe(at('2024-03-04T16:00Z'));
  });

  it('skips holidays and DST-shifted hours', () => {
    const christmas = weekdays9to5('UTC', [{ date: '2024-12-25', name: 'Christmas' }]);
    expect(addBusinessMs(at('2024-12-24T16:00Z'), 90 * MINUTE, christmas)).toBe(at('2024-12-26T09:30Z'));
    const newYork = weekdays9to5('America/New_York');
    expect(addBusinessMs(at('2024-03-08T20:00Z'), 3 * HOUR, newYork)).toBe(at('2024-03-11T14:00Z'));
    expect(addBusinessMs(at('2024-03-08T22:00Z'), 1, newYork)).toBe(at('2024-03-11T13:00Z') + 1);
    const berlin = weekdays9to5('Europe/Berlin');
    expect(addBusinessMs(at('2024-03-29T12:00Z'), 9 * HOUR, berlin)).toBe(at('2024-04-01T12:00Z'));
  });

  it('never arrives on a calendar that never opens', () => {
    const closed: BusinessCalendar = { timeZone: 'UTC', week: [], holidays: [] };
    expect(addBusinessMs(0, HOUR, closed)).toBe(Number.POSITIVE_INFINITY);
    expect(businessMsBetween(0, DAY, closed)).toBe(0);
  });
});

/** The obvious way, a minute at a time with Intl: open when the local weekday and time are in an interval. */
function referenceBusinessMs(start: number, end: number, calendar: BusinessCalendar): number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: calendar.timeZone,
    hourCycle: 'h23',
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const names = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const holidays = new Set(calendar.holidays.map((h) => h.date));
  let open = 0;
  for (let t = start; t < end; t += MINUTE) {
    const parts = Object.fromEntries(format.formatToParts(t).map((p) => [p.type, p.value]));
    if (holidays.has(`${parts.year}-${parts.month}-${parts.day}`)) continue;
    const weekday = names.indexOf(parts.weekday ?? '');
    const minute = Number(parts.hour) * 60 + Number(parts.minute);
    if (calendar.week.some((i) => i.day === weekday && minutesOf(i.open) <= minute && minute < minutesOf(i.close))) open += MINUTE;
  }
  return open;
}

const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'America/Sao_Paulo', 'Pacific/Chatham'];
/** Around each DST change of 2024 in these zones, plus ordinary weeks. */
const anchors = ['2024-03-10', '2024-03-31', '2024-04-07', '2024-10-06', '2024-10-27', '2024-11-03', '2024-06-15', '2023-01-02'].map(at);
const time = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function randomCalendar(random: Random): BusinessCalendar {
  const week: OpenInterval[] = [];
  for (let day = 0; day < 7; day++) {
    if (random.chance(0.25)) continue;
    // One to three non-overlapping intervals on 15-minute steps, some touching midnight.
    let cursor = random.chance(0.2) ? 0 : random.int(0, 40) * 15;
    for (let k = random.int(1, 3); k > 0 && cursor < 1440; k--) {
      const close = Math.min(1440, cursor + random.int(1, 40) * 15);
      week.push({ day, open: time(cursor), close: time(close) });
      cursor = close + random.int(0, 12) * 15;
    }
  }
  if (week.length === 0) week.push({ day: 2, open: '09:00', close: '17:00' });
  const holidays = Array.from({ length: random.int(0, 3) }, (_, i) => ({
    date: new Date(random.pick(anchors) + random.int(-3, 3) * DAY).toISOString().slice(0, 10),
    name: `Holiday ${i}`,
  })).filter((h, i, all) => all.findIndex((o) => o.date === h.date) === i);
  return { timeZone: random.pick(zones), week, holidays };
}

describe('business time, property-tested (seeded)', () => {
  it('agrees with a minute-by-minute count over spans around DST changes', () => {
    const random = new Random(2024);
    for (let run = 0; run < 30; run++) {
      const calendar = randomCalendar(random);
      const start = random.pick(anchors) + random.int(-2 * 24 * 60, 24 * 60) * MINUTE;
      const end = start + random.int(0, 3 * 24 * 60) * MINUTE;
      expect(businessMsBetween(start, end, calendar), JSON.stringify({ calendar, start, end })).toBe(referenceBusinessMs(start, end, calendar));
    }
  });

  it('addBusinessMs and businessMsBetween invert each other', () => {
    const random = new Random(77);
    for (let run = 0; run < 1000; run++) {
      const calendar = randomCalendar(random);
      const start = random.pick(anchors) + Math.floor(random.between(-10 * DAY, 10 * DAY));
      const ms = random.chance(0.1) ? 0 : Math.floor(random.between(1, 300 * HOUR));
      const due = addBusinessMs(start, ms, calendar);
      const context = JSON.stringify({ calendar, start, ms });
      expect(businessMsBetween(start, due, calendar), context).toBe(ms);
      // The earliest such instant: a millisecond earlier is not enough.
      if (ms > 0) expect(businessMsBetween(start, due - 1, calendar), context).toBe(ms - 1);

      const end = start + Math.floor(random.between(0, 20 * DAY));
      const open = businessMsBetween(start, end, calendar);
      const reached = addBusinessMs(start, open, calendar);
      expect(reached, context).toBeLessThanOrEqual(end);
      expect(businessMsBetween(reached, end, calendar), context).toBe(0);
      // Additive: any split point divides the time exactly.
      const middle = start + Math.floor(random.between(0, end - start + 1));
      expect(businessMsBetween(start, middle, calendar) + businessMsBetween(middle, end, calendar), context).toBe(open);
    }
  });

  it('is fast: a year-long span and 100,000 ticket-sized spans', () => {
    const berlin = weekdays9to5('Europe/Berlin', [{ date: '2024-12-25', name: 'Christmas' }]);
    businessMsBetween(at('2020-01-01T00:00Z'), at('2027-01-01T00:00Z'), berlin); // warm the offset cache
    const started = performance.now();
    expect(businessMsBetween(at('2024-01-01T00:00Z'), at('2025-01-01T00:00Z'), berlin)).toBe((262 - 1) * 8 * HOUR);
    const random = new Random(5);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const start = at('2022-01-01T00:00Z') + Math.floor(random.between(0, 3 * 365 * DAY));
      sum += businessMsBetween(start, start + Math.floor(random.between(0, 5 * DAY)), berlin);
      sum += addBusinessMs(start, Math.floor(random.between(0, 24 * HOUR)), berlin) - start;
    }
    expect(sum).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
