import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { AppError } from '../lib/errors.ts';
import { startSmtpServer, type TestSmtpServer } from '../testing/smtp.ts';
import { createMailer, notConfiguredMessage } from './smtp-mailer.ts';

let smtp: TestSmtpServer;
const dataDir = mkdtempSync(join(tmpdir(), 'lantern-mailer-'));
const configWith = (env: Record<string, string>) => loadConfig({ LANTERN_DATA_DIR: dataDir, ...env });

beforeAll(async () => {
  smtp = await startSmtpServer({ rejectRecipients: ['nobody@example.com'] });
});
afterAll(async () => {
  await smtp.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('mailer', () => {
  it('sends text and a PDF attachment through a real SMTP server, signing in with the URL credentials', async () => {
    const mailer = createMailer(configWith({ LANTERN_SMTP_URL: smtp.url, LANTERN_MAIL_FROM: 'Acme Support <support@acme.test>' }));
    expect(mailer.configured).toBe(true);
    const before = smtp.mails.length;
    const pdf = Buffer.from('%PDF-1.7\n% test\n');
    const { messageId } = await mailer.send({
      to: ['ana@example.com', 'bo@example.com'],
      subject: 'Your chat with Acme — résumé',
      text: 'Bonjour Ana,\nvoici la transcription.',
      attachments: [{ filename: 'chat.pdf', content: pdf, contentType: 'application/pdf' }],
    });
    const [mail] = (await smtp.waitForMails(before + 1)).slice(before);
    expect(messageId).toMatch(/^<.+>$/);
    expect(mail?.user).toBe('lantern');
    expect(mail?.envelope).toEqual({ from: 'support@acme.test', to: ['ana@example.com', 'bo@example.com'] });
    expect(mail?.parsed.subject).toBe('Your chat with Acme — résumé');
    expect(mail?.parsed.from?.value).toEqual([{ name: 'Acme Support', address: 'support@acme.test' }]);
    expect(mail?.parsed.text?.trim()).toBe('Bonjour Ana,\nvoici la transcription.');
    expect(mail?.parsed.attachments.map((a) => [a.filename, a.contentType, a.content.equals(pdf)])).toEqual([
      ['chat.pdf', 'application/pdf', true],
    ]);
  });

  it('refuses clearly, sending nothing, when SMTP is not configured', async () => {
    const mailer = createMailer(configWith({}));
    expect(mailer.configured).toBe(false);
    const before = smtp.mails.length;
    const error = await refusal(mailer.send({ to: ['ana@example.com'], subject: 'x', text: 'x' }));
    expect(error.code).toBe('service_unavailable');
    expect(error.message).toBe(notConfiguredMessage);
    expect(smtp.mails.length).toBe(before);
  });

  it('names a recipient the mail server refuses', async () => {
    const mailer = createMailer(configWith({ LANTERN_SMTP_URL: smtp.url }));
    const error = await refusal(mailer.send({ to: ['nobody@example.com'], subject: 'x', text: 'x' }));
    expect(error.code).toBe('validation_failed');
    expect(error.fields).toEqual({ to: 'the mail server refused nobody@example.com' });
  });

  it('says the sign-in failed when the password is wrong, and that the server is unreachable when it is', async () => {
    const wrongPassword = createMailer(configWith({ LANTERN_SMTP_URL: smtp.url.replace('test-password', 'wrong') }));
    const auth = await refusal(wrongPassword.send({ to: ['ana@example.com'], subject: 'x', text: 'x' }));
    expect(auth.code).toBe('service_unavailable');
    expect(auth.message).toMatch(/sign-in/);

    // A port that was just free: nothing listens there.
    const probe = createServer();
    const port = await new Promise<number>((resolve) => probe.listen(0, '127.0.0.1', () => resolve((probe.address() as AddressInfo).port)));
    await new Promise((resolve) => probe.close(resolve));
    const unreachable = createMailer(configWith({ LANTERN_SMTP_URL: `smtp://127.0.0.1:${port}` }));
    const down = await refusal(unreachable.send({ to: ['ana@example.com'], subject: 'x', text: 'x' }));
    expect(down.code).toBe('service_unavailable');
    expect(down.message).toMatch(/could not be reached/);
  });
});
