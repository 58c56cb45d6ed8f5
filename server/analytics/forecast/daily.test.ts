import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { openDatabase, type OpenDatabase } from '../../db/open.ts';
import { tickets } from '../../db/schema.ts';
import { Random } from '../../seed/random.ts';
import { ticketCreated } from '../definitions.ts';
import { analyticsRows } from '../testing/rows.ts';
import { DAY, nextDay, startOfDay } from '../../../shared/time-zone.ts';
import { dailyCreated, firstCreatedAt } from './daily.ts';
import { addDays, dayOf as localDay } from '../../../shared/time-zone.ts';

/**
 * Local days summed from the quarter-hour rollup must count exactly what the definition counts over
 * the raw rows, in zones with DST and with half- and quarter-hour offsets.
 */
let dir: string;
let database: OpenDatabase;
const from = Date.UTC(2024, 1, 20); // spans March and April DST changes (Europe, US, Lord Howe)
const zones = ['UTC', 'America/New_York', 'Europe/Paris', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham'];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantern-daily-'));
  database = openDatabase(join(dir, 'test.db'));
  const rows = analyticsRows(database.db);
  const random = new Random(5);
  database.sqlite.transaction(() => {
    for (let i = 0; i < 600; i++) rows.ticket({ created: from + Math.floor(random.between(0, 70 * DAY)) });
  })();
  // On the edges: exactly at local midnight in Kathmandu (+5:45), and a millisecond before.
  const kathmanduMidnight = startOfDay('2024-03-10', 'Asia/Kathmandu');
  rows.ticket({ created: kathmanduMidnight });
  rows.ticket({ created: kathmanduMidnight - 1 });
});
afterAll(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

const countFromRows = (span: { from: number; to: number }) =>
  database.db.select({ n: count() }).from(tickets).where(ticketCreated(span)).get()?.n ?? 0;

describe('dailyCreated', () => {
  it.each(zones)('matches the raw rows day by day in %s', (tz) => {
    const first = '2024-02-18';
    const last = '2024-05-05';
    const span = { from: startOfDay(first, tz), to: startOfDay(nextDay(last), tz) };
    const days = dailyCreated(database.db, span, tz);
    expect(days[0]?.day).toBe(first);
    expect(days.at(-1)?.day).toBe(last);
    expect(days).toHaveLength(78);
    for (const { day, created } of days) {
      expect({ day, created }).toEqual({ day, created: countFromRows({ from: startOfDay(day, tz), to: startOfDay(nextDay(day), tz) }) });
    }
    expect(days.reduce((sum, day) => sum + day.created, 0)).toBe(countFromRows(span));
  });

  it('puts a ticket at local midnight on the new day', () => {
    const tz = 'Asia/Kathmandu';
    const [before, after] = dailyCreated(database.db, { from: startOfDay('2024-03-09', tz), to: startOfDay('2024-03-11', tz) }, tz);
    expect(before?.created).toBe(countFromRows({ from: startOfDay('2024-03-09', tz), to: startOfDay('2024-03-10', tz) }));
    expect(after?.created).toBe(countFromRows({ from: startOfDay('2024-03-10', tz), to: startOfDay('2024-03-11', tz) }));
  });

  it('lists empty days as 0 and knows the first ticket', () => {
    const days = dailyCreated(database.db, { from: Date.UTC(2023, 0, 1), to: Date.UTC(2023, 0, 4) }, 'UTC');
    expect(days).toEqual([
      { day: '2023-01-01', created: 0 },
      { day: '2023-01-02', created: 0 },
      { day: '2023-01-03', created: 0 },
    ]);
    const first = firstCreatedAt(database.db);
    expect(first).not.toBeNull();
    expect(first).toBeGreaterThanOrEqual(from - 15 * 60 * 1000);
    expect(first).toBeLessThanOrEqual(from + DAY);
  });

  it('names local days', () => {
    expect(localDay(Date.UTC(2024, 2, 9, 18, 15), 'Asia/Kathmandu')).toBe('2024-03-10');
    expect(localDay(Date.UTC(2024, 2, 9, 18, 14), 'Asia/Kathmandu')).toBe('2024-03-09');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2024-03-01', -365)).toBe('2023-03-02');
  });
});
