import { createHmac, randomBytes } from 'node:crypto';
import { asc } from 'drizzle-orm';
import { chatSessions as chatSessionsCall, chatVisitor, startChat } from '../../../shared/api/widget-chat.ts';
import type { WidgetEndpoint } from '../../../shared/api/widget.ts';
import type { ChatIdentityInput, ChatVisitor, StartChatInput } from '../../../shared/schemas/chat.ts';
import { sites } from '../../db/schema.ts';
import { DirectChatStore } from '../../rooms/direct-store.ts';
import { newAgent, type SignedIn } from '../../testing/client.ts';
import { startTestServer, type TestServer, type TestServerOptions } from '../../testing/harness.ts';
import type { AgentParticipant, VisitorParticipant } from '../access.ts';
import { chatDepsOf, type ChatDeps } from '../deps.ts';

/**
 * A real server for chat tests, plus handles on the same database: the rooms' store (as the
 * in-process rooms get it) and the chat domain's deps. Widget calls go over HTTP with the shared
 * widget functions, like the widget makes them.
 */
export interface ChatFixture {
  server: TestServer;
  chat: ChatDeps;
  store: DirectChatStore;
  site: { id: string; publicKey: string; identitySecret: string };
  at: WidgetEndpoint;
}

export async function startChatServer(options: TestServerOptions = {}): Promise<ChatFixture> {
  const server = await startTestServer(options);
  const chat = chatDepsOf(server);
  const site = server.database.db
    .select({ id: sites.id, publicKey: sites.publicKey, identitySecret: sites.identitySecret })
    .from(sites)
    .orderBy(asc(sites.createdAt))
    .get();
  if (!site) throw new Error('the test server has no site');
  return { server, chat, store: new DirectChatStore(chat), site, at: { baseUrl: server.url, siteKey: site.publicKey } };
}

/** A fresh anonymous visitor id, as the widget makes them (32 hex digits). */
export const newVisitorId = () => randomBytes(16).toString('hex');

/** A client id for a message. */
export const newClientId = () => randomBytes(9).toString('base64url');

export const identityHash = (siteSecret: string, userId: string) => createHmac('sha256', siteSecret).update(userId).digest('hex');

export interface TestVisitor {
  pass: ChatVisitor;
  who: VisitorParticipant;
}

export async function visitor(fx: ChatFixture, identity?: ChatIdentityInput, visitorId = newVisitorId()): Promise<TestVisitor> {
  const pass = await chatVisitor(fx.at, identity ? { visitorId, identity } : { visitorId });
  return { pass, who: { kind: 'visitor', siteId: fx.site.id, visitorId: pass.visitorId, verified: pass.verified } };
}

/** Starts a chat over HTTP as this visitor. */
export const startChatAs = (fx: ChatFixture, v: TestVisitor, input: StartChatInput = { name: 'Ana Lima' }) => startChat(fx.at, v.pass.token, input);

export const sessionsOf = (fx: ChatFixture, v: TestVisitor) => chatSessionsCall(fx.at, v.pass.token);

export interface TestAgent {
  signedIn: SignedIn;
  who: AgentParticipant;
}

export async function agent(fx: ChatFixture, role: 'admin' | 'agent' = 'agent', name?: string): Promise<TestAgent> {
  const signedIn = await newAgent(fx.server, role, name);
  const me = await signedIn.api.auth.me();
  return { signedIn, who: { kind: 'agent', agentId: signedIn.agentId, name: me.agent.name, avatarUrl: null, role } };
}

/** Widget requests with a body the typed functions would not send. */
export function widgetRaw(fx: ChatFixture, path: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  if (typeof init.body === 'string' && !headers.has('content-type')) headers.set('content-type', 'application/json');
  return fetch(`${fx.server.url}/api/widget/sites/${fx.site.publicKey}/chat/${path}`, { ...init, headers });
}
