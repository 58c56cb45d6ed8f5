import { z } from 'zod';
import { chatSessionStatuses } from '../chat/protocol.ts';
import { email, id, limits, pageQuery, trimmed } from './common.ts';

export const transcriptFormats = ['txt', 'pdf'] as const;
export type TranscriptFormat = (typeof transcriptFormats)[number];

/** How many chats one export may hold; narrow the filters for more. */
export const exportChatLimit = 1_000;
/** Recipients of one transcript email. */
export const transcriptRecipientLimit = 10;

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const dayMs = 24 * 60 * 60 * 1000;

/**
 * A bound on when chats started: a day (`2025-03-31`, UTC) or an instant (ISO-8601 with offset).
 * Becomes milliseconds; a day as the upper bound includes the whole day.
 */
const dateBound = (end: boolean) =>
  z
    .string()
    .max(40)
    .refine((raw) => (dayPattern.test(raw) || z.iso.datetime({ offset: true }).safeParse(raw).success) && !Number.isNaN(Date.parse(raw)), {
      message: 'must be a date (2025-03-31) or an ISO-8601 time',
    })
    .transform((raw) => {
      const ms = Date.parse(dayPattern.test(raw) ? `${raw}T00:00:00Z` : raw);
      // An upper bound is exclusive inside: the day's end, or just after the instant.
      return end ? ms + (dayPattern.test(raw) ? dayMs : 1) : ms;
    });

/** Comma-separated list in a query string, each item checked. */
const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(200)
    .transform((raw) => raw.split(',').map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)).min(1));

/** Which chats: the chat list and the export take the same filters. */
const chatFilterFields = {
  /** Words in the transcript (prefix matching, accents ignored; internal notes included), or the customer's name or email. */
  q: trimmed(limits.query).optional(),
  status: csv(chatSessionStatuses).optional(),
  /** The assigned agent's id, or `none` for chats nobody took. */
  agentId: z.union([z.literal('none'), id]).optional(),
  customerId: id.optional(),
  siteId: id.optional(),
  /** Started at or after. */
  from: dateBound(false).optional(),
  /** Started at or before (a day includes all of it). */
  to: dateBound(true).optional(),
};

const fromBeforeTo = (value: { from?: number; to?: number }) =>
  value.from === undefined || value.to === undefined || value.from < value.to;
const fromBeforeToIssue = { message: 'must not be after `to`', path: ['from'] };

export const chatListQuery = z.strictObject({ ...chatFilterFields, ...pageQuery }).refine(fromBeforeTo, fromBeforeToIssue);
export type ChatListQuery = z.input<typeof chatListQuery>;
export type ChatFilter = Omit<z.output<typeof chatListQuery>, 'cursor' | 'limit'>;

/** Chat ids separated by commas ("export selected"), at most as many as an export holds. */
const chatIdList = z
  .string()
  // Bounds the work before splitting: an id and its comma are 37 characters (a little slack for spaces).
  .max(exportChatLimit * 40, { message: `at most ${exportChatLimit} ids` })
  .transform((raw) => [...new Set(raw.split(',').map((part) => part.trim()).filter(Boolean))])
  .pipe(
    z
      .array(z.uuid({ message: 'must be chat ids separated by commas' }))
      .min(1, { message: 'name at least one chat' })
      .max(exportChatLimit, { message: `at most ${exportChatLimit} ids` }),
  );

export const chatExportQuery = z
  .strictObject({
    format: z.enum(transcriptFormats).default('txt'),
    ...chatFilterFields,
    /** Only these chats (the ones ticked in a list); the other filters still apply. */
    ids: chatIdList.optional(),
  })
  .refine(fromBeforeTo, fromBeforeToIssue);
export type ChatExportQuery = z.input<typeof chatExportQuery>;
export type ChatExportFilter = Omit<z.output<typeof chatExportQuery>, 'format'>;

export const transcriptQuery = z.strictObject({ format: z.enum(transcriptFormats).default('txt') });

export const emailTranscriptInput = z.strictObject({
  to: z
    .array(email)
    .min(1, { message: 'name at least one recipient' })
    .max(transcriptRecipientLimit, { message: `at most ${transcriptRecipientLimit} recipients` })
    .transform((list) => [...new Set(list)]),
});
export type EmailTranscriptInput = z.input<typeof emailTranscriptInput>;

/** The widget's "email me the transcript" after a chat. */
export const widgetTranscriptEmailInput = z.strictObject({ email });
export type WidgetTranscriptEmailInput = z.input<typeof widgetTranscriptEmailInput>;

/** Why a chat is in a search's results: the first message that matched, preferring customer-visible ones. */
export interface ChatSearchMatch {
  messageId: string;
  seq: number;
  /** Around the first matched word; plain text. */
  snippet: string;
  /** The match is in an internal note (agents only), not in what the customer saw. */
  internal: boolean;
  /** How many messages of this chat matched. */
  count: number;
}

export interface TranscriptEmailResult {
  /** The addresses the transcript was sent to. */
  sent: string[];
}
