import type * as Party from 'partykit/server';
import {
  agentOnlySessionFrames,
  chatLimits,
  customerOnlySessionFrames,
  sessionClientFrame,
  type ChatAgentRef,
  type ChatMessage,
  type ChatPresence,
  type ChatSender,
  type ChatSessionState,
  type SessionServerFrame,
} from '../../shared/chat/protocol.ts';
import { applyFromRoom, okResponse, jsonResponse, readRoomRequest, sessionParty, type RoomDelivery } from './effects.ts';
import { FloodGuard } from './flood-guard.ts';
import { errorFrame, parseFrame } from './frame.ts';
import { describe, failureFrame, isRuleError, refuseCodes } from './room-errors.ts';
import { SerialQueue } from './serial-queue.ts';
import { roomSettings, type RoomSettings } from './store-for-room.ts';
import type { Participant, RoomEffect, SessionChange } from './store.ts';

type ParsedFrame = ReturnType<typeof sessionClientFrame.parse>;
type FrameOf<T extends ParsedFrame['type']> = Extract<ParsedFrame, { type: T }>;

const frameTypes = sessionClientFrame.options.map((option) => option.shape.type.value);
/** The same typing state from the same socket is passed on at most this often. */
const typingRepeatMs = 2_000;
/**
 * While the assigned agent has this chat open, they see every message live; the lobby (their
 * chat list's preview and time) hears of plain messages at most this often. Everything else
 * (waiting chats, assignments, queue changes) goes at once.
 */
const lobbyActivityMs = 3_000;

/** One authenticated socket in the room. */
interface Member {
  connection: Party.Connection;
  who: Participant;
  audience: 'customer' | 'agent';
  guard: FloodGuard;
  /** Sent `join` and got its welcome: only joined sockets receive room traffic. */
  joined: boolean;
  /**
   * Highest seq this socket has been given or deliberately skipped (an internal note for a
   * customer, its own message): broadcasts and catch-ups never send a seq twice to one socket.
   */
  seenSeq: number;
  lastTyping: { typing: boolean; at: number } | null;
}

/**
 * A chat session's room (party `main`, room id = session id): the customer's sockets and the
 * agents' sockets of one conversation.
 *
 * Every frame goes through one queue, so the store sees a room's writes in arrival order. Nothing
 * is acked before the store has it; a failure becomes an error frame the client can retry with the
 * same clientId. The room keeps no durable state of its own: the store is the truth, and the room
 * only remembers who is connected and how far each socket has been sent.
 */
export default class SessionRoom implements Party.Server {
  private settingsCache: RoomSettings | undefined;
  private readonly queue = new SerialQueue((error) => this.settings.logger.error('session room task failed', { room: this.room.id, ...describe(error) }));
  private readonly members = new Map<string, Member>();
  /** The session as last read or changed; null until someone is in the room. */
  private session: ChatSessionState | null = null;
  private presenceJson = '';
  private lobbyActivityTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly room: Party.Room) {}

  private get settings(): RoomSettings {
    this.settingsCache ??= roomSettings(this.room);
    return this.settingsCache;
  }

  async onConnect(connection: Party.Connection, context: Party.ConnectionContext): Promise<void> {
    const { store } = this.settings;
    const token = new URL(context.request.url).searchParams.get('token');
    if (!token) return connection.close(refuseCodes.unauthenticated, 'A token is required');
    let who: Participant | null = null;
    let session: ChatSessionState | null;
    try {
      who = await store.authenticate(token);
      if (!who) return connection.close(refuseCodes.unauthenticated, 'Invalid or expired token');
      session = await store.openSession(this.room.id, who);
    } catch (error) {
      if (isRuleError(error)) return this.refuse(connection, who, error.code);
      this.settings.logger.warn('session room could not authenticate', { room: this.room.id, ...describe(error) });
      return connection.close(refuseCodes.unavailable, 'Chat is briefly unavailable');
    }
    if (!session) return this.refuse(connection, who, 'not_found');
    const member: Member = {
      connection,
      who,
      audience: who.kind === 'agent' ? 'agent' : 'customer',
      guard: new FloodGuard(),
      joined: false,
      seenSeq: 0,
      lastTyping: null,
    };
    await this.queue.run(() => {
      // The first socket sets the baseline; after that, changes and refreshes keep it current.
      if (this.members.size === 0) this.session = session;
      this.members.set(connection.id, member);
      this.announcePresence();
    });
  }

  /**
   * The store hides other visitors' chats as "not found". A visitor can only ever be sent to their
   * own chats, so for them any miss means "not yours" (4003); an agent gets the honest 4004.
   */
  private refuse(connection: Party.Connection, who: Participant | null, code: string): void {
    if ((code === 'not_found' || code === 'validation_failed') && who?.kind === 'agent') return connection.close(refuseCodes.notFound, 'No such chat');
    connection.close(refuseCodes.forbidden, 'You may not join this chat');
  }

  onMessage(raw: string | ArrayBuffer | ArrayBufferView, connection: Party.Connection): void {
    const member = this.members.get(connection.id);
    if (!member) return;
    // Counted on arrival, before any work: a flood costs the room almost nothing.
    const waitMs = member.guard.take();
    if (waitMs > 0) {
      return this.send(member, errorFrame('rate_limited', `Too many frames; at most ${chatLimits.perSecond} per second after a burst of ${chatLimits.burst}`, { retryAfterMs: waitMs, ...clientIdHint(raw) }));
    }
    const parsed = parseFrame(raw, sessionClientFrame, frameTypes);
    if (!parsed.ok) return this.send(member, parsed.error);
    const frame = parsed.frame;
    if (member.audience === 'customer' && agentOnlySessionFrames.includes(frame.type)) {
      return this.send(member, errorFrame('forbidden', `Only agents can send "${frame.type}"`));
    }
    if (member.audience === 'agent' && customerOnlySessionFrames.includes(frame.type)) {
      return this.send(member, errorFrame('forbidden', `Only the customer can send "${frame.type}"`));
    }
    void this.queue.run(() => this.handle(member, frame));
  }

  onClose(connection: Party.Connection): void {
    void this.queue.run(() => this.leave(connection));
  }

  onError(connection: Party.Connection): void {
    void this.queue.run(() => this.leave(connection));
  }

  /** Effects from other rooms and from Lantern's REST routes. */
  async onRequest(request: Party.Request): Promise<Response> {
    const body = await readRoomRequest(request, this.settings.secret);
    if (body instanceof Response) return body;
    if (body.type !== 'refresh') return jsonResponse(422, 'validation_failed', 'Session rooms accept { type: "refresh" }');
    await this.queue.run(() => this.refresh());
    return okResponse();
  }

  private async handle(member: Member, frame: ParsedFrame): Promise<void> {
    // The socket may have gone while its frame waited in the queue.
    if (!this.members.has(member.connection.id)) return;
    switch (frame.type) {
      case 'join':
        return this.join(member, frame);
      case 'message':
        return this.message(member, frame);
      case 'typing':
        return this.typing(member, frame);
      case 'read':
        return this.read(member, frame);
      case 'accept':
        return this.change(member, () => this.settings.store.accept(this.room.id, member.who));
      case 'transfer':
        return this.change(member, () => this.settings.store.transfer(this.room.id, member.who, frame.toAgentId, frame.note || undefined));
      case 'close':
        return this.change(member, () => this.settings.store.close(this.room.id, member.who));
      case 'rate':
        return this.change(member, () => this.settings.store.rate(this.room.id, member.who, frame.rating, frame.comment || undefined));
    }
  }

  private async join(member: Member, frame: FrameOf<'join'>): Promise<void> {
    const { store } = this.settings;
    try {
      const [messages, reads] = await Promise.all([
        store.messagesAfter(this.room.id, frame.lastSeq, member.audience),
        store.readState(this.room.id),
      ]);
      if (!this.session) return this.send(member, errorFrame('not_found', 'This chat is gone'));
      member.joined = true;
      member.seenSeq = Math.max(frame.lastSeq, messages.at(-1)?.seq ?? 0);
      this.send(member, { type: 'welcome', session: this.session, messages, reads, presence: this.presence() });
    } catch (error) {
      this.send(member, failureFrame(error));
    }
  }

  private async message(member: Member, frame: FrameOf<'message'>): Promise<void> {
    if (frame.internal && member.audience === 'customer') {
      return this.send(member, errorFrame('forbidden', 'Only agents can write internal notes', { clientId: frame.clientId }));
    }
    const { store } = this.settings;
    let result;
    try {
      result = await store.appendMessage({
        sessionId: this.room.id,
        who: member.who,
        clientId: frame.clientId,
        body: frame.body,
        attachmentIds: frame.attachmentIds,
        internal: frame.internal,
      });
    } catch (error) {
      if (!isRuleError(error)) this.settings.logger.warn('message not stored', { room: this.room.id, ...describe(error) });
      return this.send(member, failureFrame(error, frame.clientId));
    }
    const { message } = result;
    this.send(member, { type: 'ack', clientId: frame.clientId, id: message.id, seq: message.seq, createdAt: message.createdAt });
    // A re-sent clientId: the message went out the first time; the sender only needed its ack.
    if (result.duplicate) return;
    await this.catchUpBefore(message.seq);
    this.deliver([message], member);
    this.applyActivity(result.effects);
  }

  private typing(member: Member, frame: FrameOf<'typing'>): void {
    if (this.session?.status === 'closed') return;
    const now = Date.now();
    const last = member.lastTyping;
    if (last && last.typing === frame.typing && now - last.at < typingRepeatMs) return;
    member.lastTyping = { typing: frame.typing, at: now };
    const json = JSON.stringify({ type: 'typing', sender: this.senderOf(member), typing: frame.typing } satisfies SessionServerFrame);
    for (const other of this.members.values()) {
      // To the other side: a customer's typing to the agents; an agent's to everyone else.
      if (other === member || !other.joined || (member.audience === 'customer' && other.audience === 'customer')) continue;
      other.connection.send(json);
    }
  }

  private async read(member: Member, frame: FrameOf<'read'>): Promise<void> {
    try {
      const reads = await this.settings.store.markRead(this.room.id, member.who, frame.seq);
      this.broadcast({ type: 'read', reads });
    } catch (error) {
      this.send(member, failureFrame(error));
    }
  }

  /** accept, transfer, close, rate: the store decides, everyone sees the outcome. */
  private async change(member: Member, run: () => Promise<SessionChange>): Promise<void> {
    let change: SessionChange;
    try {
      change = await run();
    } catch (error) {
      if (!isRuleError(error)) this.settings.logger.warn('session change failed', { room: this.room.id, ...describe(error) });
      return this.send(member, failureFrame(error));
    }
    const messages = [...change.messages].sort((a, b) => a.seq - b.seq);
    if (messages[0]) await this.catchUpBefore(messages[0].seq);
    this.deliver(messages);
    this.session = change.session;
    this.broadcast({ type: 'session', session: change.session });
    // This room has just sent the change itself; a refresh of it would only repeat the session.
    this.apply(change.effects.filter((effect) => !(effect.kind === 'session' && effect.sessionId === this.room.id)));
  }

  /** Something changed elsewhere (REST, the lobby): send what is new and the session as it is now. */
  private async refresh(): Promise<void> {
    // Nobody has joined: there is no one to tell, and the next join reads everything anyway.
    const anyone = this.someJoinedMember();
    if (!anyone) return;
    const { store } = this.settings;
    const [messages, session] = await Promise.all([
      store.messagesAfter(this.room.id, this.deliveredFloor(), 'agent'),
      store.openSession(this.room.id, anyone.who),
    ]);
    this.deliver(messages);
    if (session) {
      this.session = session;
      this.broadcast({ type: 'session', session });
    }
  }

  private leave(connection: Party.Connection): void {
    if (!this.members.delete(connection.id)) return;
    if (this.members.size === 0) {
      // Nobody left to keep current: the next socket starts from the store again.
      this.session = null;
      this.presenceJson = '';
      return;
    }
    this.announcePresence();
  }

  /**
   * Messages can be stored without passing through this room (a REST route, a refresh still in
   * the queue). When a new seq leaves a hole above what the sockets have, fill it first, so every
   * socket gets every message, in order. One query, and only when there is a hole.
   */
  private async catchUpBefore(seq: number): Promise<void> {
    const floor = this.deliveredFloor();
    if (seq <= floor + 1) return;
    try {
      const missed = await this.settings.store.messagesAfter(this.room.id, floor, 'agent');
      this.deliver(missed.filter((message) => message.seq < seq));
    } catch (error) {
      // The new message still goes out; sockets get the hole on their next join.
      this.settings.logger.warn('could not fill a gap before a message', { room: this.room.id, ...describe(error) });
    }
  }

  /**
   * Sends each message once to every joined socket that has not had it, skipping internal notes
   * for customers. Serialised once per message, whatever the number of sockets.
   */
  private deliver(messages: readonly ChatMessage[], sender?: Member): void {
    for (const message of messages) {
      let json: string | undefined;
      for (const member of this.members.values()) {
        if (!member.joined || member.seenSeq >= message.seq) continue;
        member.seenSeq = message.seq;
        if (member === sender || (message.internal && member.audience === 'customer')) continue;
        json ??= JSON.stringify({ type: 'message', message } satisfies SessionServerFrame);
        member.connection.send(json);
      }
    }
  }

  /** The highest seq every joined socket has: what a catch-up reads after. */
  private deliveredFloor(): number {
    let floor = Number.POSITIVE_INFINITY;
    for (const member of this.members.values()) if (member.joined && member.seenSeq < floor) floor = member.seenSeq;
    return Number.isFinite(floor) ? floor : 0;
  }

  private apply(effects: readonly RoomEffect[]): void {
    applyFromRoom(
      this.room,
      this.settings,
      effects,
      (delivery: RoomDelivery) => {
        if (delivery.party !== sessionParty || delivery.room !== this.room.id) return false;
        void this.queue.run(() => this.refresh());
        return true;
      },
      { room: this.room.id },
    );
  }

  private applyActivity(effects: readonly RoomEffect[]): void {
    if (!this.assigneeIsHere()) return this.apply(effects);
    const plain = (effect: RoomEffect) => effect.kind === 'lobby' && effect.sessionId === this.room.id && !effect.assigned && !effect.queueChanged;
    this.apply(effects.filter((effect) => !plain(effect)));
    if (!effects.some(plain) || this.lobbyActivityTimer !== undefined) return;
    this.lobbyActivityTimer = setTimeout(() => {
      this.lobbyActivityTimer = undefined;
      this.apply([{ kind: 'lobby', sessionId: this.room.id, queueChanged: false }]);
    }, lobbyActivityMs);
    (this.lobbyActivityTimer as { unref?: () => void }).unref?.();
  }

  private assigneeIsHere(): boolean {
    const assignee = this.session?.status === 'active' ? this.session.assignedAgent?.id : undefined;
    if (!assignee) return false;
    for (const { who } of this.members.values()) if (who.kind === 'agent' && who.agentId === assignee) return true;
    return false;
  }

  private announcePresence(): void {
    const presence = this.presence();
    const json = JSON.stringify({ type: 'presence', presence } satisfies SessionServerFrame);
    if (json === this.presenceJson) return;
    this.presenceJson = json;
    this.sendToJoined(json);
  }

  private presence(): ChatPresence {
    let customer = false;
    const agents = new Map<string, ChatAgentRef>();
    for (const { who } of this.members.values()) {
      if (who.kind === 'visitor') customer = true;
      else agents.set(who.agentId, { id: who.agentId, name: who.name, avatarUrl: who.avatarUrl });
    }
    return { customer, agents: [...agents.values()] };
  }

  private senderOf(member: Member): ChatSender {
    const { who } = member;
    if (who.kind === 'agent') return { type: 'agent', id: who.agentId, name: who.name, avatarUrl: who.avatarUrl };
    return { type: 'customer', name: this.session?.customerName ?? '' };
  }

  /** A joined socket's participant to read the session as (an agent's when there is one). */
  private someJoinedMember(): Member | undefined {
    let fallback: Member | undefined;
    for (const member of this.members.values()) {
      if (!member.joined) continue;
      if (member.audience === 'agent') return member;
      fallback ??= member;
    }
    return fallback;
  }

  private broadcast(frame: SessionServerFrame): void {
    this.sendToJoined(JSON.stringify(frame));
  }

  private sendToJoined(json: string): void {
    for (const member of this.members.values()) if (member.joined) member.connection.send(json);
  }

  private send(member: Member, frame: SessionServerFrame): void {
    member.connection.send(JSON.stringify(frame));
  }
}

/** Lets a rate-limited sender know which message to retry, without parsing the flood. */
function clientIdHint(raw: string | ArrayBuffer | ArrayBufferView): { clientId?: string } {
  if (typeof raw !== 'string' || raw.length > chatLimits.frameBytes) return {};
  const match = /"clientId"\s*:\s*"([A-Za-z0-9_-]{8,64})"/.exec(raw);
  return match?.[1] ? { clientId: match[1] } : {};
}
