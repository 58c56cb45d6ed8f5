import { attachmentLine, customerVisible, day, headingRows, senderName, time, transcriptTitle } from './format.ts';
import type { Transcript, TranscriptMessage, TranscriptSession } from './load.ts';

const rule = '='.repeat(72);
const indent = '        ';

/**
 * A chat as plain text, for a customer's inbox or a download:
 *
 *     Chat with Ana Lima
 *     Site:     Acme Store
 *     …
 *     -- 2025-03-04 --
 *     [14:05] Ana Lima: Hello, my order…
 *     [14:06] * Sam joined the chat
 *
 * Internal notes are left out always; system messages read as events.
 */
export function renderTranscriptText(session: TranscriptSession, messages: readonly TranscriptMessage[]): string {
  const rows = headingRows(session);
  const labelWidth = Math.max(...rows.map(([label]) => label.length)) + 2;
  const lines = [transcriptTitle(session), ...rows.map(([label, value]) => `${`${label}:`.padEnd(labelWidth)}${value}`), ''];
  let currentDay = '';
  for (const message of customerVisible(messages)) {
    if (day(message.createdAt) !== currentDay) {
      currentDay = day(message.createdAt);
      lines.push(`-- ${currentDay} --`);
    }
    const stamp = `[${time(message.createdAt)}]`;
    if (message.sender.type === 'system') {
      lines.push(`${stamp} * ${message.body.replace(/\s+/g, ' ').trim()}`);
      continue;
    }
    const [first = '', ...rest] = message.body.replace(/\r\n?/g, '\n').split('\n');
    lines.push(`${stamp} ${senderName(message)}: ${first}`.trimEnd());
    for (const line of rest) lines.push(`${indent}${line}`.trimEnd());
    for (const file of message.attachments) lines.push(`${indent}${attachmentLine(file)}`);
  }
  if (!customerVisible(messages).length) lines.push('(no messages)');
  return `${lines.join('\n')}\n`;
}

/** The file an export of many chats starts with. */
export function exportTextHeader(count: number, generatedAt: Date): string {
  return `Lantern chat transcripts: ${count} chat${count === 1 ? '' : 's'}, exported ${generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC\n`;
}

/** One chat of a multi-chat text export, set off by a rule. */
export const exportTextSection = ({ session, messages }: Transcript) => `\n${rule}\n${renderTranscriptText(session, messages)}`;
