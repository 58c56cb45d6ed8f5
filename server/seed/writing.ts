import type { TicketChannel, TicketPriority } from '../../shared/schemas/tickets.ts';
import type { MessageKind } from './lifecycle.ts';
import { WeightedChoice, type Random } from './random.ts';
import { compileTemplates, type SlotValues, type Template } from './templates.ts';
import { categories, type CategoryVocabulary, type Topic } from './vocabulary/categories.ts';
import * as conversation from './vocabulary/conversation.ts';
import { slotFillers } from './vocabulary/slots.ts';

/** Turns a ticket's facts into the words a customer and agents would have written. */

interface WrittenTopic {
  subjects: Template[];
  problems: Template[];
  firstReplies: Template[];
  resolutions: Template[];
}

export interface WrittenCategory {
  name: string;
  topics: WrittenTopic[];
  /** The category's own detail sentences, as one more group of details. */
  details: Template[];
  notes: Template[];
  tags: readonly string[];
}

// Compiled once at load: an unknown {slot} in the vocabulary fails fast, not mid-seed.
const compile = (sources: readonly string[]) => compileTemplates(sources, slotFillers);
const compileTopic = (topic: Topic, category: CategoryVocabulary): WrittenTopic => ({
  subjects: compile(topic.subjects),
  problems: compile(topic.problems),
  firstReplies: compile(topic.firstReplies ?? category.firstReplies),
  resolutions: compile(topic.resolutions ?? category.resolutions),
});
const compileCategory = (category: CategoryVocabulary): WrittenCategory => ({
  name: category.name,
  topics: category.topics.map((topic) => compileTopic(topic, category)),
  details: compile(category.details),
  notes: compile(category.notes),
  tags: category.tags,
});

const categoryChoice = new WeightedChoice(categories.map((category) => [compileCategory(category), category.weight] as const));

const phrases = {
  customerGreetings: compile(conversation.customerGreetings),
  customerDetailGroups: conversation.customerDetailGroups.map(compile),
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
const accountTags = ['vip', 'enterprise', 'escalated', 'churn-risk', 'new-customer', 'multi-location'];

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What one ticket is about: a category and one of its topics. */
export interface TicketTopic {
  category: WrittenCategory;
  topic: WrittenTopic;
}

export function pickTopic(rng: Random): TicketTopic {
  const category = categoryChoice.draw(rng);
  return { category, topic: rng.pick(category.topics) };
}

export function writeSubject(rng: Random, { topic }: TicketTopic, values: SlotValues): string {
  return capitalized(rng.pick(topic.subjects).render(values));
}

/** The ticket's description, which is also the body of the customer's first message. */
export function writeDescription(
  rng: Random,
  { category, topic }: TicketTopic,
  channel: TicketChannel,
  priority: TicketPriority,
  values: SlotValues,
): string {
  const lead = rng.pick(conversation.channelOpenings[channel]);
  let body = rng.pick(topic.problems).render(values);
  const detailGroups = category.details.length ? [...phrases.customerDetailGroups, category.details] : phrases.customerDetailGroups;
  const detailCount = rng.int(0, channel === 'chat' ? 1 : 2);
  const usedGroups = new Set<Template[]>();
  for (let i = 0; i < detailCount; i++) {
    const group = rng.pick(detailGroups);
    if (usedGroups.has(group)) continue;
    usedGroups.add(group);
    body += ` ${rng.pick(group).render(values)}`;
  }
  if (priority === 'urgent' || (priority === 'high' && rng.chance(0.3))) body += ` ${rng.pick(phrases.urgencyLines).render(values)}`;

  // Call notes and chat lines have no letter around them; emails and web forms do.
  if (channel === 'phone' || channel === 'chat') return `${lead}${body}`;
  const greeting = rng.pick(phrases.customerGreetings).render(values);
  const closing = rng.pick(phrases.customerClosings).render(values);
  return `${lead}${greeting}\n\n${body}\n\n${closing}\n${values.get('customerFirstName')}`;
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
  { category, topic }: TicketTopic,
  channel: TicketChannel,
  values: SlotValues,
): string {
  switch (kind) {
    case 'first-reply':
      return agentLetter(rng, channel, rng.pick(topic.firstReplies).render(values), values);
    case 'one-touch-reply':
      return agentLetter(
        rng,
        channel,
        `${rng.pick(topic.firstReplies).render(values)} ${rng.pick(phrases.oneTouchClosers).render(values)}`,
        values,
      );
    case 'agent-follow-up':
      return agentLetter(rng, channel, rng.pick(phrases.agentFollowUps).render(values), values);
    case 'resolution':
      return agentLetter(rng, channel, rng.pick(topic.resolutions).render(values), values);
    case 'customer-follow-up':
      return rng.pick(phrases.customerFollowUps).render(values);
    case 'note':
      return rng.pick(rng.chance(0.6) ? category.notes : phrases.internalNotes).render(values);
    case 'closing-note':
      return rng.pick(phrases.duplicateNotes).render(values);
  }
}

/** 0–3 tags, mostly about the topic, sometimes about the account. */
export function pickTags(rng: Random, { category }: TicketTopic): string[] {
  const count = tagCounts.draw(rng);
  const tags = new Set<string>();
  for (let i = 0; i < count; i++) tags.add(rng.chance(0.8) ? rng.pick(category.tags) : rng.pick(accountTags));
  return [...tags];
}
