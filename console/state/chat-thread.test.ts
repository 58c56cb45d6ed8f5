import { describe, expect, it } from 'vitest';
import type { ChatMessage, ChatSender } from '../../shared/chat/protocol.ts';
import {
  acknowledge,
  emptyThread,
  enqueue,
  expireStale,
  lastSeq,
  markFailed,
  markSent,
  mergeMessages,
  readTarget,
  receive,
  requeue,
  resetInFlight,
  retry,
  seenMessageId,
  totalUnread,
  unreadCount,
  unsent,
  type Outgoing,
  type Thread,
} from './chat-thread.ts';

const customer: ChatSender = { type: 'customer', name: 'Alex Kim' };
const agent: ChatSender = { type: 'agent', id: '0196a0a0-0000-7000-8000-000000000001', name: 'Sam', avatarUrl: null };

function message(seq: number, sender: ChatSender = customer, extra: Partial<ChatMessage> = {}): ChatMessage {
  return {
    id: `m${seq}`,
    sessionId: 's1',
    seq,
    clientId: sender.type === 'system' ? null : `client-${seq}`,
    sender,
    kind: sender.type === 'system' ? 'system' : 'text',
    body: `message ${seq}`,
    attachments: [],
    internal: false,
    createdAt: new Date(1_700_000_000_000 + seq * 1000).toISOString(),
    ...extra,
  };
}

function outgoing(clientId: string, extra: Partial<Outgoing> = {}): Outgoing {
  return { clientId, body: `typed ${clientId}`, internal: false, attachments: [], createdAt: '2024-01-01T00:00:00.000Z', delivery: 'pending', error: null, sentAt: null, ...extra };
}

const seqs = (thread: Thread | ChatMessage[]) => ('messages' in thread ? thread.messages : thread).map((item) => item.seq);

describe('merging messages', () => {
  it('appends messages that follow, and keeps each seq once whatever the order they come in', () => {
    const start = mergeMessages([], [message(1), message(2)]);
    expect(seqs(mergeMessages(start, [message(3)]))).toEqual([1, 2, 3]);
    // A reconnect's welcome overlaps what we had, out of order.
    expect(seqs(mergeMessages(start, [message(4), message(2), message(3)]))).toEqual([1, 2, 3, 4]);
    expect(mergeMessages(start, [])).toBe(start);
  });

  it('keeps the newer copy of a seq it already had', () => {
    const merged = mergeMessages([message(1)], [message(1, customer, { body: 'edited' })]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.body).toBe('edited');
  });

  it('tells the last seq to resume from', () => {
    expect(lastSeq(emptyThread)).toBe(0);
    expect(lastSeq(receive(emptyThread, [message(1), message(7)]))).toBe(7);
  });
});

describe('sending', () => {
  it('goes pending → sent when the ack comes, with the seq the room gave it', () => {
    let thread = enqueue(emptyThread, outgoing('aaaaaaaa'));
    expect(unsent(thread).map((item) => item.clientId)).toEqual(['aaaaaaaa']);
    thread = markSent(thread, 'aaaaaaaa', 1000);
    expect(unsent(thread)).toEqual([]);
    thread = acknowledge(thread, { clientId: 'aaaaaaaa', id: 'm5', seq: 5, createdAt: '2024-01-01T00:00:01.000Z' }, agent, 's1');
    expect(thread.outbox).toEqual([]);
    expect(thread.messages).toMatchObject([{ id: 'm5', seq: 5, clientId: 'aaaaaaaa', body: 'typed aaaaaaaa', sender: agent }]);
  });

  it('settles a message once whether the ack or the broadcast arrives first', () => {
    const sent = markSent(enqueue(emptyThread, outgoing('client-3')), 'client-3', 1000);
    const broadcastFirst = receive(sent, [message(3, agent)]);
    expect(broadcastFirst.outbox).toEqual([]);
    const thenAck = acknowledge(broadcastFirst, { clientId: 'client-3', id: 'm3', seq: 3, createdAt: 'x' }, agent, 's1');
    expect(seqs(thenAck)).toEqual([3]);

    const ackFirst = acknowledge(sent, { clientId: 'client-3', id: 'm3', seq: 3, createdAt: 'x' }, agent, 's1');
    expect(seqs(receive(ackFirst, [message(3, agent)]))).toEqual([3]);
  });

  it('marks a message failed on an error or a missing ack, and retries it with the same clientId', () => {
    let thread = markSent(enqueue(emptyThread, outgoing('bbbbbbbb')), 'bbbbbbbb', 1000);
    expect(expireStale(thread, 2000).outbox[0]?.delivery).toBe('pending');
    thread = expireStale(thread, 1000 + 16_000);
    expect(thread.outbox[0]).toMatchObject({ clientId: 'bbbbbbbb', delivery: 'failed', error: 'No answer from the server.' });
    expect(unsent(thread)).toEqual([]);
    thread = retry(thread, 'bbbbbbbb');
    expect(unsent(thread).map((item) => item.clientId)).toEqual(['bbbbbbbb']);
    thread = markFailed(thread, 'bbbbbbbb', 'The message must be at most 4000 characters');
    expect(thread.outbox[0]?.error).toBe('The message must be at most 4000 characters');
  });

  it('re-sends what was in flight when the connection drops', () => {
    let thread = enqueue(enqueue(emptyThread, outgoing('cccccccc')), outgoing('dddddddd'));
    thread = markSent(thread, 'cccccccc', 1000);
    expect(unsent(thread).map((item) => item.clientId)).toEqual(['dddddddd']);
    thread = resetInFlight(thread);
    expect(unsent(thread).map((item) => item.clientId)).toEqual(['cccccccc', 'dddddddd']);
  });

  it('puts a message refused for speed back in line, same clientId', () => {
    const thread = markSent(enqueue(emptyThread, outgoing('eeeeeeee')), 'eeeeeeee', 1000);
    expect(unsent(requeue(thread, 'eeeeeeee')).map((item) => item.clientId)).toEqual(['eeeeeeee']);
  });

  it('ignores an ack for a message it does not hold', () => {
    const thread = receive(emptyThread, [message(1)]);
    expect(acknowledge(thread, { clientId: 'unknown1', id: 'x', seq: 2, createdAt: 'x' }, agent, 's1')).toBe(thread);
  });
});

describe('unread and read receipts', () => {
  const messages = [
    message(1),
    message(2, agent),
    message(3, { type: 'system' }),
    message(4),
    message(5, agent, { internal: true }),
    message(6),
  ];

  it('counts only the customer’s messages after the read position', () => {
    expect(unreadCount(messages, 0)).toBe(3);
    expect(unreadCount(messages, 3)).toBe(2);
    expect(unreadCount(messages, 6)).toBe(0);
    expect(unreadCount([], 0)).toBe(0);
  });

  it('marks read up to the newest message, and only when something is new', () => {
    expect(readTarget(messages, 2)).toBe(6);
    expect(readTarget(messages, 6)).toBeNull();
  });

  it('puts "Seen" under the last reply the customer read, never under an internal note', () => {
    expect(seenMessageId(messages, { customer: 6, agent: 6 })).toBe('m2');
    expect(seenMessageId(messages, { customer: 1, agent: 6 })).toBeNull();
    expect(seenMessageId([...messages, message(7, agent)], { customer: 7, agent: 7 })).toBe('m7');
  });

  it('sums unread counts for the title', () => {
    expect(totalUnread([2, 0, 3])).toBe(5);
    expect(totalUnread(new Map<string, number>().values())).toBe(0);
  });
});
