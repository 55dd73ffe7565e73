import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../services/logger';
import { buildEml, type MailMessage } from './eml';
import { cooperative } from './personas';
import { sendSmtp } from './smtp';

/** The demo central's outgoing mail: every message is written as an .eml file, and relayed when SMTP is configured. */
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
    attachment?: MailMessage['attachment'],
    options?: { readonly key?: string },
  ): Promise<string | null>;
  /** True when a message was already sent under this key. */
  sent(key: string): boolean;
}

const keyFile = (dir: string, key: string): string => join(dir, `event-${key.replace(/[^A-Za-z0-9-]/g, '')}.eml`);

const domain = 'cooperativa-demo.example';
const fromAddress = `no-responder@${domain}`;

export function createMailer(
  dir: string,
  log: Logger,
  smtp?: { readonly host: string; readonly port: number },
  now: () => Date = () => new Date(),
): Mailer {
  let counter = 0;
  return {
    dir,
    sent: (key) => existsSync(keyFile(dir, key)),
    async send(to, subject, text, attachment, options = {}) {
      const at = now();
      const from = `"${cooperative.name}" <${fromAddress}>`;
      const { messageId, raw } = buildEml(
        { from, to, subject, text, ...(attachment ? { attachment } : {}) },
        domain,
        at,
      );
      mkdirSync(dir, { recursive: true });
      counter += 1;
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
      if (smtp) {
        try {
          await sendSmtp(smtp, { from: fromAddress, to }, raw);
          log.info('demo-central.mail-relayed', { host: smtp.host, port: smtp.port });
        } catch (err) {
          // The .eml is the demo's source of truth; a relay that is down must not fail the request.
          log.warn('demo-central.mail-relay-failed', { message: (err as Error).message });
        }
      }
      return messageId;
    },
  };
}
