import type { TicketChannel, TicketPriority } from '../../shared/schemas/tickets.ts';
import type { MessageKind } from './lifecycle.ts';
import { WeightedChoice, type Random } from './random.ts';
import { compileTemplates, type SlotValues, type Template } from './templates.ts';
import { categories, type CategoryVocabulary } from './vocabulary/categories.ts';
import * as conversation from './vocabulary/conversation.ts';
import { slotFillers } from './vocabulary/slots.ts';

/** Turns a ticket's facts into the words a customer and agents would have written. */

export interface WrittenCategory {
  name: string;
  subjects: Template[];
  problems: Template[];
  firstReplies: Template[];
  resolutions: Template[];
  tags: readonly string[];
}

// Compiled once at load: an unknown {slot} in the vocabulary fails fast, not mid-seed.
const compile = (sources: readonly string[]) => compileTemplates(sources, slotFillers);
const compileCategory = (category: CategoryVocabulary): WrittenCategory => ({
  name: category.name,
  subjects: compile(category.subjects),
  problems: compile(category.problems),
  firstReplies: compile(category.firstReplies),
  resolutions: compile(category.resolutions),
  tags: category.tags,
});

export const categoryChoice = new WeightedChoice(categories.map((category) => [compileCategory(category), category.weight] as const));

const phrases = {
  customerGreetings: compile(conversation.customerGreetings),
  customerDetails: compile(conversation.customerDetails),
  urgencyLines: compile(conversation.urgencyLines),
  customerClosings: compile(conversation.customerClosings),
  agentGreetings: compile(conversation.agentGreetings),
  agentSignoffs: compile(conversation.agentSignoffs),
  customerFollowUps: compile(conversation.customerFollowUps),
  agentFollowUps: compile(conversation.agentFollowUps),
  oneTouchClosers: compile(conversation.oneTouchClosers),
  internalNotes: compile(conversation.internalNotes),
  duplicateNotes: compile(conversation.duplicateNotes),
};

const tagCounts = new WeightedChoice<number>([[0, 25], [1, 40], [2, 25], [3, 10]]);
const accountTags = ['vip', 'enterprise', 'escalated', 'churn-risk', 'mobile', 'new-customer', 'multi-location'];

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function writeSubject(rng: Random, category: WrittenCategory, values: SlotValues): string {
  return capitalized(rng.pick(category.subjects).render(values));
}

/** The ticket's description, which is also the body of the customer's first message. */
export function writeDescription(
  rng: Random,
  category: WrittenCategory,
  channel: TicketChannel,
  priority: TicketPriority,
  values: SlotValues,
): string {
  const lead = rng.pick(conversation.channelOpenings[channel]);
  let body = rng.pick(category.problems).render(values);
  const detailCount = rng.int(0, channel === 'chat' ? 1 : 2);
  const details = new Set<Template>();
  for (let i = 0; i < detailCount; i++) details.add(rng.pick(phrases.customerDetails));
  for (const detail of details) body += ` ${detail.render(values)}`;
  if (priority === 'urgent' || (priority === 'high' && rng.chance(0.3))) body += ` ${rng.pick(phrases.urgencyLines).render(values)}`;

  // Call notes and chat lines have no letter around them; emails and web forms do.
  if (channel === 'phone' || channel === 'chat') return `${lead}${body}`;
  const greeting = rng.pick(phrases.customerGreetings).render(values);
  const closing = rng.pick(phrases.customerClosings).render(values);
  return `${greeting}\n\n${lead}${body}\n\n${closing}\n${values.get('customerFirstName')}`;
}

function agentLetter(rng: Random, channel: TicketChannel, text: string, values: SlotValues): string {
  // Chat replies are conversational; email-style replies get a greeting and a signature.
  if (channel === 'chat') return text;
  return `${rng.pick(phrases.agentGreetings).render(values)}\n\n${text}\n\n${rng.pick(phrases.agentSignoffs).render(values)}`;
}

/** A message after the opening one (whose body is the description). */
export function writeMessage(
  rng: Random,
  kind: Exclude<MessageKind, 'opening'>,
  category: WrittenCategory,
  channel: TicketChannel,
  values: SlotValues,
): string {
  switch (kind) {
    case 'first-reply':
      return agentLetter(rng, channel, rng.pick(category.firstReplies).render(values), values);
    case 'one-touch-reply':
      return agentLetter(
        rng,
        channel,
        `${rng.pick(category.firstReplies).render(values)} ${rng.pick(phrases.oneTouchClosers).render(values)}`,
        values,
      );
    case 'agent-follow-up':
      return agentLetter(rng, channel, rng.pick(phrases.agentFollowUps).render(values), values);
    case 'resolution':
      return agentLetter(rng, channel, rng.pick(category.resolutions).render(values), values);
    case 'customer-follow-up':
      return rng.pick(phrases.customerFollowUps).render(values);
    case 'note':
      return rng.pick(phrases.internalNotes).render(values);
    case 'closing-note':
      return rng.pick(phrases.duplicateNotes).render(values);
  }
}

/** 0–3 tags, mostly about the topic, sometimes about the account. */
export function pickTags(rng: Random, category: WrittenCategory): string[] {
  const count = tagCounts.draw(rng);
  const tags = new Set<string>();
  for (let i = 0; i < count; i++) tags.add(rng.chance(0.8) ? rng.pick(category.tags) : rng.pick(accountTags));
  return [...tags];
}
