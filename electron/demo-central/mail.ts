import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../services/logger';
import { buildEml, type MailMessage } from './eml';
import { cooperative } from './personas';
import { sendSmtp } from './smtp';

/** The demo central's outgoing mail: every message is written as an .eml file, and relayed when SMTP is configured. */
export interface Mailer {
  readonly dir: string;
  send(to: string, subject: string, text: string, attachment?: MailMessage['attachment']): Promise<string>;
}

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
    async send(to, subject, text, attachment) {
      const at = now();
      const from = `"${cooperative.name}" <${fromAddress}>`;
      const { messageId, raw } = buildEml(
        { from, to, subject, text, ...(attachment ? { attachment } : {}) },
        domain,
        at,
      );
      mkdirSync(dir, { recursive: true });
      counter += 1;
      const file = join(dir, `${at.toISOString().replace(/[:.]/g, '-')}-${String(counter).padStart(4, '0')}.eml`);
      writeFileSync(file, raw, { mode: 0o600 });
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
