import type { ActivityEntry, Health, Overview } from '../schemas/activity.ts';
import type { OverviewQuery } from '../schemas/analytics-extra.ts';
import { analyticsExtraClient } from './analytics-extra.ts';
import type { AgentAnalytics, AnalyticsDashboard, DashboardQuery, TicketAnalytics } from '../schemas/analytics.ts';
import type { Agent, CreateAgentInput, CreatedAgent, UpdateAgentInput, UpdateProfileInput } from '../schemas/agents.ts';
import type { AcceptInviteInput, ChangePasswordInput, InviteInfo, LoginInput, SessionInfo, SetupInput } from '../schemas/auth.ts';
import type { Page } from '../schemas/common.ts';
import type {
  CreateCustomerInput,
  Customer,
  CustomerListQuery,
  UpdateCustomerInput,
} from '../schemas/customers.ts';
import type { CreateSiteInput, Site, UpdateSiteInput } from '../schemas/sites.ts';
import type {
  CreateTicketInput,
  CreateTicketMessageInput,
  Ticket,
  TicketListQuery,
  TicketMessage,
  UpdateTicketInput,
} from '../schemas/tickets.ts';
import type { ApiToken, CreateApiTokenInput, CreatedApiToken } from '../schemas/tokens.ts';
import type {
  Article,
  ArticleListQuery,
  ArticleRevision,
  ArticleSummary,
  CreateArticleInput,
  CreateCategoryInput,
  CreateTranslationInput,
  FeedbackInput,
  KnowledgeCategory,
  RevisionDiff,
  SearchHit,
  SearchQuery,
  SearchResult,
  Suggestions,
  UpdateArticleInput,
  UpdateCategoryInput,
} from '../schemas/knowledge.ts';
import type { AttachmentListQuery, KnowledgeAttachment } from '../schemas/attachments.ts';
import type {
  CannedResponse,
  CannedResponseListQuery,
  CreateCannedResponseInput,
  UpdateCannedResponseInput,
} from '../schemas/canned.ts';
import type { ChatExportQuery, ChatListQuery, EmailTranscriptInput, TranscriptEmailResult, TranscriptFormat } from '../schemas/transcripts.ts';
import type { ChatAgentToken, ChatCustomerContext, ChatDetail, ChatListItem } from '../schemas/chat.ts';
import type { ChatAttachment } from '../chat/protocol.ts';
import { createHttp, queryString, type HttpOptions, type Query } from './http.ts';
import { createMultipartHttp, uploadForm } from './multipart.ts';
import { teamSettingsClient } from './team-settings.ts';
import { reportsClient } from './reports.ts';

const id = (value: string) => encodeURIComponent(value);

/** The typed client the console (and integrations written in TypeScript) use for every call. */
export function createSupportClient(options: HttpOptions) {
  const http = createHttp(options);
  const multipart = createMultipartHttp(options);
  return {
    health: () => http<Health>('GET', '/api/health'),
    auth: {
      me: () => http<SessionInfo>('GET', '/api/auth/me'),
      updateProfile: (input: UpdateProfileInput) => http<Agent>('PATCH', '/api/auth/me', { body: input }),
      changePassword: (input: ChangePasswordInput) => http<undefined>('POST', '/api/auth/password', { body: input }),
      login: (input: LoginInput) => http<SessionInfo>('POST', '/api/auth/login', { body: input }),
      logout: () => http<undefined>('POST', '/api/auth/logout'),
      invite: (token: string) => http<InviteInfo>('GET', `/api/auth/invites/${id(token)}`),
      setup: (input: SetupInput) => http<SessionInfo>('POST', '/api/auth/setup', { body: input }),
      acceptInvite: (input: AcceptInviteInput) => http<SessionInfo>('POST', '/api/auth/accept-invite', { body: input }),
    },
    /** Analytics exports (streamed downloads with progress) and scheduled email reports. */
    reports: reportsClient(http, options),
    overview: (query: OverviewQuery = {}) => http<Overview>('GET', '/api/support/overview', { query: query as Query }),
    analytics: {
      ...analyticsExtraClient(http, options),
      /** Every KPI with the previous period of the same length; see "Analytics definitions" in the README. */
      dashboard: (query: DashboardQuery = {}) =>
        http<AnalyticsDashboard>('GET', '/api/support/analytics/dashboard', { query: query as Query }),
      /** Daily volume (local days), resolution-time distribution, SLA by priority, channels, categories, peak hours. */
      tickets: (query: DashboardQuery = {}) => http<TicketAnalytics>('GET', '/api/support/analytics/tickets', { query: query as Query }),
      agents: (query: DashboardQuery = {}) => http<AgentAnalytics>('GET', '/api/support/analytics/agents', { query: query as Query }),
    },
    tickets: {
      list: (query: TicketListQuery = {}) => http<Page<Ticket>>('GET', '/api/support/tickets', { query: query as Query }),
      get: (ticketId: string) => http<Ticket>('GET', `/api/support/tickets/${id(ticketId)}`),
      create: (input: CreateTicketInput) => http<Ticket>('POST', '/api/support/tickets', { body: input }),
      update: (ticketId: string, input: UpdateTicketInput) =>
        http<Ticket>('PATCH', `/api/support/tickets/${id(ticketId)}`, { body: input }),
      messages: (ticketId: string) => http<{ items: TicketMessage[] }>('GET', `/api/support/tickets/${id(ticketId)}/messages`),
      addMessage: (ticketId: string, input: CreateTicketMessageInput) =>
        http<{ message: TicketMessage; ticket: Ticket }>('POST', `/api/support/tickets/${id(ticketId)}/messages`, {
          body: input,
        }),
      activity: (ticketId: string) =>
        http<{ items: ActivityEntry[] }>('GET', `/api/support/tickets/${id(ticketId)}/activity`),
    },
    customers: {
      list: (query: CustomerListQuery = {}) =>
        http<Page<Customer>>('GET', '/api/support/customers', { query: query as Query }),
      get: (customerId: string) => http<Customer>('GET', `/api/support/customers/${id(customerId)}`),
      create: (input: CreateCustomerInput) => http<Customer>('POST', '/api/support/customers', { body: input }),
      update: (customerId: string, input: UpdateCustomerInput) =>
        http<Customer>('PATCH', `/api/support/customers/${id(customerId)}`, { body: input }),
      remove: (customerId: string) => http<undefined>('DELETE', `/api/support/customers/${id(customerId)}`),
      tickets: (customerId: string, query: Omit<TicketListQuery, 'customerId'> = {}) =>
        http<Page<Ticket>>('GET', `/api/support/customers/${id(customerId)}/tickets`, { query: query as Query }),
    },
    agents: {
      list: () => http<{ items: Agent[] }>('GET', '/api/support/agents'),
      create: (input: CreateAgentInput) => http<CreatedAgent>('POST', '/api/support/agents', { body: input }),
      update: (agentId: string, input: UpdateAgentInput) =>
        http<Agent>('PATCH', `/api/support/agents/${id(agentId)}`, { body: input }),
      reinvite: (agentId: string) => http<CreatedAgent>('POST', `/api/support/agents/${id(agentId)}/invite`),
    },
    sites: {
      list: () => http<{ items: Site[] }>('GET', '/api/support/sites'),
      get: (siteId: string) => http<Site>('GET', `/api/support/sites/${id(siteId)}`),
      create: (input: CreateSiteInput) => http<Site>('POST', '/api/support/sites', { body: input }),
      update: (siteId: string, input: UpdateSiteInput) =>
        http<Site>('PATCH', `/api/support/sites/${id(siteId)}`, { body: input }),
      remove: (siteId: string) => http<undefined>('DELETE', `/api/support/sites/${id(siteId)}`),
      /** Admins: a new identity-verification secret; the answer carries it (`identitySecret`). */
      rotateIdentitySecret: (siteId: string) => http<Site>('POST', `/api/support/sites/${id(siteId)}/identity-secret/rotate`),
    },
    teamSettings: teamSettingsClient(http),
    cannedResponses: {
      list: (query: CannedResponseListQuery = {}) =>
        http<{ items: CannedResponse[] }>('GET', '/api/support/canned-responses', { query: query as Query }),
      create: (input: CreateCannedResponseInput) => http<CannedResponse>('POST', '/api/support/canned-responses', { body: input }),
      update: (responseId: string, input: UpdateCannedResponseInput) =>
        http<CannedResponse>('PATCH', `/api/support/canned-responses/${id(responseId)}`, { body: input }),
      remove: (responseId: string) => http<undefined>('DELETE', `/api/support/canned-responses/${id(responseId)}`),
    },
    knowledge: {
      articles: {
        list: (query: ArticleListQuery = {}) =>
          http<Page<ArticleSummary>>('GET', '/api/support/knowledge/articles', { query: query as Query }),
        get: (articleId: string) => http<Article>('GET', `/api/support/knowledge/articles/${id(articleId)}`),
        create: (input: CreateArticleInput) => http<Article>('POST', '/api/support/knowledge/articles', { body: input }),
        update: (articleId: string, input: UpdateArticleInput) =>
          http<Article>('PUT', `/api/support/knowledge/articles/${id(articleId)}`, { body: input }),
        remove: (articleId: string) => http<undefined>('DELETE', `/api/support/knowledge/articles/${id(articleId)}`),
        feedback: (articleId: string, input: FeedbackInput) =>
          http<{ helpful: number; notHelpful: number }>('POST', `/api/support/knowledge/articles/${id(articleId)}/feedback`, { body: input }),
        revisions: (articleId: string) =>
          http<{ items: ArticleRevision[] }>('GET', `/api/support/knowledge/articles/${id(articleId)}/revisions`),
        revision: (articleId: string, version: number) =>
          http<ArticleRevision>('GET', `/api/support/knowledge/articles/${id(articleId)}/revisions/${version}`),
        restore: (articleId: string, version: number) =>
          http<Article>('POST', `/api/support/knowledge/articles/${id(articleId)}/revisions/${version}/restore`),
        diff: (articleId: string, from: number, to: number) =>
          http<RevisionDiff>('GET', `/api/support/knowledge/articles/${id(articleId)}/diff`, { query: { from, to } }),
        submit: (articleId: string, comment?: string) =>
          http<Article>('POST', `/api/support/knowledge/articles/${id(articleId)}/submit`, { body: { comment } }),
        approve: (articleId: string, comment?: string) =>
          http<Article>('POST', `/api/support/knowledge/articles/${id(articleId)}/approve`, { body: { comment } }),
        reject: (articleId: string, comment: string) =>
          http<Article>('POST', `/api/support/knowledge/articles/${id(articleId)}/reject`, { body: { comment } }),
        publish: (articleId: string) => http<Article>('POST', `/api/support/knowledge/articles/${id(articleId)}/publish`),
        unpublish: (articleId: string) => http<Article>('POST', `/api/support/knowledge/articles/${id(articleId)}/unpublish`),
        archive: (articleId: string) => http<Article>('POST', `/api/support/knowledge/articles/${id(articleId)}/archive`),
        unarchive: (articleId: string) => http<Article>('POST', `/api/support/knowledge/articles/${id(articleId)}/unarchive`),
        translate: (articleId: string, input: CreateTranslationInput) =>
          http<Article>('POST', `/api/support/knowledge/articles/${id(articleId)}/translations`, { body: input }),
        related: (articleId: string) =>
          http<{ items: SearchHit[] }>('GET', `/api/support/knowledge/articles/${id(articleId)}/related`),
      },
      categories: {
        list: () => http<{ items: KnowledgeCategory[] }>('GET', '/api/support/knowledge/categories'),
        create: (input: CreateCategoryInput) => http<KnowledgeCategory>('POST', '/api/support/knowledge/categories', { body: input }),
        update: (categoryId: string, input: UpdateCategoryInput) =>
          http<KnowledgeCategory>('PATCH', `/api/support/knowledge/categories/${id(categoryId)}`, { body: input }),
        remove: (categoryId: string) => http<undefined>('DELETE', `/api/support/knowledge/categories/${id(categoryId)}`),
      },
      search: (query: SearchQuery) => http<SearchResult>('GET', '/api/support/knowledge/search', { query: query as Query }),
      suggest: (q: string, locale = 'en') => http<Suggestions>('GET', '/api/support/knowledge/suggest', { query: { q, locale } }),
      suggestions: (text: string, locale = 'en') =>
        http<{ items: SearchHit[] }>('POST', '/api/support/knowledge/suggestions', { body: { text, locale } }),
      /** Uploads an image (PNG, JPEG, WebP, GIF) or a PDF, at most 10 MB; images are re-encoded. */
      upload: (file: Blob, fileName: string, articleId?: string) =>
        multipart<KnowledgeAttachment>('/api/support/knowledge/attachments', uploadForm(file, fileName, articleId)),
      attachments: {
        list: (query: AttachmentListQuery = {}) =>
          http<Page<KnowledgeAttachment>>('GET', '/api/support/knowledge/attachments', { query: query as Query }),
        remove: (attachmentId: string) => http<undefined>('DELETE', `/api/support/knowledge/attachments/${id(attachmentId)}`),
      },
    },
    /** Live chat. Conversations run over the rooms' sockets; these are the REST side. */
    chats: {
      /** A socket credential for the rooms (12 h) and where they are. */
      token: () => http<ChatAgentToken>('POST', '/api/support/chat/token'),
      /** Newest first; filters as the export's, `q` searches transcripts (notes included) and customers. */
      list: (query: ChatListQuery = {}) => http<Page<ChatListItem>>('GET', '/api/support/chats', { query: query as Query }),
      /** The chat with every message (internal notes included), its transfers and read positions. */
      get: (chatId: string) => http<ChatDetail>('GET', `/api/support/chats/${id(chatId)}`),
      /** The customer sidebar: customer, their other chats, recent tickets, articles viewed. */
      context: (chatId: string) => http<ChatCustomerContext>('GET', `/api/support/chats/${id(chatId)}/context`),
      /** An image or PDF (≤ 10 MB, typed by its bytes) to send in the chat: put its id in the next message. */
      uploadAttachment: (chatId: string, file: Blob, fileName: string) =>
        multipart<ChatAttachment>(`/api/support/chats/${id(chatId)}/attachments`, uploadForm(file, fileName)),
    },
    /** Chat transcripts (never with internal notes). Downloads are links: see transcriptUrl / chatExportUrl. */
    transcripts: {
      /** Emails the transcript (text body, PDF attached) to up to 10 addresses; 503 when the server has no SMTP. */
      email: (chatId: string, input: EmailTranscriptInput) =>
        http<TranscriptEmailResult>('POST', `/api/support/chats/${id(chatId)}/email`, { body: input }),
      /** Makes the chat a ticket (channel chat, transcript as description); 409 when it already is one. */
      convert: (chatId: string) => http<{ ticket: Ticket }>('POST', `/api/support/chats/${id(chatId)}/convert`),
    },
    apiTokens: {
      list: () => http<{ items: ApiToken[] }>('GET', '/api/support/api-tokens'),
      create: (input: CreateApiTokenInput) => http<CreatedApiToken>('POST', '/api/support/api-tokens', { body: input }),
      revoke: (tokenId: string) => http<undefined>('DELETE', `/api/support/api-tokens/${id(tokenId)}`),
    },
  };
}

export type SupportClient = ReturnType<typeof createSupportClient>;

/** Where a chat's transcript downloads (an attachment: use it as a link's href, or fetch it). */
export const transcriptUrl = (baseUrl: string, chatId: string, format: TranscriptFormat) =>
  `${baseUrl}/api/support/chats/${id(chatId)}/transcript${queryString({ format })}`;

/** Where the chats matching the list's filters download as one file (at most 1,000 chats; more is 422). */
export const chatExportUrl = (baseUrl: string, query: ChatExportQuery) =>
  `${baseUrl}/api/support/chats/export${queryString(query as Query)}`;
