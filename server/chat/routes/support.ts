import { Hono } from 'hono';
import type { ChatAgentToken } from '../../../shared/schemas/chat.ts';
import { chatListQuery } from '../../../shared/schemas/transcripts.ts';
import type { Principal } from '../../auth/principal.ts';
import type { Deps } from '../../deps.ts';
import { principalOf } from '../../http/auth.ts';
import type { AppEnv } from '../../http/env.ts';
import { readId, readQuery } from '../../http/validate.ts';
import { UploadStore } from '../../uploads/storage.ts';
import { openSessionFor, type AgentParticipant } from '../access.ts';
import { storeChatAttachment } from '../attachments.ts';
import { chatContext } from '../context.ts';
import { chatDepsOf } from '../deps.ts';
import { getChatDetail } from '../detail.ts';
import { listChats } from '../list.ts';
import { issueAgentToken } from '../tokens.ts';
import { chatErrorHandler } from './errors.ts';
import { readChatUpload } from './upload.ts';

const agentOf = (principal: Principal): AgentParticipant => ({
  kind: 'agent',
  agentId: principal.agent.id,
  name: principal.agent.name,
  avatarUrl: principal.agent.avatarUrl,
  role: principal.role,
});

/**
 * The console's chat calls, mounted at /api/support (agents, cookie + CSRF or API token, checked
 * by app.ts before these run). Conversations themselves happen in the rooms; these are the token
 * for them, the list and history, the customer sidebar and agents' uploads.
 * Mount the transcripts' routes (…/chats/export) before these, or `/chats/:id` would catch "export".
 */
export function chatSupportRoutes(deps: Deps) {
  const chat = chatDepsOf(deps);
  const uploads = new UploadStore(deps.config.dataDir);
  return new Hono<AppEnv>()
    .onError(chatErrorHandler(deps.logger))
    .post('/chat/token', (c) => {
      const body: ChatAgentToken = { token: issueAgentToken(deps.config.secret, principalOf(c).agent.id), roomsUrl: deps.config.roomsUrl };
      c.header('cache-control', 'no-store');
      return c.json(body);
    })
    .get('/chats', async (c) => c.json(await listChats(chat, readQuery(c, chatListQuery), principalOf(c).agent.id)))
    .get('/chats/:id', async (c) => c.json(await getChatDetail(chat, readId(c), principalOf(c).agent.id)))
    .get('/chats/:id/context', async (c) => c.json(await chatContext(chat, readId(c), principalOf(c).agent.id)))
    .post('/chats/:id/attachments', async (c) => {
      const sessionId = readId(c);
      const agent = agentOf(principalOf(c));
      openSessionFor(deps.database.db, sessionId, agent);
      const upload = await readChatUpload(c);
      return c.json(await storeChatAttachment(chat, uploads, upload, sessionId, agent), 201);
    });
}
