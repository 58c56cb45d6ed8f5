import type { TicketChannel } from '../../../shared/schemas/tickets.ts';

/*
 * The connective tissue of a support conversation, shared by every category: how people open
 * and close messages, how they follow up, and what agents write to each other in notes.
 */

export const customerGreetings = ['Hi,', 'Hello,', 'Hi there,', 'Hello team,', 'Hey,', 'Good morning,', 'Hi support,'];

/** Extra sentences any customer may add; one at most from each group, so they never contradict. */
export const customerDetailGroups: readonly (readonly string[])[] = [
  ["We're on the {plan} plan.", 'We have been customers for a few years.'],
  ['Nothing changed on our side as far as I know.', 'Could someone call me back at the shop?', 'Email is the best way to reach me.'],
];

export const urgencyLines = [
  "This is blocking sales right now, so we'd appreciate a quick answer.",
  'We have a queue of customers at the counter — please call us back as soon as you can.',
  "It's our busiest day of the week, so this is urgent for us.",
];

export const customerClosings = ['Thanks,', 'Thank you,', 'Many thanks,', 'Best,', 'Cheers,', 'Kind regards,', 'Thanks in advance,'];

/** How a ticket's first message reads depends on where it came from. */
export const channelOpenings: Record<TicketChannel, readonly string[]> = {
  email: [''],
  web: ['', '', '[Sent from the contact form]\n\n'],
  chat: ['Chat started from the widget. ', 'Chat transcript, first message: ', ''],
  phone: ['Phone call logged by the team. The caller said: ', 'Summary of a phone call: ', 'Call notes: '],
};

export const agentGreetings = ['Hi {customerFirstName},', 'Hello {customerFirstName},', 'Hi {customerFirstName}, thanks for reaching out.', 'Hey {customerFirstName},'];

export const agentSignoffs = ['Best,\n{agentFirstName}', 'Thanks,\n{agentFirstName}', '— {agentFirstName}', 'Kind regards,\n{agentFirstName} from Lumen Support'];

/** The customer answering an agent's question or reporting back (category-neutral on purpose). */
export const customerFollowUps = [
  'Thanks for the quick reply. I tried that but it still does the same thing.',
  'It happened again this morning around 10:15.',
  'OK, I did that. It seems better now, but let me watch it for a day.',
  'Sorry for the delay. I checked with {colleague} and nothing changed on our side.',
  'Any update on this? It is still affecting us.',
  'Yes, please go ahead.',
  "I'm not sure I follow — could you explain that step again?",
  'Thanks! Does this also apply to our other location?',
  "Here's the information you asked for. Let me know if you need anything else.",
];

/** The agent moving things along between the first reply and the fix. */
export const agentFollowUps = [
  'Thanks, that helps. I have passed it to our specialists and will get back to you today.',
  'Quick update: we found the cause and a fix is being tested.',
  "I've escalated this to our tier 2 team with all the details you sent.",
  'Thanks for your patience. One more question: does it happen at every register or only one?',
  'Following up — were you able to try the steps from my last message?',
  "I've applied a change on our side. Could you check whether it's working for you now?",
  'No problem at all. Here it is again step by step, with screenshots.',
];

/** Appended when the first reply already solves the problem. */
export const oneTouchClosers = [
  "I'll mark this as solved, but just reply if anything else comes up.",
  "That should sort it — I'm closing this ticket, and replying will reopen it.",
  'Let us know if you need anything else!',
];

/** Internal notes any ticket may get: visible to agents only, never to the customer. */
export const internalNotes = [
  'Customer is on {plan}; keep them posted daily.',
  'Escalated to tier 2 — see the linked engineering ticket.',
  'Called the customer, no answer. Will try again tomorrow.',
  'VIP account, please keep response times short.',
  'Handing over to the morning shift.',
  'Workaround shared; waiting for the permanent fix.',
];

export const duplicateNotes = [
  'Duplicate of an existing conversation with the same customer; closing this one.',
  'Spam / test message, closing without a reply.',
  'Customer solved it themselves (confirmed on the phone). Closing.',
];
