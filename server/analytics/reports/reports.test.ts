import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ReportRun, ReportSchedule, ReportScheduleInput } from '../../../shared/schemas/reports.ts';
import { newAgent, tableCounts, type SignedIn } from '../../testing/client.ts';
import { startTestServer, type TestServer } from '../../testing/harness.ts';
import { pdfText } from '../../testing/pdf-text.ts';
import { startSmtpServer, type TestSmtpServer } from '../../testing/smtp.ts';
import { startReportsFor } from './scheduler.ts';

let smtp: TestSmtpServer;
let server: TestServer;
let admin: SignedIn;
let agent: SignedIn;
// The scheduler's clock: tests move it to play "the slot has come" and "the server was down".
let now = Date.now();
const clock = () => now;

beforeAll(async () => {
  smtp = await startSmtpServer({ rejectRecipients: ['nobody@example.com'] });
  server = await startTestServer({ env: { LANTERN_SMTP_URL: smtp.url }, reports: { now: clock, runOnStart: false } });
  admin = await newAgent(server, 'admin');
  agent = await newAgent(server, 'agent');
});
// Back to the real time: a clock left in the future would let the scheduler's own timer send the next test's schedules.
afterEach(() => {
  now = Date.now();
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

const weekly: ReportScheduleInput = {
  name: 'Weekly support review',
  sections: ['overview', 'tickets', 'agents'],
  range: '7d',
  frequency: 'weekly',
  weekday: 0,
  hour: 9,
  tz: 'Europe/Berlin',
  recipients: ['lead@example.com', 'ceo@example.com'],
};

async function create(input: unknown): Promise<Response> {
  return admin.raw('/api/support/analytics/reports', { method: 'POST', body: JSON.stringify(input) });
}

async function createSchedule(input: ReportScheduleInput): Promise<ReportSchedule> {
  const response = await create(input);
  expect(response.status).toBe(201);
  return (await response.json()) as ReportSchedule;
}

const runsOf = async (id: string) => ((await (await agent.raw(`/api/support/analytics/reports/${id}/runs`)).json()) as { items: ReportRun[] }).items;
const scheduleRow = (id: string) =>
  server.database.sqlite.prepare('select next_run_at as next, last_run_at as last from report_schedules where id = ?').get(id) as { next: number; last: number | null };

describe('scheduled reports', () => {
  it('creates a schedule whose next run is the next slot in its zone, and lists it to agents', async () => {
    const schedule = await createSchedule(weekly);
    const next = new Date(schedule.nextRunAt);
    expect(next.getTime()).toBeGreaterThan(Date.now());
    // Monday 09:00 in Berlin is 07:00 or 08:00 UTC, depending on the season.
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', weekday: 'long', hour: '2-digit', minute: '2-digit' }).format(next)).toBe('Monday 09:00');
    expect(schedule).toMatchObject({ enabled: true, weekday: 0, dayOfMonth: null, lastRun: null, createdBy: { id: admin.agentId } });
    const list = (await (await agent.raw('/api/support/analytics/reports')).json()) as { items: ReportSchedule[] };
    expect(list.items.map((s) => s.id)).toContain(schedule.id);
  });

  it('sends a due report by email with the PDF attached, records the run, and moves to the next slot (once only)', async () => {
    const schedule = await createSchedule({ ...weekly, name: 'Due report' });
    const slot = Date.parse(schedule.nextRunAt);
    now = slot + 60_000;
    const mailsBefore = smtp.mails.length;
    const runs = await server.reports?.runDue();
    const mine = runs?.filter((run) => run.scheduleId === schedule.id) ?? [];
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ status: 'sent', error: null, recipients: 2, dueAt: new Date(slot).toISOString() });

    const mails = await smtp.waitForMails(mailsBefore + 1);
    const mail = mails.find((m) => m.parsed.subject?.startsWith('Due report'));
    expect(mail?.envelope.to).toEqual(['lead@example.com', 'ceo@example.com']);
    expect(mail?.parsed.text).toContain('Tickets created:');
    expect(mail?.parsed.html).toContain('<table');
    const [attachment] = mail?.parsed.attachments ?? [];
    expect(attachment?.contentType).toBe('application/pdf');
    expect(attachment?.filename).toMatch(/^Due-report-\d{4}-\d\d-\d\d-to-\d{4}-\d\d-\d\d\.pdf$/);
    const text = pdfText(attachment?.content ?? Buffer.alloc(0));
    expect(text).toContain('Due report');
    expect(text).toContain('Key figures');
    expect(text).toContain('Agent performance');

    const [run] = await runsOf(schedule.id);
    expect(run).toMatchObject({ status: 'sent', finishedAt: expect.any(String) });
    // The next Monday 09:00 (a week on, give or take a DST change).
    expect(Math.abs(scheduleRow(schedule.id).next - slot - 7 * 24 * 3600_000)).toBeLessThanOrEqual(3600_000);
    expect(scheduleRow(schedule.id).last).toBe(now);

    // The same moment again: nothing more goes out.
    const again = await server.reports?.runDue();
    expect(again?.filter((r) => r.scheduleId === schedule.id)).toEqual([]);
    expect(await runsOf(schedule.id)).toHaveLength(1);
  });

  it('sends a slot once when two schedulers (two processes) look at the same database', async () => {
    const schedule = await createSchedule({ ...weekly, name: 'Raced report', frequency: 'daily', weekday: undefined });
    now = Date.parse(schedule.nextRunAt) + 1_000;
    const other = startReportsFor(server.deps, { now: clock, runOnStart: false });
    const [a, b] = await Promise.all([server.reports?.runDue(), other.runDue()]);
    await other.stop();
    const sent = [...(a ?? []), ...(b ?? [])].filter((run) => run.scheduleId === schedule.id);
    expect(sent).toHaveLength(1);
    expect(await runsOf(schedule.id)).toHaveLength(1);
  });

  it('sends a run missed while the server was down once on start, then waits for the next future slot', async () => {
    const schedule = await createSchedule({ ...weekly, name: 'Missed report', frequency: 'daily', weekday: undefined, hour: 6 });
    const missedSlot = Date.parse(schedule.nextRunAt);
    // The server was down for three and a half days: three more slots passed.
    now = missedSlot + 3.5 * 24 * 3600_000;
    const mailsBefore = smtp.mails.filter((m) => m.parsed.subject?.startsWith('Missed report')).length;
    const restarted = startReportsFor(server.deps, { now: clock });
    await restarted.runDue(); // waits for the start-up pass, then looks again
    await restarted.stop();
    const runs = await runsOf(schedule.id);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: 'sent', dueAt: new Date(missedSlot).toISOString() });
    expect(smtp.mails.filter((m) => m.parsed.subject?.startsWith('Missed report')).length).toBe(mailsBefore + 1);
    const next = scheduleRow(schedule.id).next;
    expect(next).toBeGreaterThan(now);
    expect(next - now).toBeLessThanOrEqual(24 * 3600_000);
  });

  it('records a run the mail server refused as failed, with the reason', async () => {
    const schedule = await createSchedule({ ...weekly, name: 'Refused report', recipients: ['nobody@example.com'] });
    now = Date.parse(schedule.nextRunAt) + 1_000;
    await server.reports?.runDue();
    const [run] = await runsOf(schedule.id);
    expect(run).toMatchObject({ status: 'failed', recipients: 1 });
    expect(run?.error).toContain('nobody@example.com');
    const listed = (await (await agent.raw('/api/support/analytics/reports')).json()) as { items: ReportSchedule[] };
    expect(listed.items.find((s) => s.id === schedule.id)?.lastRun?.status).toBe('failed');
  });

  it('sends now on request, without moving the schedule', async () => {
    const schedule = await createSchedule({ ...weekly, name: 'Sent now' });
    const before = smtp.mails.length;
    const response = await admin.raw(`/api/support/analytics/reports/${schedule.id}/send`, { method: 'POST' });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { run: ReportRun; schedule: ReportSchedule };
    expect(body.run.status).toBe('sent');
    expect(body.schedule.nextRunAt).toBe(schedule.nextRunAt);
    expect(body.schedule.lastRun?.id).toBe(body.run.id);
    const mails = await smtp.waitForMails(before + 1);
    expect(mails.at(-1)?.parsed.attachments[0]?.contentType).toBe('application/pdf');
  });

  it('edits and deletes schedules: a new frequency needs its day, the other day is dropped, runs go with the schedule', async () => {
    const schedule = await createSchedule({ ...weekly, name: 'Edited' });
    const patch = (body: unknown) => admin.raw(`/api/support/analytics/reports/${schedule.id}`, { method: 'PATCH', body: JSON.stringify(body) });
    const missingDay = await patch({ frequency: 'monthly' });
    expect(missingDay.status).toBe(422);
    expect(((await missingDay.json()) as { error: { fields: Record<string, string> } }).error.fields).toEqual({ dayOfMonth: 'is required for monthly reports' });
    const monthly = await patch({ frequency: 'monthly', dayOfMonth: 15, hour: 7 });
    expect(monthly.status).toBe(200);
    const updated = (await monthly.json()) as ReportSchedule;
    expect(updated).toMatchObject({ frequency: 'monthly', dayOfMonth: 15, weekday: null, hour: 7 });
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', day: 'numeric', hour: '2-digit' }).format(new Date(updated.nextRunAt))).toBe('15, 07');

    await admin.raw(`/api/support/analytics/reports/${schedule.id}/send`, { method: 'POST' });
    expect(await runsOf(schedule.id)).toHaveLength(1);
    const removed = await admin.raw(`/api/support/analytics/reports/${schedule.id}`, { method: 'DELETE' });
    expect(removed.status).toBe(204);
    expect(server.database.sqlite.prepare('select count(*) from report_runs where schedule_id = ?').pluck().get(schedule.id)).toBe(0);
    expect((await agent.raw(`/api/support/analytics/reports/${schedule.id}/runs`)).status).toBe(404);
  });
});

describe('scheduled reports: refusals', () => {
  it('lets only admins create, change, send or delete schedules', async () => {
    const schedule = await createSchedule({ ...weekly, name: 'Admins only' });
    const before = tableCounts(server);
    const attempts: [string, string, unknown][] = [
      ['POST', '/api/support/analytics/reports', weekly],
      ['PATCH', `/api/support/analytics/reports/${schedule.id}`, { name: 'Mine now' }],
      ['DELETE', `/api/support/analytics/reports/${schedule.id}`, undefined],
      ['POST', `/api/support/analytics/reports/${schedule.id}/send`, undefined],
    ];
    const mails = smtp.mails.length;
    for (const [method, path, body] of attempts) {
      const response = await agent.raw(path, { method, body: body === undefined ? undefined : JSON.stringify(body) });
      expect(response.status, `${method} ${path}`).toBe(403);
    }
    expect(tableCounts(server)).toEqual(before);
    expect(smtp.mails.length).toBe(mails);
  });

  it('answers 422 with the field for every bad definition, and schedules nothing', async () => {
    const count = () => server.database.sqlite.prepare('select count(*) from report_schedules').pluck().get();
    const before = count();
    const cases: [unknown, string][] = [
      [{ ...weekly, cc: ['x@example.com'] }, 'cc'],
      [{ ...weekly, recipients: ['ok@example.com', 'not-an-address'] }, 'recipients.1'],
      [{ ...weekly, recipients: Array.from({ length: 21 }, (_, i) => `r${i}@example.com`) }, 'recipients'],
      [{ ...weekly, recipients: [] }, 'recipients'],
      [{ ...weekly, weekday: undefined }, 'weekday'],
      [{ ...weekly, frequency: 'monthly' }, 'dayOfMonth'],
      [{ ...weekly, frequency: 'monthly', weekday: undefined, dayOfMonth: 31 }, 'dayOfMonth'],
      [{ ...weekly, tz: 'Mars/Olympus' }, 'tz'],
      [{ ...weekly, hour: 24 }, 'hour'],
      [{ ...weekly, range: '365d' }, 'range'],
      [{ ...weekly, sections: ['overview', 'gossip'] }, 'sections.1'],
      [{ ...weekly, sections: [] }, 'sections'],
      [{ ...weekly, name: ' ' }, 'name'],
    ];
    for (const [input, field] of cases) {
      const response = await create(input);
      expect(response.status, field).toBe(422);
      const body = (await response.json()) as { error: { code: string; fields: Record<string, string> } };
      expect(body.error.code).toBe('validation_failed');
      expect(Object.keys(body.error.fields), JSON.stringify(body.error.fields)).toContain(field);
    }
    expect(count()).toBe(before);
  });

  it('refuses "send now" with 503 when email is not set up, and sends nothing', async () => {
    const plain = await startTestServer();
    try {
      const boss = await newAgent(plain, 'admin');
      const created = await boss.raw('/api/support/analytics/reports', { method: 'POST', body: JSON.stringify(weekly) });
      const { id } = (await created.json()) as ReportSchedule;
      const response = await boss.raw(`/api/support/analytics/reports/${id}/send`, { method: 'POST' });
      expect(response.status).toBe(503);
      expect(plain.database.sqlite.prepare('select count(*) from report_runs').pluck().get()).toBe(0);
    } finally {
      await plain.close();
    }
  });
});
