import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatMessages, chatReads } from '../db/schema.ts';
import { HttpChatStore } from '../rooms/http-store.ts';
import { agent, newClientId, startChatAs, startChatServer, visitor, type ChatFixture, type TestAgent, type TestVisitor } from './testing/fixtures.ts';

/**
 * Messages: stored once per client id however often they are retried, numbered without gaps or
 * repeats however many writers race, and held to the chat's rules. Written through the rooms'
 * store, in-process and over the internal RPC (as rooms on PartyKit call it).
 */

let fx: ChatFixture;
let http: HttpChatStore;
let sam: TestAgent;
beforeAll(async () => {
  fx = await startChatServer();
  http = new HttpChatStore({ apiUrl: fx.server.url, secret: fx.server.config.roomsSecret });
  sam = await agent(fx, 'agent', 'Sam Agent');
});
afterAll(() => fx?.server.close());

async function newChat(): Promise<{ v: TestVisitor; sessionId: string }> {
  const v = await visitor(fx);
  const { session } = await startChatAs(fx, v);
  return { v, sessionId: session.id };
}

const seqsOf = (sessionId: string) =>
  fx.server.database.db
    .select({ seq: chatMessages.seq, clientId: chatMessages.clientId })
    .from(chatMessages)
    .where(eq(chatMessages.sessionId, sessionId))
    .orderBy(asc(chatMessages.seq))
    .all();

const say = (sessionId: string, who: TestVisitor['who'] | TestAgent['who'], clientId: string, body = 'hello', extra: { internal?: boolean; attachmentIds?: string[] } = {}) => ({
  sessionId,
  who,
  clientId,
  body,
  attachmentIds: extra.attachmentIds ?? [],
  internal: extra.internal ?? false,
});

describe('delivery', () => {
  it('stores a message once however often it is retried, even all at once, and answers every retry with the original', async () => {
    const { v, sessionId } = await newChat();
    const clientId = newClientId();
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? http : fx.store).appendMessage(say(sessionId, v.who, clientId, 'only once'))));
    expect(new Set(answers.map((a) => a.message.id)).size).toBe(1);
    expect(answers.filter((a) => !a.duplicate)).toHaveLength(1);
    expect(answers.filter((a) => a.duplicate).every((a) => a.effects.length === 0)).toBe(true);
    expect(seqsOf(sessionId)).toEqual([{ seq: 1, clientId }]);
  });

  it('numbers messages 1, 2, 3… without gaps or repeats under concurrent writers, retries included', async () => {
    const { v, sessionId } = await newChat();
    const ids = Array.from({ length: 60 }, () => newClientId());
    // Customer and agent, in-process and over HTTP, every message sent twice, all at once.
    const sends = ids.flatMap((clientId, i) => {
      const who = i % 3 === 0 ? sam.who : v.who;
      return [fx.store.appendMessage(say(sessionId, who, clientId, `m${i}`)), http.appendMessage(say(sessionId, who, clientId, `m${i}`))];
    });
    const answers = await Promise.all(sends);
    for (let i = 0; i < ids.length; i += 1) expect(answers[2 * i]?.message.seq).toBe(answers[2 * i + 1]?.message.seq);
    const rows = seqsOf(sessionId);
    expect(rows.map((r) => r.seq)).toEqual(ids.map((_, i) => i + 1));
    expect(new Set(rows.map((r) => r.clientId))).toEqual(new Set(ids));
  });

  it('acks messages sent together only once they are committed, numbered without gaps, and as the history shows them', async () => {
    const a = await newChat();
    const b = await newChat();
    const ended = await newChat();
    await fx.store.close(ended.sessionId, ended.v.who);
    // Another connection to the file sees a message only once its transaction has committed.
    const reader = new Database(fx.server.config.databaseFile, { readonly: true });
    const committedSeq = reader.prepare('select seq from chat_messages where id = ?').pluck();
    const first = newClientId();
    const sends = [
      say(a.sessionId, a.v.who, first, 'hello'),
      say(b.sessionId, b.v.who, newClientId(), 'hi from b'),
      say(a.sessionId, sam.who, newClientId(), 'Hi, Sam here'),
      say(a.sessionId, a.v.who, first, 'hello'), // a retry, in the same turn
      say(a.sessionId, a.v.who, newClientId(), 'psst', { internal: true }), // refused: customers write no notes
      say(ended.sessionId, ended.v.who, newClientId(), 'too late'), // refused: the chat has ended
      say(a.sessionId, sam.who, newClientId(), 'a note', { internal: true }),
      say(b.sessionId, sam.who, newClientId(), 'hello b'),
      say(a.sessionId, a.v.who, newClientId(), 'thanks'),
    ];
    const outcomes = await Promise.allSettled(
      sends.map((input) =>
        fx.store.appendMessage(input).then((result) => ({ result, seqWhenAcked: committedSeq.get(result.message.id) as number | undefined })),
      ),
    );
    reader.close();
    const acked = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
    expect(outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value.result.message.seq : (outcome.reason as { code: string }).code))).toEqual([
      1, 1, 2, 1, 'forbidden', 'closed', 3, 2, 4,
    ]);
    for (const { result, seqWhenAcked } of acked) expect(seqWhenAcked).toBe(result.message.seq);
    expect(acked.map(({ result }) => result.duplicate)).toEqual([false, false, false, true, false, false, false]);
    expect(seqsOf(a.sessionId).map((row) => row.seq)).toEqual([1, 2, 3, 4]);
    expect(seqsOf(b.sessionId).map((row) => row.seq)).toEqual([1, 2]);
    expect((await fx.store.messagesAfter(ended.sessionId, 0, 'agent')).map((m) => m.body)).not.toContain('too late');
    // What the ack carried is exactly what the history gives, names and all.
    const history = [...(await fx.store.messagesAfter(a.sessionId, 0, 'agent')), ...(await fx.store.messagesAfter(b.sessionId, 0, 'agent'))];
    for (const { result } of acked) expect(result.message).toEqual(history.find((m) => m.id === result.message.id));
  });

  it('keeps numbering right with a second process writing to the same database file at the same time', { timeout: 60_000 }, async () => {
    const { v, sessionId } = await newChat();
    const worker = spawn(
      process.execPath,
      ['--import', 'tsx', resolve(import.meta.dirname, 'testing/append-worker.ts'), fx.server.config.databaseFile, sessionId, JSON.stringify(v.who), 'other', '150'],
      { cwd: resolve(import.meta.dirname, '../..'), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    worker.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    worker.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const exited = new Promise<number | null>((done) => worker.on('exit', done));
    const mine: number[] = [];
    // Write here until the worker is done (and a little more), so the two really overlap.
    let i = 0;
    let finished = false;
    void exited.then(() => (finished = true));
    while (!finished || i < 150) {
      mine.push((await http.appendMessage(say(sessionId, sam.who, `here-${String(i).padStart(5, '0')}`, `from the server ${i}`))).message.seq);
      i += 1;
    }
    expect(await exited, err).toBe(0);
    const theirs = JSON.parse(out) as number[];
    expect(theirs).toHaveLength(150);
    const rows = seqsOf(sessionId);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, n) => n + 1));
    expect(rows).toHaveLength(150 + mine.length);
    expect(new Set([...mine, ...theirs]).size).toBe(rows.length);
    // They really raced: the other process's messages are spread among ours, not in one block.
    expect((theirs.at(-1) ?? 0) - (theirs[0] ?? 0) + 1).toBeGreaterThan(theirs.length);
    // Each writer's own messages are in its send order.
    for (const list of [mine, theirs]) expect([...list].sort((a, b) => a - b)).toEqual(list);
  });
});

describe('rules', () => {
  it('customers cannot write internal notes; notes never reach a customer', async () => {
    const { v, sessionId } = await newChat();
    await expect(fx.store.appendMessage(say(sessionId, v.who, newClientId(), 'psst', { internal: true }))).rejects.toMatchObject({ code: 'forbidden' });
    await fx.store.appendMessage(say(sessionId, v.who, newClientId(), 'Where is my parcel?'));
    const note = await fx.store.appendMessage(say(sessionId, sam.who, newClientId(), 'Carrier lost it; refund', { internal: true }));
    await fx.store.appendMessage(say(sessionId, sam.who, newClientId(), 'Let me check that for you'));
    expect(note.message).toMatchObject({ internal: true, sender: { type: 'agent', name: 'Sam Agent' } });

    const customerView = await fx.store.messagesAfter(sessionId, 0, 'customer');
    expect(customerView.map((m) => m.body)).toEqual(['Where is my parcel?', 'Let me check that for you']);
    expect(JSON.stringify(customerView)).not.toContain('refund');
    expect((await http.messagesAfter(sessionId, 0, 'customer')).map((m) => m.seq)).toEqual(customerView.map((m) => m.seq));
    expect((await fx.store.messagesAfter(sessionId, 0, 'agent')).map((m) => m.body)).toContain('Carrier lost it; refund');
    expect((await fx.store.messagesAfter(sessionId, 2, 'agent')).map((m) => m.seq)).toEqual([3]);
  });

  it('refuses empty messages, too many or foreign files, and a client id taken by the other side', async () => {
    const { v, sessionId } = await newChat();
    const { sessionId: otherSessionId, v: other } = await newChat();
    await expect(fx.store.appendMessage(say(sessionId, v.who, newClientId(), '   '))).rejects.toMatchObject({ code: 'validation_failed', fields: { body: 'is required' } });
    await expect(fx.store.appendMessage(say(sessionId, v.who, newClientId(), 'x'.repeat(4001)))).rejects.toMatchObject({ code: 'validation_failed' });

    const form = new FormData();
    form.append('file', new Blob([Buffer.from('%PDF-1.4\nhello\n%%EOF\n')]), 'receipt.pdf');
    const upload = await fetch(`${fx.server.url}/api/widget/sites/${fx.site.publicKey}/chat/sessions/${otherSessionId}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${other.pass.token}` },
      body: form,
    });
    const foreignFile = ((await upload.json()) as { id: string }).id;
    await expect(fx.store.appendMessage(say(sessionId, v.who, newClientId(), 'see file', { attachmentIds: [foreignFile] }))).rejects.toMatchObject({
      code: 'validation_failed',
      fields: { attachmentIds: 'must be files uploaded to this chat' },
    });
    // Over HTTP too, the same refusal comes back as the same error.
    await expect(http.appendMessage(say(sessionId, v.who, newClientId(), 'see file', { attachmentIds: [foreignFile] }))).rejects.toMatchObject({ name: 'ChatRuleError', code: 'validation_failed' });
    const fileOnly = await fx.store.appendMessage(say(otherSessionId, other.who, newClientId(), '', { attachmentIds: [foreignFile] }));
    expect(fileOnly.message).toMatchObject({ kind: 'file', attachments: [{ id: foreignFile, fileName: 'receipt.pdf', contentType: 'application/pdf' }] });

    const taken = newClientId();
    await fx.store.appendMessage(say(sessionId, v.who, taken));
    await expect(fx.store.appendMessage(say(sessionId, sam.who, taken))).rejects.toMatchObject({ code: 'conflict' });
    expect(seqsOf(sessionId)).toHaveLength(1);
  });

  it('an ended chat takes no new messages, but a retry of one stored before still gets its ack', async () => {
    const { v, sessionId } = await newChat();
    const early = newClientId();
    const stored = await fx.store.appendMessage(say(sessionId, v.who, early, 'before the end'));
    await fx.store.close(sessionId, v.who);
    await expect(fx.store.appendMessage(say(sessionId, v.who, newClientId(), 'after'))).rejects.toMatchObject({ code: 'closed' });
    await expect(http.appendMessage(say(sessionId, sam.who, newClientId(), 'after'))).rejects.toMatchObject({ code: 'closed' });
    const retry = await fx.store.appendMessage(say(sessionId, v.who, early, 'before the end'));
    expect(retry).toMatchObject({ duplicate: true, message: { id: stored.message.id } });
  });

  it('read positions move forward only, never past the last message, and the sender has read their own', async () => {
    const { v, sessionId } = await newChat();
    for (let i = 0; i < 3; i += 1) await fx.store.appendMessage(say(sessionId, v.who, newClientId()));
    expect(await fx.store.readState(sessionId)).toEqual({ customer: 3, agent: 0 });
    expect(await fx.store.markRead(sessionId, sam.who, 2)).toEqual({ customer: 3, agent: 2 });
    expect(await fx.store.markRead(sessionId, sam.who, 1)).toEqual({ customer: 3, agent: 2 });
    expect(await http.markRead(sessionId, sam.who, 99)).toEqual({ customer: 3, agent: 3 });
    const rows = fx.server.database.db.select().from(chatReads).where(eq(chatReads.sessionId, sessionId)).all();
    expect(rows.map((r) => r.lastReadSeq).sort()).toEqual([3, 3]);
    expect((await fx.store.chatSummary(sessionId, sam.who.agentId))?.unread).toBe(0);
    await fx.store.appendMessage(say(sessionId, v.who, newClientId(), 'and one more'));
    expect((await fx.store.chatSummary(sessionId, sam.who.agentId))?.unread).toBe(1);
  });
});
