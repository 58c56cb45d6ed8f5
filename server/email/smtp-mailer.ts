import { createTransport } from 'nodemailer';
import type { Config } from '../config.ts';
import { AppError, invalid } from '../lib/errors.ts';
import type { Mailer, OutgoingMail } from './mailer.ts';

// A request waits for the mail server: fail in seconds, not nodemailer's default minutes.
const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

export const notConfiguredMessage =
  'Email is not set up on this server: set LANTERN_SMTP_URL (and LANTERN_MAIL_FROM) and restart Lantern';

/** What nodemailer adds to the errors it rejects with. */
interface SmtpFailure extends Error {
  code?: string;
  responseCode?: number;
  rejected?: string[];
}

/** Turns a refusal into something the caller can act on; the original stays as `cause` for the log. */
function sendFailure(error: unknown): AppError {
  const failure = error as SmtpFailure;
  const appError =
    failure.code === 'EENVELOPE' && failure.rejected?.length
      ? invalid({ to: `the mail server refused ${failure.rejected.join(', ')}` }, 'The mail server refused a recipient')
      : new AppError(
          'service_unavailable',
          failure.code === 'EAUTH' || failure.code === 'ENOAUTH'
            ? 'The mail server refused our sign-in: check the user and password in LANTERN_SMTP_URL'
            : failure.code === 'ECONNECTION' || failure.code === 'ETIMEDOUT' || failure.code === 'ESOCKET' || failure.code === 'EDNS'
              ? 'The mail server could not be reached; try again later'
              : 'The mail server did not accept the message; try again later',
        );
  appError.cause = error;
  return appError;
}

/**
 * Sends mail through the SMTP server in `config.smtp` (LANTERN_SMTP_URL, e.g.
 * smtp://user:pass@host:587 or smtps://… for implicit TLS). Without one, `configured` is false and
 * every send rejects with `service_unavailable` (503) before anything leaves the process.
 */
export function createMailer(config: Config): Mailer {
  const smtp = config.smtp;
  if (!smtp) {
    return {
      configured: false,
      send: () => Promise.reject(new AppError('service_unavailable', notConfiguredMessage)),
    };
  }
  const transport = createTransport(
    { url: smtp.url, ...timeouts, disableFileAccess: true, disableUrlAccess: true },
    { from: smtp.from },
  );
  return {
    configured: true,
    async send(mail: OutgoingMail) {
      try {
        const info = await transport.sendMail({
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          attachments: mail.attachments?.map((file) => ({ ...file })),
        });
        return { messageId: info.messageId };
      } catch (error) {
        throw sendFailure(error);
      }
    },
  };
}
