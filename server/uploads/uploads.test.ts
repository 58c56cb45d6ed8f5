import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeAttachment } from '../../shared/schemas/attachments.ts';
import { newAgent, tableCounts, type SignedIn } from '../testing/client.ts';
import { startTestServer, type TestServer } from '../testing/harness.ts';

const api = '/api/support/knowledge/attachments';
const MB = 1024 * 1024;

let server: TestServer;
let admin: SignedIn;
let writer: SignedIn;
let other: SignedIn;
let uploadsDir: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await newAgent(server, 'admin', 'Ada Admin');
  writer = await newAgent(server, 'agent', 'Wes Writer');
  other = await newAgent(server, 'agent', 'Olga Other');
  uploadsDir = join(server.dataDir, 'uploads');
});
afterAll(() => server.close());

// ---- real files, made here ------------------------------------------------------------------

const solid = (width: number, height: number, background = '#2a6') => sharp({ create: { width, height, channels: 3, background } });
const png = (width = 64, height = 48) => solid(width, height).png().toBuffer();
const jpeg = (width = 64, height = 48) => solid(width, height).jpeg().toBuffer();
const webp = (width = 64, height = 48) => solid(width, height).webp().toBuffer();

async function animatedGif(width: number, height: number, frames = 3): Promise<Buffer> {
  const pages = await Promise.all(
    Array.from({ length: frames }, (_, i) =>
      sharp({ create: { width, height, channels: 4, background: { r: 60 * i, g: 120, b: 200, alpha: 1 } } }).png().toBuffer(),
    ),
  );
  return sharp(pages, { join: { animated: true } }).gif({ delay: 100 }).toBuffer();
}

function pdf(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ info: { Title: 'Returns policy' } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.text('You can return any item within 30 days.');
    doc.end();
  });
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const bytes = (value: string) => Buffer.from(value, 'latin1');

// ---- helpers --------------------------------------------------------------------------------

function form(file: Uint8Array | string | null, fileName = 'file.png', extra: Record<string, string> = {}, declaredType = 'image/png') {
  const data = new FormData();
  if (file !== null) data.append('file', new Blob([typeof file === 'string' ? file : new Uint8Array(file)], { type: declaredType }), fileName);
  for (const [key, value] of Object.entries(extra)) data.append(key, value);
  return data;
}

/** Encodes a FormData the way fetch would, so `raw()` (which defaults to JSON) sends it as multipart. */
async function encode(data: FormData) {
  const request = new Request('http://encode.invalid/', { method: 'POST', body: data });
  return { body: new Uint8Array(await request.arrayBuffer()), contentType: request.headers.get('content-type') ?? '' };
}

async function post(who: SignedIn, data: FormData, options: { csrf?: boolean } = {}) {
  const { body, contentType } = await encode(data);
  return who.raw(api, { method: 'POST', body, headers: { 'content-type': contentType }, csrf: options.csrf });
}

async function upload(who: SignedIn, file: Uint8Array, fileName: string, extra: Record<string, string> = {}): Promise<KnowledgeAttachment> {
  const response = await post(who, form(file, fileName, extra));
  const body = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(201);
  return body as KnowledgeAttachment;
}

const storedFiles = () => (existsSync(uploadsDir) ? readdirSync(uploadsDir).sort() : []);
const served = (url: string, init?: RequestInit) => fetch(`${server.url}${url}`, init);

/** Runs a request that must be refused, and proves it wrote no row and no file (not even a temp one). */
async function expectRefused(send: () => Promise<Response>, status: number, code: string): Promise<{ message: string; fields?: Record<string, string> }> {
  const rows = tableCounts(server);
  const files = storedFiles();
  const response = await send();
  const body = (await response.json()) as { error: { code: string; message: string; fields?: Record<string, string> } };
  expect(response.status, JSON.stringify(body)).toBe(status);
  expect(body.error.code).toBe(code);
  expect(tableCounts(server)).toEqual(rows);
  expect(storedFiles()).toEqual(files);
  return body.error;
}

// ---- tests ----------------------------------------------------------------------------------

describe('accepted uploads', () => {
  it('stores a PNG under <dataDir>/uploads/<id>, with its row, its audit entry and its hash', async () => {
    const rows = tableCounts(server);
    const attachment = await upload(writer, await png(64, 48), 'Screenshot 2024.png');
    expect(attachment).toMatchObject({
      url: `/uploads/${attachment.id}/Screenshot%202024.png`,
      fileName: 'Screenshot 2024.png',
      contentType: 'image/png',
      width: 64,
      height: 48,
      articleId: null,
      uploadedBy: { id: writer.agentId, name: 'Wes Writer' },
    });
    const stored = readFileSync(join(uploadsDir, attachment.id));
    expect(attachment.size).toBe(stored.length);
    expect(attachment.sha256).toBe(sha256(stored));
    expect(storedFiles()).toContain(attachment.id);
    expect(storedFiles().filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(tableCounts(server)).toMatchObject({ knowledge_attachments: (rows.knowledge_attachments ?? 0) + 1, audit_log: (rows.audit_log ?? 0) + 1 });
    const audit = server.database.sqlite
      .prepare('select action, actor_id as actorId from audit_log where entity_id = ?')
      .get(attachment.id) as { action: string; actorId: string };
    expect(audit).toEqual({ action: 'attachment.uploaded', actorId: writer.agentId });
  });

  it('uploads through the typed client (multipart, with the CSRF header)', async () => {
    const attachment = await writer.api.knowledge.upload(new Blob([await webp(30, 20)]), 'diagram.webp');
    expect(attachment).toMatchObject({ contentType: 'image/webp', width: 30, height: 20, fileName: 'diagram.webp' });
    const file = await served(attachment.url);
    expect((await sharp(Buffer.from(await file.arrayBuffer())).metadata()).format).toBe('webp');
  });

  it('scales large images down to 2000 px on the long side, and never up', async () => {
    const large = await upload(writer, await png(3000, 1500), 'wide.png');
    expect(large).toMatchObject({ width: 2000, height: 1000 });
    const metadata = await sharp(readFileSync(join(uploadsDir, large.id))).metadata();
    expect(metadata).toMatchObject({ format: 'png', width: 2000, height: 1000 });

    const tall = await upload(writer, await jpeg(900, 2600), 'tall.jpg');
    expect(tall).toMatchObject({ contentType: 'image/jpeg', width: 692, height: 2000 });

    const small = await upload(writer, await png(40, 30), 'small.png');
    expect(small).toMatchObject({ width: 40, height: 30 });
  });

  it('strips EXIF (GPS, camera, copyright) from JPEGs and turns them upright', async () => {
    const original = await solid(2400, 1200)
      .jpeg()
      .withExif({
        IFD0: { Make: 'SecretCam', Model: 'Spy 3000', Copyright: 'Private Person' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' },
      })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const before = await sharp(original).metadata();
    expect(before.exif).toBeDefined();
    expect(before.orientation).toBe(6);
    expect(original.includes('SecretCam')).toBe(true);

    const attachment = await upload(writer, original, 'IMG_0001.JPG');
    // Orientation 6 is a quarter turn: the stored image is upright, 2400×1200 → 1200×2400 → 1000×2000.
    expect(attachment).toMatchObject({ contentType: 'image/jpeg', fileName: 'IMG_0001.jpg', width: 1000, height: 2000 });
    const stored = Buffer.from(await (await served(attachment.url)).arrayBuffer());
    const after = await sharp(stored).metadata();
    expect(after).toMatchObject({ format: 'jpeg', width: 1000, height: 2000 });
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    for (const secret of ['SecretCam', 'Spy 3000', 'Private Person', 'Exif']) expect(stored.includes(secret)).toBe(false);
  });

  it('keeps GIF animation (every frame resized) and records one frame’s size', async () => {
    const attachment = await upload(writer, await animatedGif(2400, 1200), 'spinner.gif');
    expect(attachment).toMatchObject({ contentType: 'image/gif', width: 2000, height: 1000 });
    const metadata = await sharp(readFileSync(join(uploadsDir, attachment.id)), { animated: true }).metadata();
    expect(metadata).toMatchObject({ format: 'gif', pages: 3, width: 2000, pageHeight: 1000 });
  });

  it('stores PDFs byte for byte, without dimensions', async () => {
    const document = await pdf();
    const attachment = await upload(writer, document, 'Returns policy.pdf');
    expect(attachment).toMatchObject({ contentType: 'application/pdf', width: null, height: null, size: document.length, sha256: sha256(document) });
    expect(readFileSync(join(uploadsDir, attachment.id)).equals(document)).toBe(true);
  });

  it('accepts a file of exactly 10 MB', async () => {
    const document = Buffer.alloc(10 * MB, 0x20);
    document.write('%PDF-1.4\n', 0, 'latin1');
    document.write('%%EOF\n', document.length - 6, 'latin1');
    const attachment = await upload(writer, document, 'big.pdf');
    expect(attachment.size).toBe(10 * MB);
  });

  it('decides the type from the bytes: a JPEG named .png with Content-Type image/png is a .jpg', async () => {
    const response = await post(writer, form(await jpeg(), 'photo.png', {}, 'image/png'));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ contentType: 'image/jpeg', fileName: 'photo.jpg' });
  });

  it('sanitises file names: no directories, separators, controls or misleading extensions', async () => {
    const cases: [string, Buffer | Promise<Buffer>, string][] = [
      ['../../../lantern.db.png', png(), 'lantern-db.png'],
      ['..\\..\\secret.php', png(), 'secret.png'],
      ['invoice\u202Efdp.exe', pdf(), 'invoicefdp.pdf'],
      ['<img src=x onerror=alert(1)>.gif', animatedGif(10, 10), 'img src-x onerror-alert(1).gif'],
      ['Überweisung März.pdf', pdf(), 'Überweisung März.pdf'],
    ];
    for (const [name, file, expected] of cases) {
      const attachment = await upload(writer, await file, name);
      expect(attachment.fileName).toBe(expected);
      expect(attachment.url).toBe(`/uploads/${attachment.id}/${encodeURIComponent(expected)}`);
    }
  });

  it('attaches to an existing article and lists by article, newest first, paginated', async () => {
    const article = await writer.api.knowledge.articles.create({ title: 'Sending a parcel back', content: 'Print the label and drop it off.' });
    const first = await upload(writer, await png(), 'label.png', { articleId: article.id });
    const second = await upload(other, await pdf(), 'label.pdf', { articleId: article.id });

    const page = await writer.api.knowledge.attachments.list({ articleId: article.id });
    expect(page.items.map((a) => a.id)).toEqual([second.id, first.id]);
    expect(page.items[0]).toMatchObject({ articleId: article.id, uploadedBy: { name: 'Olga Other' } });

    const one = await writer.api.knowledge.attachments.list({ articleId: article.id, limit: 1 });
    expect(one.items.map((a) => a.id)).toEqual([second.id]);
    const next = await writer.api.knowledge.attachments.list({ articleId: article.id, limit: 1, cursor: one.nextCursor ?? '' });
    expect(next).toEqual({ items: [expect.objectContaining({ id: first.id })], nextCursor: null });

    const all = await writer.api.knowledge.attachments.list({ limit: 100 });
    expect(all.items.length).toBeGreaterThan(2);
    expect((await writer.raw(`${api}?articleId=nope`)).status).toBe(422);
  });

  it('accepts an API token (no CSRF needed for Bearer requests)', async () => {
    const { secret } = await admin.api.apiTokens.create({ name: 'CMS sync' });
    const response = await fetch(`${server.url}${api}`, { method: 'POST', headers: { authorization: `Bearer ${secret}` }, body: form(await png(), 'from-cms.png') });
    expect(response.status).toBe(201);
  });
});

describe('refused uploads write nothing', () => {
  it.each([
    ['HTML', '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>'],
    ['JavaScript', 'fetch("/api/support/agents").then(r => r.text()).then(t => navigator.sendBeacon("//evil.example", t))'],
    ['SVG', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'],
    ['PHP', '<?php system($_GET["cmd"]); ?>'],
  ])('%s named .png (sent as image/png) → 415', async (_, content) => {
    const error = await expectRefused(() => post(writer, form(content, 'innocent.png', {}, 'image/png')), 415, 'unsupported_media_type');
    expect(error.message).toMatch(/PNG, JPEG, WebP or GIF images and PDF documents/);
    expect(error.message).toMatch(/not from its name/);
  });

  it('refuses a polyglot that starts with text and carries a real PNG', async () => {
    const polyglot = Buffer.concat([bytes('<html><script>alert(1)</script><!--'), await png()]);
    await expectRefused(() => post(writer, form(polyglot, 'x.png')), 415, 'unsupported_media_type');
  });

  it('refuses a GIF/JavaScript polyglot: right magic bytes, not an image', async () => {
    const polyglot = bytes('GIF89a/*\x01\x00\x01\x00\x00\x00\x00*/=1;alert(document.domain);//');
    const error = await expectRefused(() => post(writer, form(polyglot, 'x.gif')), 415, 'unsupported_media_type');
    expect(error.message).toMatch(/starts like a GIF image but could not be decoded/);
  });

  it('neutralises payloads hidden in a valid image: the stored file is freshly encoded', async () => {
    const carrier = Buffer.concat([await png(), bytes('<script>alert(1)</script><?php echo 1; ?>')]);
    const attachment = await upload(writer, carrier, 'carrier.png');
    const stored = readFileSync(join(uploadsDir, attachment.id));
    expect(stored.includes('<script>')).toBe(false);
    expect(stored.includes('<?php')).toBe(false);
  });

  it('refuses a truncated PDF and a fake one', async () => {
    const document = await pdf();
    await expectRefused(() => post(writer, form(document.subarray(0, document.length - 2048), 'cut.pdf')), 415, 'unsupported_media_type');
    await expectRefused(() => post(writer, form('%PDF-1.4\n<script>alert(1)</script>', 'fake.pdf')), 415, 'unsupported_media_type');
  });

  it('refuses a decompression bomb (a small PNG of 100 megapixels) with 413', async () => {
    const bomb = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: '#000' } }).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.length).toBeLessThan(MB);
    const error = await expectRefused(() => post(writer, form(bomb, 'bomb.png')), 413, 'payload_too_large');
    expect(error.message).toMatch(/10000×10000 pixels/);
  });

  it('refuses 11 MB with 413 from its Content-Length', async () => {
    const huge = Buffer.alloc(11 * MB, 0x41);
    huge.write('%PDF-1.4\n', 0, 'latin1');
    let connection: string | null = null;
    const error = await expectRefused(
      async () => {
        const response = await post(writer, form(huge, 'huge.pdf'));
        connection = response.headers.get('connection');
        return response;
      },
      413,
      'payload_too_large',
    );
    expect(error.message).toBe('Files are limited to 10 MB');
    expect(connection).toBe('close');
  });

  it('refuses a file just over 10 MB with 413', async () => {
    const over = Buffer.alloc(10 * MB + 1, 0x20);
    over.write('%PDF-1.4\n', 0, 'latin1');
    over.write('%%EOF\n', over.length - 6, 'latin1');
    await expectRefused(() => post(writer, form(over, 'over.pdf')), 413, 'payload_too_large');
  });

  it('refuses an oversized body sent without Content-Length (chunked), counting as it reads', async () => {
    const { body, contentType } = await encode(form(Buffer.alloc(11 * MB, 0x20), 'chunked.pdf'));
    let offset = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= body.length) return controller.close();
        controller.enqueue(body.subarray(offset, offset + 256 * 1024));
        offset += 256 * 1024;
      },
    });
    await expectRefused(
      () =>
        writer.raw(api, { method: 'POST', body: stream, headers: { 'content-type': contentType }, duplex: 'half' } as RequestInit),
      413,
      'payload_too_large',
    );
  });

  it('refuses a missing file field with 422', async () => {
    const error = await expectRefused(() => post(writer, form(null, '', { articleId: '' })), 422, 'validation_failed');
    expect(error.fields).toEqual({ file: 'is required' });
  });

  it('refuses an article id that names no article with 422, before storing anything', async () => {
    const error = await expectRefused(
      () => post(writer, form(bytes('x'), 'a.png', { articleId: '01900000-0000-7000-8000-000000000000' })),
      422,
      'validation_failed',
    );
    expect(error.fields).toEqual({ articleId: 'is not an article' });
  });

  it('refuses JSON and other non-multipart bodies with 415', async () => {
    await expectRefused(() => writer.raw(api, { method: 'POST', body: JSON.stringify({ file: 'iVBORw0KGgo=' }) }), 415, 'unsupported_media_type');
    await expectRefused(
      () => writer.raw(api, { method: 'POST', body: new Uint8Array(8), headers: { 'content-type': 'image/png' } }),
      415,
      'unsupported_media_type',
    );
  });
});

describe('serving /uploads/:id/:name', () => {
  let image: KnowledgeAttachment;
  let document: KnowledgeAttachment;
  let german: KnowledgeAttachment;

  beforeAll(async () => {
    image = await upload(writer, await png(20, 10), 'chart.png');
    document = await upload(writer, await pdf(), 'terms.pdf');
    german = await upload(writer, await pdf(), 'Größentabelle.pdf');
  });

  const securityHeaders = (response: Response) =>
    Object.fromEntries(
      ['content-type', 'x-content-type-options', 'content-disposition', 'cache-control', 'content-security-policy', 'cross-origin-resource-policy'].map(
        (name) => [name, response.headers.get(name)],
      ),
    );
  const policy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

  it('serves images inline with locked-down headers', async () => {
    const response = await served(image.url);
    expect(response.status).toBe(200);
    expect(securityHeaders(response)).toEqual({
      'content-type': 'image/png',
      'x-content-type-options': 'nosniff',
      'content-disposition': 'inline; filename="chart.png"',
      'cache-control': 'public, max-age=31536000, immutable',
      'content-security-policy': policy,
      'cross-origin-resource-policy': 'cross-origin',
    });
    const body = Buffer.from(await response.arrayBuffer());
    expect(sha256(body)).toBe(image.sha256);
    expect(response.headers.get('content-length')).toBe(String(image.size));
  });

  it('serves PDFs as downloads, with filename* for non-ASCII names', async () => {
    expect(securityHeaders(await served(document.url))).toEqual({
      'content-type': 'application/pdf',
      'x-content-type-options': 'nosniff',
      'content-disposition': 'attachment; filename="terms.pdf"',
      'cache-control': 'public, max-age=31536000, immutable',
      'content-security-policy': policy,
      'cross-origin-resource-policy': 'cross-origin',
    });
    expect((await served(german.url)).headers.get('content-disposition')).toBe(
      `attachment; filename="Gr__entabelle.pdf"; filename*=UTF-8''Gr%C3%B6%C3%9Fentabelle.pdf`,
    );
  });

  it('answers HEAD with the same headers and no body', async () => {
    const response = await served(image.url, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(securityHeaders(response)).toEqual(securityHeaders(await served(image.url)));
    expect(response.headers.get('content-length')).toBe(String(image.size));
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it('answers If-None-Match with 304 (content never changes)', async () => {
    const first = await served(image.url);
    const etag = first.headers.get('etag');
    expect(etag).toBe(`"${image.sha256}"`);
    const again = await served(image.url, { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
  });

  it('treats the name as cosmetic: the id alone picks the file and the headers', async () => {
    const response = await served(`/uploads/${document.id}/anything.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="terms.pdf"');
  });

  it('needs no sign-in (the widget shows these on other sites)', async () => {
    expect((await fetch(`${server.url}${image.url}`, { headers: { origin: 'https://shop.example' } })).status).toBe(200);
  });

  it.each([
    ['unknown id', '/uploads/01900000-0000-7000-8000-000000000000/chart.png'],
    ['id that is not an id', '/uploads/lantern.db/chart.png'],
    ['traversal in the id', '/uploads/..%2Flantern.db/x.png'],
    ['traversal in the id, twice encoded', '/uploads/..%252Flantern.db/x.png'],
    ['traversal to the secret', '/uploads/..%2F..%2Fsecret/x'],
    ['backslash traversal', '/uploads/..%5Clantern.db/x'],
    ['a temp-file name', '/uploads/.tmp/x'],
    ['no name', '/uploads/01900000-0000-7000-8000-000000000000'],
  ])('answers 404 for %s', async (_, path) => {
    const response = await served(path);
    expect(response.status).toBe(404);
    const text = await response.text();
    expect(text).not.toContain('SQLite format');
    expect(text).not.toContain(server.config.secret);
  });

  it('answers 404 for traversal in the name of a real id', async () => {
    for (const name of ['..%2F..%2Flantern.db', '..%2Fsecret', '..%5C..%5Csecret', '%2E%2E%2Fsecret', 'a%00b.png']) {
      expect((await served(`/uploads/${image.id}/${name}`)).status, name).toBe(404);
    }
  });
});

describe('who may upload and delete', () => {
  it('refuses anonymous uploads with 401', async () => {
    await expectRefused(() => fetch(`${server.url}${api}`, { method: 'POST', body: form(bytes('x'), 'a.png') }), 401, 'unauthenticated');
    expect((await fetch(`${server.url}${api}`)).status).toBe(401);
  });

  it('refuses a signed-in upload without the CSRF token with 403', async () => {
    await expectRefused(async () => post(writer, form(await png(), 'a.png'), { csrf: false }), 403, 'csrf_failed');
  });

  it('lets the uploader and admins delete, but not another agent', async () => {
    const mine = await upload(writer, await png(), 'mine.png');
    const theirs = await upload(writer, await png(), 'theirs.png');

    const error = await expectRefused(() => other.raw(`${api}/${mine.id}`, { method: 'DELETE' }), 403, 'forbidden');
    expect(error.message).toMatch(/Only admins and the agent who uploaded/);
    expect((await served(mine.url)).status).toBe(200);

    await expectRefused(() => writer.raw(`${api}/${mine.id}`, { method: 'DELETE', csrf: false }), 403, 'csrf_failed');

    expect((await writer.raw(`${api}/${mine.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await admin.raw(`${api}/${theirs.id}`, { method: 'DELETE' })).status).toBe(204);
    for (const gone of [mine, theirs]) {
      expect(existsSync(join(uploadsDir, gone.id))).toBe(false);
      expect((await served(gone.url)).status).toBe(404);
    }
    const audit = server.database.sqlite
      .prepare("select actor_id as actorId from audit_log where entity_id = ? and action = 'attachment.deleted'")
      .get(theirs.id) as { actorId: string };
    expect(audit.actorId).toBe(admin.agentId);

    expect((await admin.raw(`${api}/${theirs.id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await admin.raw(`${api}/..%2F..%2Flantern.db`, { method: 'DELETE' })).status).toBe(404);
    expect(existsSync(server.config.databaseFile)).toBe(true);
  });
});
