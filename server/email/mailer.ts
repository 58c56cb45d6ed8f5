/**
 * Outgoing email. Implemented with nodemailer over the configured SMTP URL (server/email/).
 * `send` rejects with a clear error when SMTP is not configured or the server refuses the mail.
 */
export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
  html?: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

export interface Mailer {
  readonly configured: boolean;
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}
