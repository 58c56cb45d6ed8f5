import type * as Party from 'partykit/server';
import {
  lobbyClientFrame,
  type AgentPresence,
  type ChatSummary,
  type LobbyServerFrame,
} from '../../shared/chat/protocol.ts';
import { applyFromRoom, jsonResponse, okResponse, readRoomRequest, roomRequestInit, sessionParty, lobbyParty, type LobbyRequest, type RoomDelivery } from './effects.ts';
import { FloodGuard } from './flood-guard.ts';
import { errorFrame, parseFrame } from './frame.ts';
import { describe, failureFrame, isRuleError, refuseCodes } from './room-errors.ts';
import { SerialQueue } from './serial-queue.ts';
import { roomSettings, type RoomSettings } from './store-for-room.ts';
import type { Participant, RoomEffect } from './store.ts';

type AgentParticipant = Extract<Participant, { kind: 'agent' }>;

interface LobbyMember {
  connection: Party.Connection;
  who: AgentParticipant;
  guard: FloodGuard;
}

const frameTypes = lobbyClientFrame.options.map((option) => option.shape.type.value);

/**
 * The agents' lobby (party `agents`, room `lobby`): who is online, the queue of waiting chats,
 * and assignment notices. Every agent console holds one socket here, tagged with the agent's id so
 * a notice reaches exactly the agent concerned.
 *
 * The lobby is the only one that knows which consoles are open, so it lays `connected` over what
 * the store says, and marks an agent offline once their last console has been gone for a grace
 * period (a reload or a flaky network must not put their chats back in the queue).
 */
export default class AgentsRoom implements Party.Server {
  private settingsCache: RoomSettings | undefined;
  private readonly queue = new SerialQueue((error) => this.settings.logger.error('lobby task failed', { ...describe(error) }));
  private readonly members = new Map<string, LobbyMember>();
  /** Open consoles per agent id. */
  private readonly consoles = new Map<string, number>();
  private readonly offlineTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Who the lobby last told a chat belongs to: told again when it moves on (transfer, close). */
  private readonly assignees = new Map<string, string>();
  /** Results of authentication, from getConnectionTags to onConnect. */
  private readonly arriving = new Map<string, Participant | null | 'unavailable'>();
  /** Last agent list from the store, so presence changes need no query. */
  private agents: AgentPresence[] = [];
  /** The last `queue` and `agents` frames sent to everyone: an unchanged list is not sent again. */
  private lastQueueJson = '';
  private lastAgentsJson = '';
  private pending = new Map<string, LobbyRequest>();
  private flush: Promise<void> | null = null;

  constructor(readonly room: Party.Room) {}

  private get settings(): RoomSettings {
    this.settingsCache ??= roomSettings(this.room);
    return this.settingsCache;
  }

  /** Authenticates before the socket joins, so its tag can be the agent's id. */
  async getConnectionTags(connection: Party.Connection, context: Party.ConnectionContext): Promise<string[]> {
    const token = new URL(context.request.url).searchParams.get('token');
    let who: Participant | null | 'unavailable';
    try {
      who = token ? await this.settings.store.authenticate(token) : null;
    } catch (error) {
      this.settings.logger.warn('lobby could not authenticate', describe(error));
      who = 'unavailable';
    }
    this.arriving.set(connection.id, who);
    return who !== null && who !== 'unavailable' && who.kind === 'agent' ? [who.agentId] : [];
  }

  async onConnect(connection: Party.Connection): Promise<void> {
    const who = this.arriving.get(connection.id) ?? null;
    this.arriving.delete(connection.id);
    if (who === 'unavailable') return connection.close(refuseCodes.unavailable, 'Chat is briefly unavailable');
    if (!who) return connection.close(refuseCodes.unauthenticated, 'Invalid or expired token');
    if (who.kind !== 'agent') return connection.close(refuseCodes.forbidden, 'The lobby is for agents');
    await this.queue.run(async () => {
      const member: LobbyMember = { connection, who, guard: new FloodGuard() };
      this.members.set(connection.id, member);
      const firstConsole = this.opened(who.agentId);
      try {
        const snapshot = await this.settings.store.lobbySnapshot(who);
        this.agents = snapshot.agents;
        this.send(connection, { type: 'snapshot', agents: this.withConnected(snapshot.agents), queue: snapshot.queue, mine: snapshot.mine });
        for (const chat of snapshot.mine) this.assignees.set(chat.id, who.agentId);
      } catch (error) {
        this.send(connection, failureFrame(error));
      }
      if (firstConsole) this.announceAgents(connection.id);
    });
  }

  onMessage(raw: string | ArrayBuffer | ArrayBufferView, connection: Party.Connection): void {
    const member = this.members.get(connection.id);
    if (!member) return;
    const waitMs = member.guard.take();
    if (waitMs > 0) return this.send(connection, errorFrame('rate_limited', 'Too many frames; slow down', { retryAfterMs: waitMs }));
    const parsed = parseFrame(raw, lobbyClientFrame, frameTypes);
    if (!parsed.ok) return this.send(connection, parsed.error);
    const { status, maxChats } = parsed.frame;
    void this.queue.run(async () => {
      if (!this.members.has(connection.id)) return;
      try {
        const result = await this.settings.store.setAvailability(member.who, status, maxChats);
        this.agents = result.agents;
        // The sender hears back even when nothing changed: that answer is its confirmation.
        if (!this.announceAgents()) this.send(connection, { type: 'agents', agents: this.withConnected(this.agents) });
        this.apply(result.effects);
      } catch (error) {
        if (!isRuleError(error)) this.settings.logger.warn('availability not saved', describe(error));
        this.send(connection, failureFrame(error));
      }
    });
  }

  onClose(connection: Party.Connection): void {
    this.arriving.delete(connection.id);
    void this.queue.run(() => this.leave(connection));
  }

  onError(connection: Party.Connection): void {
    this.onClose(connection);
  }

  /** Lobby effects from session rooms and REST routes. Answers once the agents have been told. */
  async onRequest(request: Party.Request): Promise<Response> {
    const body = await readRoomRequest(request, this.settings.secret);
    if (body instanceof Response) return body;
    if (body.type !== 'lobby') return jsonResponse(422, 'validation_failed', 'The lobby accepts { type: "lobby", … }');
    await this.notify(body);
    return okResponse();
  }

  /**
   * Effects that arrive while the lobby is busy are merged by session and handled in one pass:
   * under load many messages touch the same chats, and the queue and agent list are read once per
   * pass instead of once per effect.
   */
  private notify(request: LobbyRequest): Promise<void> {
    const earlier = this.pending.get(request.sessionId);
    this.pending.set(request.sessionId, {
      ...request,
      queueChanged: request.queueChanged || (earlier?.queueChanged ?? false),
      ...((request.assigned ?? earlier?.assigned) ? { assigned: request.assigned ?? earlier?.assigned } : {}),
    });
    this.flush ??= this.queue.run(async () => {
      this.flush = null;
      const batch = [...this.pending.values()];
      this.pending = new Map();
      for (const item of batch) await this.tellConcerned(item);
      if (batch.some((item) => item.queueChanged)) await this.queueChanged();
    });
    return this.flush;
  }

  /** Sends the chat to whoever it concerns: its assignee (and previous one), or everyone while it waits. */
  private async tellConcerned(request: LobbyRequest): Promise<void> {
    const { store } = this.settings;
    const previous = this.assignees.get(request.sessionId);
    const viewer = request.assigned?.agentId ?? previous ?? null;
    let chat: ChatSummary | null;
    try {
      chat = await store.chatSummary(request.sessionId, viewer);
      // Counted for the wrong agent (it moved on): read it again for the one it belongs to now.
      if (chat?.assignedAgent && chat.assignedAgent.id !== viewer) chat = await store.chatSummary(request.sessionId, chat.assignedAgent.id);
    } catch (error) {
      this.settings.logger.warn('lobby could not read a chat', { sessionId: request.sessionId, ...describe(error) });
      return;
    }
    if (!chat) return;
    const assignee = chat.assignedAgent?.id;
    if (chat.status === 'waiting' || (chat.status === 'closed' && !assignee && !previous)) {
      this.sendToAll({ type: 'chat', chat });
    } else {
      const frame = JSON.stringify({ type: 'chat', chat } satisfies LobbyServerFrame);
      if (assignee) this.sendToAgent(assignee, frame);
      if (previous && previous !== assignee) this.sendToAgent(previous, frame);
    }
    if (request.assigned && request.assigned.agentId === assignee) {
      this.sendToAgent(assignee, JSON.stringify({ type: 'assigned', chat, reason: request.assigned.reason } satisfies LobbyServerFrame));
    }
    if (assignee && chat.status !== 'closed') this.assignees.set(chat.id, assignee);
    else this.assignees.delete(chat.id);
  }

  /** The queue moved: everyone's queue and agent list, and every waiting customer's place. */
  private async queueChanged(): Promise<void> {
    const { store } = this.settings;
    let queue: ChatSummary[];
    try {
      [queue, this.agents] = await Promise.all([store.queue(), store.agentsPresence()]);
    } catch (error) {
      this.settings.logger.warn('lobby could not read the queue', describe(error));
      return;
    }
    const queueJson = JSON.stringify({ type: 'queue', queue } satisfies LobbyServerFrame);
    if (queueJson !== this.lastQueueJson) {
      this.lastQueueJson = queueJson;
      for (const member of this.members.values()) member.connection.send(queueJson);
    }
    this.announceAgents();
    const sessions = this.room.context.parties[sessionParty];
    for (const chat of queue) {
      if (chat.status !== 'waiting' || !sessions) continue;
      sessions
        .get(chat.id)
        .fetch(roomRequestInit({ type: 'refresh' }, this.settings.secret))
        .catch((error: unknown) => this.settings.logger.warn('queue position not sent', { sessionId: chat.id, ...describe(error) }));
    }
  }

  private leave(connection: Party.Connection): void {
    const member = this.members.get(connection.id);
    if (!member) return;
    this.members.delete(connection.id);
    const agentId = member.who.agentId;
    const left = (this.consoles.get(agentId) ?? 1) - 1;
    if (left > 0) return void this.consoles.set(agentId, left);
    this.consoles.delete(agentId);
    this.announceAgents();
    const timer = setTimeout(() => {
      this.offlineTimers.delete(agentId);
      void this.queue.run(() => this.markOffline(member.who));
    }, this.settings.offlineGraceMs);
    // Never keeps a Node process alive (PartyKit's timers have no unref).
    (timer as { unref?: () => void }).unref?.();
    this.offlineTimers.set(agentId, timer);
  }

  /** Counts a console as open; true when it is the agent's first. */
  private opened(agentId: string): boolean {
    const timer = this.offlineTimers.get(agentId);
    if (timer !== undefined) {
      clearTimeout(timer);
      this.offlineTimers.delete(agentId);
    }
    const open = (this.consoles.get(agentId) ?? 0) + 1;
    this.consoles.set(agentId, open);
    return open === 1;
  }

  private async markOffline(who: AgentParticipant): Promise<void> {
    if (this.consoles.has(who.agentId)) return;
    if (this.agents.find((agent) => agent.id === who.agentId)?.status === 'offline') return;
    try {
      const result = await this.settings.store.setAvailability(who, 'offline', undefined);
      this.agents = result.agents;
      this.announceAgents();
      this.apply(result.effects);
    } catch (error) {
      this.settings.logger.warn('agent not marked offline', { agentId: who.agentId, ...describe(error) });
    }
  }

  private apply(effects: readonly RoomEffect[]): void {
    applyFromRoom(this.room, this.settings, effects, (delivery: RoomDelivery) => {
      if (delivery.party !== lobbyParty || delivery.body.type !== 'lobby') return false;
      // Ours: queued behind the task that produced it, never awaited inside it.
      void this.notify(delivery.body);
      return true;
    });
  }

  private withConnected(agents: readonly AgentPresence[]): AgentPresence[] {
    return agents.map((agent) => ({ ...agent, connected: this.consoles.has(agent.id) }));
  }

  /** Sends everyone the agent list if it changed since the last time; false when it did not. */
  private announceAgents(exceptConnectionId?: string): boolean {
    const json = JSON.stringify({ type: 'agents', agents: this.withConnected(this.agents) } satisfies LobbyServerFrame);
    // Unchanged since the last one: everyone has it (newcomers got it in their snapshot).
    if (json === this.lastAgentsJson) return false;
    this.lastAgentsJson = json;
    for (const [id, member] of this.members) if (id !== exceptConnectionId) member.connection.send(json);
    return true;
  }

  private sendToAll(frame: LobbyServerFrame): void {
    const json = JSON.stringify(frame);
    for (const member of this.members.values()) member.connection.send(json);
  }

  /** Through the connection tag (the agent id), limited to sockets that finished connecting. */
  private sendToAgent(agentId: string, json: string): void {
    for (const connection of this.room.getConnections(agentId)) {
      if (this.members.has(connection.id)) connection.send(json);
    }
  }

  private send(connection: Party.Connection, frame: LobbyServerFrame): void {
    connection.send(JSON.stringify(frame));
  }
}
