import { describe, expect, it } from 'vitest';
import { chatLimits as protocolLimits, lobbyRoomId as protocolLobby } from '../../shared/chat/protocol.ts';
import { chatLimits, lobbyRoomId } from './chat-limits.ts';

describe('the console’s copy of the protocol values', () => {
  it('matches the protocol', () => {
    expect(chatLimits).toEqual({ body: protocolLimits.body, attachments: protocolLimits.attachments });
    expect(lobbyRoomId).toBe(protocolLobby);
  });
});
