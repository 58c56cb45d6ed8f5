import { z } from 'zod';
import { agentStatuses, chatLimits, sendMessageFrame } from '../../shared/chat/protocol.ts';
import { id } from '../../shared/schemas/common.ts';
import type { ChatStore } from '../rooms/store.ts';

/**
 * The rooms' store as a remote procedure call (`POST /api/internal/rooms/:method`, body = the
 * arguments as a JSON array), for rooms deployed to PartyKit. Every method's arguments are checked
 * here before anything runs. JSON has no `undefined`: optional arguments arrive as null or absent.
 */
const participant = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('visitor'), siteId: id, visitorId: z.string().min(1).max(100), verified: z.boolean() }),
  z.strictObject({
    kind: z.literal('agent'),
    agentId: id,
    name: z.string().max(200),
    avatarUrl: z.string().max(2000).nullable(),
    role: z.enum(['admin', 'agent']),
  }),
]);
const optional = <S extends z.ZodType>(schema: S) => schema.nullish().transform((value) => value ?? undefined);
const seq = z.number().int().min(0);
const audience = z.enum(['customer', 'agent']);

export const rpcArguments = {
  authenticate: z.tuple([z.string().max(4096)]),
  openSession: z.tuple([id, participant]),
  messagesAfter: z.tuple([id, seq, audience]),
  readState: z.tuple([id]),
  appendMessage: z.tuple([
    z.strictObject({
      sessionId: id,
      who: participant,
      clientId: sendMessageFrame.shape.clientId,
      body: z.string().max(chatLimits.body),
      attachmentIds: z.array(id).max(chatLimits.attachments),
      internal: z.boolean(),
    }),
  ]),
  markRead: z.tuple([id, participant, seq]),
  accept: z.tuple([id, participant]),
  transfer: z.tuple([id, participant, id, optional(z.string().max(chatLimits.note))]),
  close: z.tuple([id, participant]),
  rate: z.tuple([id, participant, z.number().int().min(1).max(5), optional(z.string().max(1000))]),
  setAvailability: z.tuple([participant, z.enum(agentStatuses), optional(z.number().int().min(1).max(50))]),
  lobbySnapshot: z.tuple([participant]),
  agentsPresence: z.tuple([]),
  queue: z.tuple([]),
  chatSummary: z.tuple([id, id.nullable()]),
} satisfies { [M in keyof ChatStore]: z.ZodType<Parameters<ChatStore[M]>, unknown> };

export type RpcMethod = keyof typeof rpcArguments;

export const isRpcMethod = (name: string): name is RpcMethod => Object.hasOwn(rpcArguments, name);

/** Calls the method with arguments already checked against `rpcArguments[method]`. */
export function callStore(store: ChatStore, method: RpcMethod, args: unknown[]): Promise<unknown> {
  // One cast for all fifteen methods: the arguments were parsed with this very method's schema.
  const fn = store[method] as (...values: unknown[]) => Promise<unknown>;
  return fn.apply(store, args);
}
