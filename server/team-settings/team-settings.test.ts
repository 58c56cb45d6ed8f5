import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Customer } from '../../shared/schemas/customers.ts';
import {
  defaultBusinessCalendar,
  defaultSlaTargets,
  type BusinessCalendar,
  type SlaTargets,
  type TeamSettingsInput,
} from '../../shared/schemas/team-settings.ts';
import { chatDepsOf } from '../chat/index.ts';
import { createOfflineTicket } from '../chat/offline.ts';
import { newAgent, tableCounts, type SignedIn } from '../testing/client.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';

let server: TestServer;
let admin: SignedIn;
let agent: SignedIn;
let customer: Customer;

beforeAll(async () => {
  server = await startTestServer();
  admin = await newAgent(server, 'admin', 'Ada Admin');
  agent = await newAgent(server, 'agent', 'Sam Agent');
  customer = await admin.api.customers.create({ name: 'Alice Moreau', email: 'alice@example.com' });
});
afterAll(() => server.close());
afterEach(() => {
  vi.useRealTimers();
});

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const newYork: BusinessCalendar = {
  timeZone: 'America/New_York',
  week: [4, 3, 2, 1, 0].map((day) => ({ day, open: '09:00', close: '17:00' })),
  holidays: [
    { date: '2024-12-25', name: 'Christmas Day' },
    { date: '2024-07-04', name: 'Independence Day' },
  ],
};

const put = (who: SignedIn, body: unknown) => who.raw('/api/support/settings/team', { method: 'PUT', body: JSON.stringify(body) });

const auditEntries = () =>
  server.database.sqlite
    .prepare(`select action, actor_id as actorId, changes from audit_log where entity_type = 'team_settings' order by id`)
    .all() as Array<{ action: string; actorId: string; changes: string }>;

/** Creation time is "now": pin the clock (Date only; timers and sockets run as usual). */
function at(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

describe('team settings', () => {
  it('are the defaults until an admin saves, and every agent can read them', async () => {
    expect(await agent.api.teamSettings.get()).toEqual({
      businessHours: defaultBusinessCalendar,
      slaTargets: defaultSlaTargets,
      updatedAt: null,
    });
    expect(defaultSlaTargets.priorities).toEqual({
      urgent: { firstResponseMinutes: 60, resolutionMinutes: 240 },
      high: { firstResponseMinutes: 240, resolutionMinutes: 1440 },
      medium: { firstResponseMinutes: 480, resolutionMinutes: 2880 },
      low: { firstResponseMinutes: 1440, resolutionMinutes: 7200 },
    });
  });

  it('admins replace them: kept in order, audit-logged once, and in force for the business-time triggers', async () => {
    const slaTargets: SlaTargets = { ...defaultSlaTargets, clock: 'business' };
    const saved = await admin.api.teamSettings.update({ businessHours: newYork, slaTargets });
    expect(saved.businessHours).toEqual({
      timeZone: 'America/New_York',
      week: [0, 1, 2, 3, 4].map((day) => ({ day, open: '09:00', close: '17:00' })),
      holidays: [
        { date: '2024-07-04', name: 'Independence Day' },
        { date: '2024-12-25', name: 'Christmas Day' },
      ],
    });
    expect(saved.slaTargets).toEqual(slaTargets);
    expect(saved.updatedAt).not.toBeNull();
    expect(await agent.api.teamSettings.get()).toEqual(saved);
    expect(server.database.calendar.get()).toEqual(saved.businessHours);

    const entries = auditEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'team_settings.updated', actorId: admin.agentId });
    expect(Object.keys(JSON.parse(entries[0]?.changes ?? '{}') as object).sort()).toEqual(['businessHours', 'slaTargets']);

    // The same settings again: nothing changes, nothing is logged.
    const again = await admin.api.teamSettings.update({ businessHours: newYork, slaTargets });
    expect(again.updatedAt).toBe(saved.updatedAt);
    expect(auditEntries()).toHaveLength(1);
  });

  it('refuses agents with 403 and writes nothing', async () => {
    const before = tableCounts(server);
    const response = await put(agent, { businessHours: defaultBusinessCalendar, slaTargets: defaultSlaTargets });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect(tableCounts(server)).toEqual(before);
  });

  it('refuses bad input with 422 and a message on the field', async () => {
    const valid: TeamSettingsInput = { businessHours: newYork, slaTargets: defaultSlaTargets };
    const hours = (patch: Partial<BusinessCalendar>) => ({ ...valid, businessHours: { ...newYork, ...patch } });
    const targets = (priority: string, target: unknown) => ({
      ...valid,
      slaTargets: { ...defaultSlaTargets, priorities: { ...defaultSlaTargets.priorities, [priority]: target } },
    });
    const cases: Array<[unknown, string, string]> = [
      [hours({ timeZone: 'Mars/Olympus_Mons' }), 'businessHours.timeZone', 'is not a known time zone'],
      [
        hours({ week: [{ day: 0, open: '09:00', close: '13:00' }, { day: 0, open: '12:00', close: '17:00' }] }),
        'businessHours.week.1.open',
        'overlaps another interval of the same day',
      ],
      [hours({ week: [{ day: 2, open: '17:00', close: '09:00' }] }), 'businessHours.week.0.close', 'must be after the opening time'],
      [hours({ week: [{ day: 2, open: '09:00', close: '09:00' }] }), 'businessHours.week.0.close', 'must be after the opening time'],
      [hours({ week: [{ day: 2, open: '24:00', close: '24:00' }] }), 'businessHours.week.0.open', 'must be a time like 09:00'],
      [hours({ week: [{ day: 7, open: '09:00', close: '17:00' }] }), 'businessHours.week.0.day', 'must be 0 (Monday) to 6 (Sunday)'],
      [hours({ week: [{ day: 1, open: '9:00', close: '17:00' }] }), 'businessHours.week.0.open', 'must be a time like 09:00'],
      [hours({ week: [] }), 'businessHours.week', 'needs at least one open interval'],
      [hours({ holidays: [{ date: '2024-02-30', name: 'Nope' }] }), 'businessHours.holidays.0.date', 'must be a date (YYYY-MM-DD)'],
      [hours({ holidays: [{ date: '2024-12-25', name: 'A' }, { date: '2024-12-25', name: 'B' }] }), 'businessHours.holidays.1.date', 'is already a holiday'],
      [hours({ holidays: [{ date: '2024-12-25', name: '  ' }] }), 'businessHours.holidays.0.name', 'is required'],
      [
        hours({ holidays: Array.from({ length: 101 }, (_, i) => ({ date: new Date(Date.UTC(2030, 0, 1 + i)).toISOString().slice(0, 10), name: `Day ${i}` })) }),
        'businessHours.holidays',
        'at most 100 holidays',
      ],
      [targets('high', { firstResponseMinutes: 600, resolutionMinutes: 300 }), 'slaTargets.priorities.high.resolutionMinutes', 'must not be shorter than the first response target'],
      [targets('low', { firstResponseMinutes: 0, resolutionMinutes: 300 }), 'slaTargets.priorities.low.firstResponseMinutes', 'must be more than 0'],
      [targets('low', { firstResponseMinutes: 1.5, resolutionMinutes: 300 }), 'slaTargets.priorities.low.firstResponseMinutes', 'must be whole minutes'],
      [targets('critical', { firstResponseMinutes: 5, resolutionMinutes: 10 }), 'slaTargets.priorities.critical', 'is not a known field'],
      [{ ...valid, slaTargets: { ...defaultSlaTargets, clock: 'lunar' } }, 'slaTargets.clock', 'must be calendar or business'],
      [{ ...valid, theme: 'dark' }, 'theme', 'is not a known field'],
      [{ ...valid, businessHours: { ...newYork, week: [{ day: 1, open: '09:00', close: '17:00', note: 'x' }] } }, 'businessHours.week.0.note', 'is not a known field'],
      [{ businessHours: newYork }, 'slaTargets', 'Invalid input: expected object, received undefined'],
    ];
    const before = tableCounts(server);
    const saved = await agent.api.teamSettings.get();
    for (const [body, field, message] of cases) {
      const response = await put(admin, body);
      expect(response.status, field).toBe(422);
      const { error } = (await response.json()) as { error: { code: string; fields: Record<string, string> } };
      expect(error.code).toBe('validation_failed');
      expect(error.fields[field], JSON.stringify(error.fields)).toBe(message);
    }
    expect(tableCounts(server)).toEqual(before);
    expect(await agent.api.teamSettings.get()).toEqual(saved);
  });
});

describe('SLA due times from the saved targets', () => {
  const create = (priority: 'urgent' | 'high') =>
    agent.api.tickets.create({ subject: 'Checkout fails', description: 'Card declined.', customerId: customer.id, priority });

  it('calendar clock: the targets in wall-clock time from creation', async () => {
    const slaTargets: SlaTargets = {
      clock: 'calendar',
      priorities: { ...defaultSlaTargets.priorities, urgent: { firstResponseMinutes: 30, resolutionMinutes: 120 } },
    };
    await admin.api.teamSettings.update({ businessHours: newYork, slaTargets });
    at('2024-03-08T21:00:00Z'); // Friday 16:00 in New York
    const ticket = await create('urgent');
    expect(ticket.createdAt).toBe('2024-03-08T21:00:00.000Z');
    expect(ticket.slaDueAt).toBe('2024-03-08T21:30:00.000Z');
    expect(ticket.resolutionDueAt).toBe('2024-03-08T23:00:00.000Z');
  });

  it('business clock: the targets in open hours, across a weekend and a DST change; a new priority recomputes them', async () => {
    const slaTargets: SlaTargets = {
      clock: 'business',
      priorities: {
        ...defaultSlaTargets.priorities,
        urgent: { firstResponseMinutes: 30, resolutionMinutes: 4 * 60 },
        high: { firstResponseMinutes: 2 * 60, resolutionMinutes: 10 * 60 },
      },
    };
    await admin.api.teamSettings.update({ businessHours: newYork, slaTargets });
    at('2024-03-08T21:00:00Z'); // Friday 16:00 EST; Monday opens at 09:00 EDT (13:00Z)
    const ticket = await create('high');
    // 1 h on Friday + 1 h on Monday.
    expect(ticket.slaDueAt).toBe('2024-03-11T14:00:00.000Z');
    // 1 h on Friday + 8 h on Monday + 1 h on Tuesday.
    expect(ticket.resolutionDueAt).toBe('2024-03-12T14:00:00.000Z');

    at('2024-03-11T15:00:00Z'); // re-prioritised on Monday: still counted from creation
    const urgent = await agent.api.tickets.update(ticket.id, { priority: 'urgent' });
    expect(urgent.slaDueAt).toBe('2024-03-08T21:30:00.000Z');
    // 1 h on Friday + 3 h on Monday.
    expect(urgent.resolutionDueAt).toBe('2024-03-11T16:00:00.000Z');
    const activity = await agent.api.tickets.activity(ticket.id);
    expect(activity.items.some((entry) => entry.action === 'ticket.updated' && 'priority' in entry.changes)).toBe(true);
  });

  it("stamps the widget's offline-form tickets the same way", async () => {
    at('2024-03-08T21:00:00Z');
    const { ticketId } = await createOfflineTicket(chatDepsOf(server.deps), { name: 'Dana', email: 'dana@example.com', message: 'Parcel lost' });
    const ticket = await agent.api.tickets.get(ticketId);
    expect(ticket.priority).toBe('medium');
    // Medium's defaults in business hours: 8 h (1 h Friday + 7 h Monday) and 48 h (six working days).
    expect(ticket.slaDueAt).toBe('2024-03-11T20:00:00.000Z');
    expect(ticket.resolutionDueAt).toBe('2024-03-18T20:00:00.000Z');
  });

  it('skips holidays, and leaves due times already set alone when the targets change', async () => {
    at('2024-07-03T20:00:00Z'); // Wednesday 16:00 EDT; the 4th is a holiday
    const ticket = await create('high');
    expect(ticket.slaDueAt).toBe('2024-07-05T14:00:00.000Z'); // 1 h Wednesday + 1 h Friday
    await admin.api.teamSettings.update({ businessHours: defaultBusinessCalendar, slaTargets: defaultSlaTargets });
    expect((await agent.api.tickets.get(ticket.id)).slaDueAt).toBe('2024-07-05T14:00:00.000Z');
    expect(server.database.calendar.get()).toEqual(defaultBusinessCalendar);
    // A ticket created now gets the defaults: 4 h wall-clock for high.
    const next = await create('high');
    expect(Date.parse(next.slaDueAt ?? '') - Date.parse(next.createdAt)).toBe(4 * HOUR);
    expect(Date.parse(next.resolutionDueAt ?? '') - Date.parse(next.createdAt)).toBe(24 * HOUR);
  });
});
