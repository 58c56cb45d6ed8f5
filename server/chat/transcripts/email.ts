import { recordAudit, type Actor } from '../../audit/log.ts';
import type { Db } from '../../db/open.ts';
import type { Mailer } from '../../email/mailer.ts';
import { notConfiguredMessage } from '../../email/smtp-mailer.ts';
import { AppError } from '../../lib/errors.ts';
import { downloadName } from '../../lib/download-name.ts';
import { readAll } from '../../lib/read-all.ts';
import { day, transcriptFileStem, transcriptTitle } from './format.ts';
import { loadTranscript } from './load.ts';
import { renderTranscriptPdf } from './render-pdf.ts';
import { renderTranscriptText } from './render-text.ts';

export interface TranscriptEmail {
  sessionId: string;
  to: string[];
  /** Who asked: an agent in the console, or the customer from the widget (the wording differs). */
  requestedBy: 'agent' | 'customer';
}

/**
 * Emails a chat's customer-facing transcript (no internal notes): the text in the body, the PDF
 * attached. Refused before any work when email is not set up; audited once the server took it.
 */
export async function emailTranscript(deps: { db: Db; mailer: Mailer }, input: TranscriptEmail, actor: Actor): Promise<{ sent: string[] }> {
  if (!deps.mailer.configured) throw new AppError('service_unavailable', notConfiguredMessage);
  const transcript = loadTranscript(deps.db, input.sessionId);
  const { session, messages } = transcript;
  const text = renderTranscriptText(session, messages);
  const pdf = await readAll(renderTranscriptPdf([transcript], { title: `${transcriptTitle(session)} (${session.siteName})` }));
  const customerAsked = input.requestedBy === 'customer';
  await deps.mailer.send({
    to: input.to,
    subject: customerAsked
      ? `Your chat with ${session.siteName} on ${day(session.startedAt)}`
      : `Chat transcript: ${session.customer.name}, ${day(session.startedAt)} (${session.siteName})`,
    text: `${customerAsked ? 'Here is the transcript of your chat, as you asked. A PDF copy is attached.' : 'The transcript of this chat is below; a PDF copy is attached.'}\n\n${text}`,
    attachments: [{ filename: downloadName(transcriptFileStem(session), 'pdf'), content: pdf, contentType: 'application/pdf' }],
  });
  recordAudit(deps.db, actor, 'chat.transcript_emailed', 'chat', session.id, { to: input.to, requestedBy: input.requestedBy });
  return { sent: input.to };
}
