import { describe, expect, it } from 'vitest';
import { createRoomsNotifier, deliveriesFor, readRoomRequest, roomsSecretHeader } from './effects.ts';

const secret = 's'.repeat(40);

describe('room effects', () => {
  it('merges effects per room', () => {
    expect(
      deliveriesFor([
        { kind: 'session', sessionId: 'a' },
        { kind: 'lobby', sessionId: 'a', queueChanged: true },
        { kind: 'lobby', sessionId: 'a', assigned: { agentId: 'g', reason: 'auto' }, queueChanged: false },
        { kind: 'session', sessionId: 'a' },
      ]),
    ).toEqual([
      { party: 'main', room: 'a', body: { type: 'refresh' } },
      { party: 'agents', room: 'lobby', body: { type: 'lobby', sessionId: 'a', queueChanged: true, assigned: { agentId: 'g', reason: 'auto' } } },
    ]);
  });

  it('POSTs each room once with the secret, and reports failures instead of throwing', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const failures: unknown[] = [];
    const notifier = createRoomsNotifier({
      roomsUrl: 'http://rooms.test/',
      secret,
      fetch: async (url, init) => {
        calls.push({ url, init });
        return new Response('no', { status: url.includes('agents') ? 500 : 200 });
      },
      onError: (error) => failures.push(error),
    });
    await notifier.apply([
      { kind: 'session', sessionId: 'abc' },
      { kind: 'lobby', sessionId: 'abc', queueChanged: false },
    ]);
    expect(calls.map((call) => call.url)).toEqual(['http://rooms.test/parties/main/abc', 'http://rooms.test/parties/agents/lobby']);
    expect(new Headers(calls[0]?.init.headers).get(roomsSecretHeader)).toBe(secret);
    expect(failures).toHaveLength(1);
  });

  it('refuses a request without the right secret, or with an unknown body', async () => {
    const post = (headers: Record<string, string>, body: unknown) =>
      readRoomRequest(new Request('http://rooms.test/parties/main/x', { method: 'POST', headers, body: JSON.stringify(body) }), secret);
    expect(((await post({}, { type: 'refresh' })) as Response).status).toBe(401);
    expect(((await post({ [roomsSecretHeader]: `${secret}x` }, { type: 'refresh' })) as Response).status).toBe(401);
    expect(((await post({ [roomsSecretHeader]: secret }, { type: 'drop tables' })) as Response).status).toBe(422);
    expect(await post({ [roomsSecretHeader]: secret }, { type: 'refresh' })).toEqual({ type: 'refresh' });
  });
});
