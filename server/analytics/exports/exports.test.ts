import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAgent, tableCounts, type SignedIn } from '../../testing/client.ts';
import { startTestServer, type TestServer } from '../../testing/harness.ts';
import { pdfText } from '../../testing/pdf-text.ts';
import { analyticsRows, hours, minutes } from '../testing/rows.ts';

/** A CSV download's text, after checking it starts with the UTF-8 BOM (which decoding drops). */
async function csvBody(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder().decode(bytes);
}

/** RFC 4180 CSV back into rows (quoted cells, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    }
    else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

let server: TestServer;
let admin: SignedIn;
let agent: SignedIn;

const day = Date.UTC(2025, 5, 2); // Monday 2 June 2025; Berlin is UTC+2
const berlinRange = 'from=2025-06-02&to=2025-06-03&tz=Europe%2FBerlin';

beforeAll(async () => {
  server = await startTestServer();
  admin = await newAgent(server, 'admin');
  agent = await newAgent(server, 'agent');
  const { db, sqlite } = server.database;
  const rows = analyticsRows(db);
  const ana = rows.agent('Ana Agent');
  const first = rows.ticket({ created: day + hours(8), firstResponse: minutes(30), resolved: hours(2), assigneeId: ana, priority: 'high', channel: 'chat', category: 'billing', satisfaction: 5 });
  const second = rows.ticket({ created: day + hours(9) + minutes(15), channel: 'email' });
  rows.ticket({ created: day + hours(47) + minutes(30) }); // 4 June 01:30 in Berlin: outside
  rows.ticket({ created: day - hours(3) }); // 1 June 23:00 in Berlin: outside
  sqlite.prepare('update tickets set subject = ? where id = ?').run('=HYPERLINK("http://evil.example","click")', first);
  sqlite.prepare('update tickets set subject = ? where id = ?').run('Comma, "quotes" and\nnew line — Ünïcode', second);
  sqlite.prepare('update customers set name = ?, email = ?, company = ?').run('@SUM(1+1)', 'casey@example.com', '+Acme');
});
afterAll(() => server.close());

const get = (who: SignedIn, path: string) => who.raw(`/api/support/analytics/exports/${path}`);

describe('ticket export', () => {
  it('streams every ticket created in the range as CSV, escaped and guarded against formulas, with times in the zone', async () => {
    const response = await get(admin, `tickets?format=csv&${berlinRange}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="tickets-2025-06-02-to-2025-06-03.csv"');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-total-rows')).toBe('2');
    const [header, ...rows] = parseCsv(await csvBody(response));
    expect(header?.slice(0, 14)).toEqual([
      'Number', 'Subject', 'Status', 'Priority', 'Channel', 'Category', 'Customer', 'Customer email', 'Company', 'Assignee',
      'Created (Europe/Berlin)', 'First response (Europe/Berlin)', 'Resolved (Europe/Berlin)', 'First response (min)',
    ]);
    expect(rows).toHaveLength(2);
    const [first, second] = rows;
    expect(first?.slice(0, 15)).toEqual([
      '1', `'=HYPERLINK("http://evil.example","click")`, 'resolved', 'high', 'chat', 'billing', "'@SUM(1+1)", 'casey@example.com', "'+Acme",
      'Ana Agent', '2025-06-02 10:00', '2025-06-02 10:30', '2025-06-02 12:00', '30', '120',
    ]);
    expect(first?.[17]).toBe('5');
    expect(first?.[18]).toMatch(/^2025-06-0\d \d\d:\d\d$/); // first response due, by the SLA targets
    expect(second?.slice(0, 3)).toEqual(['2', 'Comma, "quotes" and\nnew line — Ünïcode', 'open']);
    expect(second?.slice(10, 15)).toEqual(['2025-06-02 11:15', '', '', '', '']);
    expect(header).toHaveLength(first?.length ?? 0);
  });

  it('writes the same tickets as an Excel sheet with real dates, text never turned into formulas', async () => {
    const response = await get(admin, `tickets?format=xlsx&${berlinRange}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toContain('filename="tickets-2025-06-02-to-2025-06-03.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Tickets');
    expect(sheet?.rowCount).toBe(3);
    expect(sheet?.getRow(1).getCell(1).value).toBe('Number');
    const row = sheet?.getRow(2);
    expect(row?.getCell(1).value).toBe(1);
    expect(row?.getCell(2).value).toBe('=HYPERLINK("http://evil.example","click")');
    expect(row?.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(row?.getCell(7).value).toBe('@SUM(1+1)');
    expect(row?.getCell(10).value).toBe('Ana Agent');
    // Wall-clock time in Berlin, as Excel shows it.
    expect((row?.getCell(11).value as Date).toISOString()).toBe('2025-06-02T10:00:00.000Z');
    expect(row?.getCell(14).value).toBe(30);
    expect(sheet?.getRow(3).getCell(2).value).toBe('Comma, "quotes" and\nnew line — Ünïcode');
    expect(sheet?.getRow(3).getCell(12).value).toBeNull();
  });

  it('keeps streaming a large export, and the server keeps answering while it does', async () => {
    const { sqlite } = server.database;
    const customer = sqlite.prepare('select id from customers limit 1').pluck().get() as string;
    const insert = sqlite.prepare(
      `insert into tickets (id, number, subject, description, status, priority, channel, tags, customer_id, created_at, updated_at)
       values (?, ?, ?, 'bulk', 'open', 'low', 'web', '[]', ?, ?, ?)`,
    );
    const base = Date.UTC(2024, 0, 10);
    sqlite.transaction(() => {
      for (let i = 0; i < 20_000; i += 1) {
        const at = base + i * 60_000;
        insert.run(`01900000-0000-7000-8000-${String(i).padStart(12, '0')}`, 100 + i, `Bulk ticket ${i}`, customer, at, at);
      }
    })();
    const response = await get(admin, 'tickets?format=csv&from=2024-01-10&to=2024-01-31');
    expect(response.headers.get('x-total-rows')).toBe('20000');
    const reader = response.body?.getReader();
    if (!reader) throw new Error('no body');
    const decoder = new TextDecoder();
    let text = '';
    let chunks = 0;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      chunks += 1;
      if (chunks === 1) {
        // Mid-export, another request is served.
        const health = await fetch(`${server.url}/api/health`);
        expect(health.status).toBe(200);
      }
    }
    expect(chunks).toBeGreaterThan(5);
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(20_001);
    expect(lines[1]?.startsWith('100,Bulk ticket 0,')).toBe(true);
    expect(lines.at(-1)?.startsWith('20099,Bulk ticket 19999,')).toBe(true);
  });
});

describe('report export', () => {
  it('writes the chosen sections as one CSV, a table under each title', async () => {
    const response = await get(admin, `report?format=csv&sections=overview,agents&${berlinRange}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="analytics-report-2025-06-02-to-2025-06-03.csv"');
    const rows = parseCsv(await csvBody(response));
    const titles = rows.filter((row) => row.length === 1 && row[0]).map((row) => row[0]);
    expect(titles).toEqual(['Support analytics report', 'Key figures', 'Agent performance']);
    // The ticket at 23:00 on 1 June (Berlin) is the previous period's.
    expect(rows.find((row) => row[0] === 'Tickets created')?.slice(1, 4)).toEqual(['2', '1', '100']);
    expect(rows.find((row) => row[0] === 'Tickets resolved')?.slice(1, 2)).toEqual(['1']);
    expect(rows.find((row) => row[0] === 'Ana Agent')?.slice(1, 3)).toEqual(['1', '30']);
    expect(Number(response.headers.get('x-total-rows'))).toBeGreaterThan(10);
  });

  it('writes one sheet per table in Excel', async () => {
    const response = await get(admin, `report?format=xlsx&sections=tickets,chat&${berlinRange}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'About', 'Tickets per day', 'Channels', 'Categories', 'Resolution time', 'Priorities', 'Peak hours', 'Chat',
    ]);
    const channels = workbook.getWorksheet('Channels');
    expect(channels?.getRow(2).values).toEqual([undefined, 'email', 1, 50]);
    expect(channels?.getRow(3).values).toEqual([undefined, 'chat', 1, 50]);
    const days = workbook.getWorksheet('Tickets per day');
    expect(days?.getRow(2).values).toEqual([undefined, '2025-06-02', 2, 1]);
  });

  it('draws the report as a PDF with charts and tables whose text reads back', async () => {
    const response = await get(admin, `report?format=pdf&${berlinRange}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(Buffer.from(await response.arrayBuffer()));
    for (const expected of ['Support analytics report', '2025-06-02 to 2025-06-03 (Europe/Berlin)', 'Overview', 'Tickets per day', 'Key figures', 'Channel mix', 'Resolution time', 'Agent performance', 'Ana Agent', 'Customer insights', 'Knowledge base', 'Page 1 of']) {
      expect(text).toContain(expected);
    }
  });
});

describe('export permission and bad input', () => {
  it('refuses agents without can_export until an admin allows it, and again when it is taken away', async () => {
    const refused = await get(agent, `tickets?${berlinRange}`);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect((await agent.api.auth.me()).agent.canExport).toBe(false);

    expect((await admin.api.agents.update(agent.agentId, { canExport: true })).canExport).toBe(true);
    expect((await agent.api.auth.me()).agent.canExport).toBe(true);
    expect((await get(agent, `tickets?${berlinRange}`)).status).toBe(200);

    await admin.api.agents.update(agent.agentId, { canExport: false });
    expect((await get(agent, `report?format=csv&${berlinRange}`)).status).toBe(403);
  });

  it('answers 422 with the field for bad ranges, zones, formats, sections and unknown parameters', async () => {
    const before = tableCounts(server);
    const cases: [string, string][] = [
      ['tickets?from=2025-06-03&to=2025-06-02', 'to'],
      ['tickets?from=2020-01-01&to=2025-01-01', 'to'],
      ['tickets?range=30d&tz=Mars%2FOlympus', 'tz'],
      ['tickets?format=pdf', 'format'],
      ['tickets?range=30d&limit=5', 'limit'],
      ['report?sections=overview,gossip', 'sections'],
      ['report?format=docx', 'format'],
      ['report?range=30d&from=2025-01-01&to=2025-01-02', 'range'],
    ];
    for (const [path, field] of cases) {
      const response = await get(admin, path);
      expect(response.status, path).toBe(422);
      const body = (await response.json()) as { error: { code: string; fields: Record<string, string> } };
      expect(body.error.code).toBe('validation_failed');
      expect(Object.keys(body.error.fields), path).toContain(field);
    }
    expect(tableCounts(server)).toEqual(before);
  });
});
