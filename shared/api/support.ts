import type { ActivityEntry, Health, Overview } from '../schemas/activity.ts';
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
import { createHttp, type HttpOptions, type Query } from './http.ts';

const id = (value: string) => encodeURIComponent(value);

/** The typed client the console (and integrations written in TypeScript) use for every call. */
export function createSupportClient(options: HttpOptions) {
  const http = createHttp(options);
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
    overview: () => http<Overview>('GET', '/api/support/overview'),
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
    },
    apiTokens: {
      list: () => http<{ items: ApiToken[] }>('GET', '/api/support/api-tokens'),
      create: (input: CreateApiTokenInput) => http<CreatedApiToken>('POST', '/api/support/api-tokens', { body: input }),
      revoke: (tokenId: string) => http<undefined>('DELETE', `/api/support/api-tokens/${id(tokenId)}`),
    },
  };
}

export type SupportClient = ReturnType<typeof createSupportClient>;
