import type { AgentRole } from '../../shared/schemas/agents.ts';
import type { CompanySize } from '../../shared/schemas/customers.ts';
import type { ArticleStatus } from '../../shared/schemas/knowledge.ts';
import type { WidgetMode, WidgetPosition } from '../../shared/schemas/sites.ts';
import type { TicketChannel, TicketPriority, TicketSort, TicketStatus } from '../../shared/schemas/tickets.ts';

/**
 * Words for the API's enums. The records are typed by the shared unions, so adding a status to the
 * schema fails the type check here until it has a label. (The lists are not imported from
 * shared/schemas: that would pull zod into the console bundle for four arrays.)
 */
export const statusLabels: Record<TicketStatus, string> = {
  open: 'Open',
  pending: 'Pending',
  resolved: 'Resolved',
  closed: 'Closed',
};

export const priorityLabels: Record<TicketPriority, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  urgent: 'Urgent',
};

export const channelLabels: Record<TicketChannel, string> = {
  email: 'Email',
  chat: 'Chat',
  phone: 'Phone',
  web: 'Web form',
};

export const roleLabels: Record<AgentRole, string> = { admin: 'Admin', agent: 'Agent' };

export const positionLabels: Record<WidgetPosition, string> = {
  'bottom-right': 'Bottom right',
  'bottom-left': 'Bottom left',
};

export const widgetModeLabels: Record<WidgetMode, string> = {
  both: 'Help articles and chat',
  chat: 'Chat only',
  help: 'Help articles only',
};

export const companySizeLabels: Record<CompanySize, string> = {
  '1-10': '1–10 people',
  '11-50': '11–50 people',
  '51-200': '51–200 people',
  '201-1000': '201–1,000 people',
  '1001-5000': '1,001–5,000 people',
  '5000+': 'More than 5,000 people',
};

export const sortLabels: Record<TicketSort, string> = {
  '-created': 'Newest first',
  created: 'Oldest first',
  '-updated': 'Recently updated',
  updated: 'Least recently updated',
  '-priority': 'Highest priority',
  priority: 'Lowest priority',
  '-number': 'Number, high to low',
  number: 'Number, low to high',
};

export const articleStatusLabels: Record<ArticleStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  published: 'Published',
  archived: 'Archived',
};

/** Object keys in declaration order, typed. */
export const keysOf = <K extends string>(record: Record<K, string>) => Object.keys(record) as K[];

export const ticketStatuses = keysOf(statusLabels);
export const ticketPriorities = keysOf(priorityLabels);
export const ticketChannels = keysOf(channelLabels);
export const ticketSorts = keysOf(sortLabels);
export const agentRoles = keysOf(roleLabels);
export const widgetPositions = keysOf(positionLabels);
export const companySizes = keysOf(companySizeLabels);
export const articleStatuses = keysOf(articleStatusLabels);

export const isOneOf = <T extends string>(list: readonly T[], value: string | null | undefined): value is T =>
  value != null && (list as readonly string[]).includes(value);
