import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message as the SMTP server received it: the envelope, the raw bytes, and the parsed MIME. */
export interface ReceivedMail {
  envelope: { from: string; to: string[] };
  /** The user the client signed in as, if it did. */
  user: string | null;
  raw: Buffer;
  parsed: ParsedMail;
}

export interface TestSmtpServer {
  /** `smtp://user:pass@127.0.0.1:port`, ready for LANTERN_SMTP_URL. */
  url: string;
  port: number;
  /** Everything received so far, in order. */
  mails: ReceivedMail[];
  /** Resolves once at least `count` mails have arrived in total (rejects after `timeoutMs`). */
  waitForMails(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

export interface SmtpServerOptions {
  user?: string;
  pass?: string;
  /** Recipients the server answers 550 for, to try refusals. */
  rejectRecipients?: string[];
}

/**
 * A real SMTP server (the `smtp-server` package, same authors as nodemailer) on an ephemeral
 * loopback port, for tests: it requires the given sign-in, keeps every message it accepts and
 * parses it with `mailparser`, so tests assert on what a real mail client would see.
 */
export async function startSmtpServer(options: SmtpServerOptions = {}): Promise<TestSmtpServer> {
  const user = options.user ?? 'lantern';
  const pass = options.pass ?? 'test-password';
  const rejected = new Set((options.rejectRecipients ?? []).map((address) => address.toLowerCase()));
  const mails: ReceivedMail[] = [];
  const waiters = new Set<() => void>();

  const server = new SMTPServer({
    // Loopback only and no certificate to offer: plain SMTP, with AUTH allowed on it.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === pass) callback(null, { user });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, callback) {
      if (rejected.has(address.address.toLowerCase())) {
        const error = new Error('No such mailbox here') as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((parsed) => {
            mails.push({
              envelope: {
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              },
              user: typeof session.user === 'string' ? session.user : null,
              raw,
              parsed,
            });
            for (const wake of waiters) wake();
            callback();
          })
          .catch(callback);
      });
    },
  });

  const port = await new Promise<number>((resolve, reject) => {
    server.on('error', reject);
    const listener = server.listen(0, '127.0.0.1', () => resolve((listener.address() as AddressInfo).port));
  });

  return {
    url: `smtp://${encodeURIComponent(user)}:${encodeURIComponent(pass)}@127.0.0.1:${port}`,
    port,
    mails,
    waitForMails(count, timeoutMs = 5_000) {
      if (mails.length >= count) return Promise.resolve(mails.slice());
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${count} mails, received ${mails.length} within ${timeoutMs} ms`));
        }, timeoutMs);
        const check = () => {
          if (mails.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(mails.slice());
        };
        waiters.add(check);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
