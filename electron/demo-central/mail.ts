import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Logger } from '../services/logger';
import { cooperative } from './personas';

/** One attachment, byte for byte. */
export interface MailAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly data: Buffer;
}

/**
 * The demo central's outgoing mail, composed and sent by nodemailer: every
 * message is built by its composer (RFC 2047 headers, UTF-8, MIME
 * attachments) through its stream transport and written as an .eml file,
 * and relayed through its SMTP transport when a relay is configured.
 */
export interface Mailer {
  readonly dir: string;
  /**
   * Writes (and relays) one message. With a `key` (the sync event's id) it
   * is idempotent: a message already sent under that key is not sent again,
   * so a retried or replayed event mails the member once.
   */
  send(
    to: string,
    subject: string,
    text: string,
    attachment?: MailAttachment,
    options?: { readonly key?: string },
  ): Promise<string | null>;
  /** True when a message was already sent under this key. */
  sent(key: string): boolean;
}

const domain = 'cooperativa-demo.example';
const fromAddress = `no-responder@${domain}`;

const keyFile = (dir: string, key: string): string => join(dir, `event-${key.replace(/[^A-Za-z0-9-]/g, '')}.eml`);

export function createMailer(
  dir: string,
  log: Logger,
  smtp?: { readonly host: string; readonly port: number },
  now: () => Date = () => new Date(),
): Mailer {
  let counter = 0;
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const relay = smtp
    ? nodemailer.createTransport({
        host: smtp.host,
        port: smtp.port,
        secure: false,
        // The demo relays to a server on loopback (tests, a local catcher); a real centre uses TLS.
        ignoreTLS: true,
        connectionTimeout: 5_000,
        greetingTimeout: 5_000,
        socketTimeout: 10_000,
      })
    : null;
  return {
    dir,
    sent: (key) => existsSync(keyFile(dir, key)),
    async send(to, subject, text, attachment, options = {}) {
      const at = now();
      const built = await composer.sendMail({
        from: { name: cooperative.name, address: fromAddress },
        to,
        subject,
        text,
        date: at,
        messageId: `<${at.getTime().toString(36)}.${(counter += 1)}@${domain}>`,
        ...(attachment
          ? {
              attachments: [
                { filename: attachment.filename, contentType: attachment.contentType, content: attachment.data },
              ],
            }
          : {}),
      });
      const raw = built.message as Buffer;
      mkdirSync(dir, { recursive: true });
      const file = options.key
        ? keyFile(dir, options.key)
        : join(dir, `${at.toISOString().replace(/[:.]/g, '-')}-${String(counter).padStart(4, '0')}.eml`);
      try {
        // 'wx': the file is the record that this key was sent; a second writer finds it and stops here.
        writeFileSync(file, raw, { mode: 0o600, flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
          log.info('demo-central.mail-already-sent', {});
          return null;
        }
        throw error;
      }
      log.info('demo-central.mail-written', { bytes: raw.length });
      if (relay) {
        try {
          await relay.sendMail({ envelope: { from: fromAddress, to: [to] }, raw });
          log.info('demo-central.mail-relayed', { host: smtp?.host ?? '', port: smtp?.port ?? 0 });
        } catch (err) {
          // The .eml is the demo's source of truth; a relay that is down must not fail the request.
          log.warn('demo-central.mail-relay-failed', { message: (err as Error).message });
        }
      }
      return built.messageId;
    },
  };
}
