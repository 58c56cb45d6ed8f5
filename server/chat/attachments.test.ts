import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadChatFile } from '../../shared/api/widget-chat.ts';
import type { ChatAttachment } from '../../shared/chat/protocol.ts';
import type { ApiErrorBody } from '../../shared/errors.ts';
import { attachmentLimits } from '../../shared/schemas/attachments.ts';
import { tableCounts } from '../testing/client.ts';
import { agent, newClientId, startChatAs, startChatServer, visitor, widgetRaw, type ChatFixture, type TestAgent, type TestVisitor } from './testing/fixtures.ts';

/**
 * Chat files: typed by their bytes (a lying extension is 415), size-limited (413), nothing stored
 * when refused; served only with the signature from the message, as stored, never sniffed.
 */

let fx: ChatFixture;
let sam: TestAgent;
let ana: TestVisitor;
let sessionId: string;
let png: Buffer;
beforeAll(async () => {
  fx = await startChatServer();
  sam = await agent(fx, 'agent', 'Sam');
  ana = await visitor(fx);
  sessionId = (await startChatAs(fx, ana, { name: 'Ana', message: 'Here is a photo of the damage' })).session.id;
  png = await sharp({ create: { width: 8, height: 6, channels: 3, background: '#c33' } }).png().toBuffer();
});
afterAll(() => fx?.server.close());

const storedFiles = () => readdirSync(join(fx.server.dataDir, 'uploads')).filter((name) => !name.startsWith('.'));

function form(bytes: Uint8Array | Buffer, name: string) {
  const body = new FormData();
  body.append('file', new Blob([new Uint8Array(bytes)]), name);
  return body;
}

const customerUpload = (bytes: Uint8Array | Buffer, name: string, token = ana.pass.token, session = sessionId) =>
  widgetRaw(fx, `sessions/${session}/attachments`, { method: 'POST', body: form(bytes, name), token });

describe('uploads', () => {
  it('the customer uploads an image, sends it in a message, and the file is served with its signature', async () => {
    const attachment = await uploadChatFile(fx.at, ana.pass.token, sessionId, new Blob([new Uint8Array(png)]), 'damage.PNG');
    expect(attachment).toMatchObject({ fileName: 'damage.png', contentType: 'image/png' });
    expect(attachment.url).toMatch(new RegExp(`^/api/chat-files/${attachment.id}\\?sig=[\\w-]+$`));

    const sent = await fx.store.appendMessage({ sessionId, who: ana.who, clientId: newClientId(), body: '', attachmentIds: [attachment.id], internal: false });
    expect(sent.message.attachments).toEqual([attachment]);

    const file = await fetch(`${fx.server.url}${attachment.url}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-disposition')).toBe('inline; filename="damage.png"');
    expect(file.headers.get('content-security-policy')).toContain('sandbox');
    const served = Buffer.from(await file.arrayBuffer());
    expect(served.subarray(0, 8)).toEqual(png.subarray(0, 8));
    expect((await sharp(served).metadata()).width).toBe(8);
  });

  it('agents upload too; a PDF downloads as an attachment', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
    const attachment = await sam.signedIn.api.chats.uploadAttachment(sessionId, new Blob([pdf]), 'refund-form.pdf');
    expect(attachment).toMatchObject({ contentType: 'application/pdf', fileName: 'refund-form.pdf', size: pdf.length });
    const file = await fetch(`${fx.server.url}${attachment.url}`);
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="refund-form.pdf"');
    expect(Buffer.from(await file.arrayBuffer())).toEqual(pdf);
  });

  it('refuses a file whose bytes are not what its name says (HTML named .png) with 415, storing nothing', async () => {
    const before = { rows: tableCounts(fx.server), files: storedFiles() };
    for (const [bytes, name] of [
      [Buffer.from('<html><script>alert(document.cookie)</script></html>'), 'photo.png'],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'logo.svg'],
      [Buffer.concat([Buffer.from('<!--'), png]), 'polyglot.png'],
      [Buffer.from('%PDF-1.4 but no end marker'), 'cut.pdf'],
    ] as const) {
      const response = await customerUpload(bytes, name);
      expect(response.status, name).toBe(415);
      expect(((await response.json()) as ApiErrorBody).error.code).toBe('unsupported_media_type');
    }
    const agentTry = await sam.signedIn.raw(`/api/support/chats/${sessionId}/attachments`, { method: 'POST', body: form(Buffer.from('<html></html>'), 'x.jpg') });
    expect(agentTry.status).toBe(415);
    expect(tableCounts(fx.server)).toEqual(before.rows);
    expect(storedFiles()).toEqual(before.files);
  });

  it('refuses files over the limit with 413, storing nothing', async () => {
    const before = { rows: tableCounts(fx.server), files: storedFiles() };
    const big = Buffer.alloc(attachmentLimits.fileBytes + 1024, 0);
    png.copy(big);
    const response = await customerUpload(big, 'huge.png');
    expect(response.status).toBe(413);
    expect(tableCounts(fx.server)).toEqual(before.rows);
    expect(storedFiles()).toEqual(before.files);
  });

  it('refuses uploads to ended chats, other people’s chats, and forms with other fields', async () => {
    const bob = await visitor(fx);
    const { session } = await startChatAs(fx, bob, { name: 'Bob' });
    await fx.store.close(session.id, bob.who);
    const before = { rows: tableCounts(fx.server), files: storedFiles() };
    expect((await customerUpload(png, 'a.png', bob.pass.token, session.id)).status).toBe(409);
    expect((await customerUpload(png, 'a.png', bob.pass.token, sessionId)).status).toBe(404);
    expect((await customerUpload(png, 'a.png', 'not-a-token')).status).toBe(401);
    const extra = form(png, 'a.png');
    extra.append('articleId', '01900000-0000-7000-8000-000000000000');
    expect((await widgetRaw(fx, `sessions/${sessionId}/attachments`, { method: 'POST', body: extra, token: ana.pass.token })).status).toBe(422);
    const notMultipart = await widgetRaw(fx, `sessions/${sessionId}/attachments`, { method: 'POST', body: '{}', token: ana.pass.token });
    expect(notMultipart.status).toBe(415);
    expect(tableCounts(fx.server)).toEqual(before.rows);
    expect(storedFiles()).toEqual(before.files);
  });
});

describe('serving', () => {
  let attachment: ChatAttachment;
  beforeAll(async () => {
    attachment = await uploadChatFile(fx.at, ana.pass.token, sessionId, new Blob([new Uint8Array(png)]), 'x.png');
  });

  it('refuses a missing, wrong or borrowed signature with 403, and unknown ids with 404', async () => {
    const other = await uploadChatFile(fx.at, ana.pass.token, sessionId, new Blob([new Uint8Array(png)]), 'y.png');
    const otherSig = new URL(other.url, fx.server.url).searchParams.get('sig') ?? '';
    const path = `/api/chat-files/${attachment.id}`;
    for (const query of ['', '?sig=', '?sig=abc', `?sig=${otherSig}`]) {
      const response = await fetch(`${fx.server.url}${path}${query}`);
      expect(response.status, query).toBe(403);
    }
    expect((await fetch(`${fx.server.url}/api/chat-files/not-an-id?sig=x`)).status).toBe(404);
    // Chat files are not reachable as public knowledge-base uploads either.
    expect((await fetch(`${fx.server.url}/uploads/${attachment.id}/x.png`)).status).toBe(404);
  });
});
