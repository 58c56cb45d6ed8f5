import type { ActivityEntry } from '../../shared/schemas/activity.ts';
import { isOneOf, priorityLabels, roleLabels, statusLabels, ticketPriorities, ticketStatuses } from './labels.ts';
import { paths } from './paths.ts';

/**
 * Turns audit-log entries into sentences: "Ada replied to ticket #12". The log stores ids and raw
 * field values; `ActivityNames` supplies the words for them (agent names, ticket numbers, …).
 */
export interface ActivityNames {
  agent(id: string): string | undefined;
  ticketNumber(id: string): number | undefined;
  customer(id: string): string | undefined;
  site(id: string): string | undefined;
}

export interface ActivityTarget {
  label: string;
  href: string | null;
}

/** `{actor} {before} {target} {after}`, plus change lines to show underneath. */
export interface ActivitySentence {
  actor: string;
  before: string;
  target: ActivityTarget | null;
  after: string;
  details: string[];
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const pair = (value: unknown): [unknown, unknown] =>
  Array.isArray(value) && value.length === 2 ? [value[0], value[1]] : [undefined, value];

function statusWord(value: unknown): string {
  return isOneOf(ticketStatuses, text(value)) ? statusLabels[value as keyof typeof statusLabels] : String(value ?? 'none');
}
function priorityWord(value: unknown): string {
  return isOneOf(ticketPriorities, text(value)) ? priorityLabels[value as keyof typeof priorityLabels] : String(value ?? 'none');
}
const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** Ticket fields the server derives (timestamps) are left out: the reply or status change already says it. */
export function ticketChangePhrases(changes: Record<string, unknown>, names: ActivityNames): string[] {
  const phrases: string[] = [];
  for (const [field, raw] of Object.entries(changes)) {
    const [before, after] = pair(raw);
    switch (field) {
      case 'status':
        phrases.push(`changed status from ${statusWord(before)} to ${statusWord(after)}`);
        break;
      case 'priority':
        phrases.push(`changed priority from ${priorityWord(before)} to ${priorityWord(after)}`);
        break;
      case 'assigneeId': {
        const who = text(after);
        phrases.push(who ? `assigned it to ${names.agent(who) ?? 'a former agent'}` : 'removed the assignee');
        break;
      }
      case 'tags': {
        const was = Array.isArray(before) ? before.map(String) : [];
        const now = Array.isArray(after) ? after.map(String) : [];
        const added = now.filter((tag) => !was.includes(tag));
        const removed = was.filter((tag) => !now.includes(tag));
        if (added.length) phrases.push(`added ${added.length === 1 ? 'tag' : 'tags'} ${list(added)}`);
        if (removed.length) phrases.push(`removed ${removed.length === 1 ? 'tag' : 'tags'} ${list(removed)}`);
        break;
      }
      case 'category':
        phrases.push(text(after) ? `set category to “${text(after)}”` : 'cleared the category');
        break;
      case 'subject':
        phrases.push(`renamed it to “${text(after) ?? ''}”`);
        break;
      case 'satisfaction':
        phrases.push(after == null ? 'cleared the rating' : `recorded a rating of ${String(after)}/5`);
        break;
      default:
        break;
    }
  }
  return phrases;
}

const capitalise = (phrase: string) => phrase.charAt(0).toUpperCase() + phrase.slice(1);

function fieldList(changes: Record<string, unknown>): string[] {
  const words: Record<string, string> = {
    companySize: 'company size',
    allowedOrigins: 'allowed origins',
    themeColor: 'theme colour',
    avatarUrl: 'avatar',
    widgetMode: 'widget mode',
  };
  const fields = Object.keys(changes).filter((field) => field !== 'metadata' && field !== 'updatedAt');
  return fields.length ? [`Changed ${list(fields.map((field) => words[field] ?? field))}`] : [];
}

function targetFor(entry: ActivityEntry, names: ActivityNames): ActivityTarget {
  const { entityType, entityId, changes, action } = entry;
  switch (entityType) {
    case 'ticket': {
      const number = typeof changes.number === 'number' ? changes.number : names.ticketNumber(entityId);
      return { label: number !== undefined ? `ticket #${number}` : 'a ticket', href: paths.ticket(entityId) };
    }
    case 'customer': {
      const name = text(changes.name) ?? names.customer(entityId);
      const deleted = action === 'customer.deleted';
      return { label: name ?? 'a customer', href: deleted ? null : paths.customer(entityId) };
    }
    case 'agent':
      return { label: names.agent(entityId) ?? text(changes.name) ?? 'an agent', href: paths.settings('agents') };
    case 'site': {
      const name = text(changes.name) ?? names.site(entityId);
      return { label: name ? `site “${name}”` : 'a site', href: action === 'site.deleted' ? null : paths.settings('sites') };
    }
    case 'api_token':
      return { label: text(changes.name) ? `API token “${text(changes.name)}”` : 'an API token', href: paths.settings('api-tokens') };
    case 'canned_response': {
      // Created and deleted entries carry the shortcut; updates carry it only when it changed.
      const shortcut = text(changes.shortcut) ?? text(pair(changes.shortcut)[1]);
      const deleted = action === 'canned_response.deleted';
      return { label: shortcut ? `canned response /${shortcut}` : 'a canned response', href: deleted ? null : paths.settings('canned-responses') };
    }
    case 'team_settings':
      return { label: 'business hours & SLA', href: paths.settings('business-hours') };
    default:
      return { label: entityType, href: null };
  }
}

/** A sentence for the Home feed, naming what was changed. Null for entries that add nothing. */
export function describeActivity(entry: ActivityEntry, names: ActivityNames): ActivitySentence | null {
  const actor = entry.actor.name;
  const target = targetFor(entry, names);
  const sentence = (before: string, after = '', details: string[] = []): ActivitySentence => ({ actor, before, target, after, details });
  const { changes } = entry;
  switch (entry.action) {
    case 'auth.login':
      return { actor, before: 'signed in', target: null, after: '', details: [] };
    case 'ticket.created':
      return sentence('created', '', text(changes.subject) ? [`“${text(changes.subject)}”`] : []);
    case 'ticket.reply_added':
      return sentence('replied to');
    case 'ticket.note_added':
      return sentence('added an internal note to');
    case 'ticket.customer_message_added':
      return sentence("added the customer's message to");
    case 'ticket.updated': {
      const phrases = ticketChangePhrases(changes, names);
      // Only derived fields (e.g. the first-response time after a reply): the reply is already listed.
      return phrases.length ? sentence('updated', '', phrases.map(capitalise)) : null;
    }
    case 'customer.created':
      return sentence('added customer');
    case 'customer.updated':
      return sentence('updated customer', '', fieldList(changes));
    case 'customer.deleted':
      return sentence('deleted customer');
    case 'agent.created':
      return sentence('added', `to the team${isOneOf(['admin', 'agent'] as const, text(changes.role)) ? ` as ${roleLabels[changes.role as 'admin' | 'agent'].toLowerCase()}` : ''}`);
    case 'agent.invite_issued':
      return sentence('sent a sign-in link to');
    case 'agent.invite_accepted':
      return { actor, before: 'joined the team', target: null, after: '', details: [] };
    case 'agent.updated': {
      const [, role] = pair(changes.role);
      const [, disabledAt] = pair(changes.disabledAt);
      if ('disabledAt' in changes) return sentence(disabledAt ? 'deactivated' : 'reactivated');
      if (isOneOf(['admin', 'agent'] as const, text(role))) return sentence('made', `${role === 'admin' ? 'an admin' : 'an agent'}`);
      return sentence('updated', '', fieldList(changes));
    }
    case 'site.created':
      return sentence('added');
    case 'site.updated':
      return sentence('updated', '', fieldList(changes));
    case 'site.deleted':
      return sentence('deleted');
    case 'site.identity_secret_rotated':
      return sentence('rotated the identity secret of');
    case 'canned_response.created':
      return sentence('added');
    case 'canned_response.updated':
      return sentence('updated', '', fieldList(changes));
    case 'canned_response.deleted':
      return sentence('deleted');
    case 'team_settings.updated':
      return sentence('changed', '', [
        ...('businessHours' in changes ? ['Business hours or holidays'] : []),
        ...('slaTargets' in changes ? ['SLA targets'] : []),
      ]);
    case 'api_token.created':
      return sentence('created');
    case 'api_token.revoked':
      return sentence('revoked');
    default:
      return sentence(entry.action.replace(/[._]/g, ' '));
  }
}

/** A sentence for one ticket's own history, where "the ticket" goes without saying. */
export function describeTicketActivity(entry: ActivityEntry, names: ActivityNames): ActivitySentence | null {
  const plain = (before: string, details: string[] = []): ActivitySentence => ({
    actor: entry.actor.name,
    before,
    target: null,
    after: '',
    details,
  });
  switch (entry.action) {
    case 'ticket.created':
      return plain('created the ticket');
    case 'ticket.reply_added':
      return plain('replied to the customer');
    case 'ticket.note_added':
      return plain('added an internal note');
    case 'ticket.updated': {
      const phrases = ticketChangePhrases(entry.changes, names);
      return phrases.length ? plain(list(phrases)) : null;
    }
    default:
      return plain(entry.action.replace(/[._]/g, ' '));
  }
}
