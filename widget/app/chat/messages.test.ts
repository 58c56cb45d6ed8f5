import { describe, expect, it } from 'vitest';
import type { ChatMessage, ChatSender } from '../../../shared/chat/protocol.ts';
import { lastSeq, mergeMessages, unreadCount, unsettled, type Outgoing } from './messages.ts';

const agent: ChatSender = { type: 'agent', id: 'a1', name: 'Sam', avatarUrl: null };
const customer: ChatSender = { type: 'customer', name: 'Ada' };
const system: ChatSender = { type: 'system' };

function message(seq: number, sender: ChatSender = customer, clientId: string | null = null, body = `#${seq}`): ChatMessage {
  return {
    id: `m${seq}`,
    sessionId: 's1',
    seq,
    clientId,
    sender,
    kind: sender.type === 'system' ? 'system' : 'text',
    body,
    attachments: [],
    internal: false,
    createdAt: '2025-01-01T00:00:00.000Z',
  };
}
const outgoing = (clientId: string): Outgoing => ({ clientId, body: clientId, attachments: [], files: [], failed: null });
const seqs = (messages: ChatMessage[]) => messages.map(({ seq }) => seq);

describe('mergeMessages', () => {
  it('keeps the conversation in seq order whatever order messages arrive in', () => {
    expect(seqs(mergeMessages([message(1), message(4)], [message(3), message(2), message(6)]))).toEqual([1, 2, 3, 4, 6]);
  });

  it('shows a message received twice once: a broadcast after its ack, a replay after a reconnect', () => {
    const acked = message(2, customer, 'client-2', 'hello');
    const broadcast = { ...acked, body: 'hello', createdAt: '2025-01-01T00:00:01.000Z' };
    const merged = mergeMessages([message(1), acked], [broadcast, message(1), message(3)]);
    expect(seqs(merged)).toEqual([1, 2, 3]);
    expect(merged[1]).toBe(broadcast); // the newer copy wins
  });

  it('returns the same list when nothing arrived, so nothing redraws for nothing', () => {
    const shown = [message(1)];
    expect(mergeMessages(shown, [])).toBe(shown);
  });
});

describe('unsettled', () => {
  it('drops outgoing messages once their clientId is in the conversation, keeping the order of the rest', () => {
    const outbox = [outgoing('client-a'), outgoing('client-b'), outgoing('client-c')];
    const shown = [message(1, agent), message(2, customer, 'client-b')];
    expect(unsettled(outbox, shown).map(({ clientId }) => clientId)).toEqual(['client-a', 'client-c']);
  });
});

describe('lastSeq', () => {
  it('is where a reconnecting client resumes: the highest seq, or 0', () => {
    expect(lastSeq([])).toBe(0);
    expect(lastSeq(mergeMessages([], [message(7), message(3)]))).toBe(7);
  });
});

describe('unreadCount', () => {
  it("counts the agent's messages after the visitor's read position, not system notes or the visitor's own", () => {
    const shown = [message(1, system), message(2, agent), message(3, customer), message(4, agent), message(5, system), message(6, agent)];
    expect(unreadCount(shown, 0)).toBe(3);
    expect(unreadCount(shown, 2)).toBe(2);
    expect(unreadCount(shown, 4)).toBe(1);
    expect(unreadCount(shown, 6)).toBe(0);
  });
});
