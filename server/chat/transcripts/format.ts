import { fileSize } from '../../../shared/file-size.ts';
import type { IsoDate } from '../../../shared/schemas/common.ts';
import type { TranscriptMessage, TranscriptSession } from './load.ts';

/**
 * What the text and PDF transcripts share: which messages a customer-facing transcript shows,
 * how senders, times and files read. Times are UTC and say so: a transcript is read later,
 * elsewhere, by people in other time zones.
 */

/** Internal notes never appear in a transcript, whoever calls. */
export const customerVisible = <M extends Pick<TranscriptMessage, 'internal'>>(messages: readonly M[]): M[] =>
  messages.filter((message) => !message.internal);

export const day = (iso: IsoDate) => iso.slice(0, 10);
export const time = (iso: IsoDate) => iso.slice(11, 16);
export const dateTime = (iso: IsoDate) => `${day(iso)} ${time(iso)} UTC`;

export function senderName(message: TranscriptMessage): string {
  switch (message.sender.type) {
    case 'customer':
    case 'agent':
      return message.sender.name;
    case 'system':
      return '';
  }
}

export const attachmentLine = (file: { fileName: string; size: number }) => `Attachment: ${file.fileName} (${fileSize(file.size)})`;

const statusLabel = { waiting: 'Waiting', active: 'Open', closed: 'Ended' } as const;

/** The heading's label/value rows, in order; rows without a value are left out. */
export function headingRows(session: TranscriptSession): [string, string][] {
  const rows: [string, string | null][] = [
    ['Site', session.siteName],
    ['Customer', session.customer.email ? `${session.customer.name} <${session.customer.email}>` : session.customer.name],
    [session.agents.length > 1 ? 'Agents' : 'Agent', session.agents.join(', ') || null],
    ['Started', dateTime(session.startedAt)],
    [session.closedAt ? 'Ended' : 'Status', session.closedAt ? dateTime(session.closedAt) : statusLabel[session.status]],
    ['Rating', session.rating === null ? null : `${session.rating}/5`],
    ['Ticket', session.ticketNumber === null ? null : `#${session.ticketNumber}`],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== null);
}

export const transcriptTitle = (session: TranscriptSession) => `Chat with ${session.customer.name}`;

export const transcriptFileStem = (session: TranscriptSession) => `chat-${day(session.startedAt)}-${session.customer.name}-${session.id.slice(-8)}`;
