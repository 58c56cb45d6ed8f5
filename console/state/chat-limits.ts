/**
 * What the console needs of the chat protocol's values, written out: importing them from
 * shared/chat/protocol.ts would bundle zod with its schemas. chat-limits.test.ts keeps them equal.
 */
export const chatLimits = { body: 4_000, attachments: 5 } as const;

export const lobbyRoomId = 'lobby';
