import type { AgentPresence, AgentStatus, ChatMessage, ChatReadState, ChatSessionState, ChatSummary } from '../../shared/chat/protocol.ts';
import { ChatRuleError, type AppendResult, type ChatStore, type Participant, type RoomEffect, type SessionChange } from './store.ts';

/**
 * The rooms' store when they run on PartyKit: every method is a POST to Lantern's
 * `/api/internal/rooms/:method` with the arguments as a JSON array, authorized by the shared rooms
 * secret. Refusals come back as `{ error }` and are thrown again as the same ChatRuleError a room
 * in-process would see. Runs on the PartyKit (workers) runtime: fetch only, no Node modules.
 */
export interface HttpChatStoreOptions {
  /** Lantern's base URL (LANTERN_API_URL), e.g. https://support.example.com */
  apiUrl: string;
  /** LANTERN_ROOMS_SECRET, the same value the server has. */
  secret: string;
  fetch?: typeof fetch;
}

const ruleCodes = new Set<string>(['forbidden', 'not_found', 'conflict', 'closed', 'validation_failed']);

interface RpcAnswer {
  result?: unknown;
  error?: { code?: string; message?: string; fields?: Record<string, string> };
}

export class HttpChatStore implements ChatStore {
  private readonly base: string;
  private readonly doFetch: typeof fetch;

  constructor(private readonly options: HttpChatStoreOptions) {
    this.base = `${options.apiUrl.replace(/\/+$/, '')}/api/internal/rooms`;
    this.doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  private async call<T>(method: keyof ChatStore, args: unknown[]): Promise<T> {
    const response = await this.doFetch(`${this.base}/${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.options.secret}`, 'content-type': 'application/json' },
      body: JSON.stringify(args),
    });
    let answer: RpcAnswer | null = null;
    try {
      answer = (await response.json()) as RpcAnswer;
    } catch {
      // not JSON: reported below with the status
    }
    const error = answer?.error;
    if (error?.code && ruleCodes.has(error.code)) {
      throw new ChatRuleError(error.code as ChatRuleError['code'], error.message ?? 'Refused', error.fields);
    }
    if (!response.ok || !answer || !('result' in answer)) {
      throw new Error(`Lantern rooms RPC ${method} failed: HTTP ${response.status}${error?.message ? ` (${error.message})` : ''}`);
    }
    return answer.result as T;
  }

  authenticate(token: string): Promise<Participant | null> {
    return this.call('authenticate', [token]);
  }

  openSession(sessionId: string, who: Participant): Promise<ChatSessionState | null> {
    return this.call('openSession', [sessionId, who]);
  }

  messagesAfter(sessionId: string, afterSeq: number, audience: 'customer' | 'agent'): Promise<ChatMessage[]> {
    return this.call('messagesAfter', [sessionId, afterSeq, audience]);
  }

  readState(sessionId: string): Promise<ChatReadState> {
    return this.call('readState', [sessionId]);
  }

  appendMessage(input: Parameters<ChatStore['appendMessage']>[0]): Promise<AppendResult> {
    return this.call('appendMessage', [input]);
  }

  markRead(sessionId: string, who: Participant, seq: number): Promise<ChatReadState> {
    return this.call('markRead', [sessionId, who, seq]);
  }

  accept(sessionId: string, who: Participant): Promise<SessionChange> {
    return this.call('accept', [sessionId, who]);
  }

  transfer(sessionId: string, who: Participant, toAgentId: string, note: string | undefined): Promise<SessionChange> {
    return this.call('transfer', [sessionId, who, toAgentId, note ?? null]);
  }

  close(sessionId: string, who: Participant): Promise<SessionChange> {
    return this.call('close', [sessionId, who]);
  }

  rate(sessionId: string, who: Participant, rating: number, comment: string | undefined): Promise<SessionChange> {
    return this.call('rate', [sessionId, who, rating, comment ?? null]);
  }

  setAvailability(who: Participant, status: AgentStatus, maxChats: number | undefined): Promise<{ agents: AgentPresence[]; effects: RoomEffect[] }> {
    return this.call('setAvailability', [who, status, maxChats ?? null]);
  }

  lobbySnapshot(who: Participant): Promise<{ agents: AgentPresence[]; queue: ChatSummary[]; mine: ChatSummary[] }> {
    return this.call('lobbySnapshot', [who]);
  }

  agentsPresence(): Promise<AgentPresence[]> {
    return this.call('agentsPresence', []);
  }

  queue(): Promise<ChatSummary[]> {
    return this.call('queue', []);
  }

  chatSummary(sessionId: string, forAgentId: string | null): Promise<ChatSummary | null> {
    return this.call('chatSummary', [sessionId, forAgentId]);
  }
}
