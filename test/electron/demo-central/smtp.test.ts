import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import type { DemoCentral } from '../../../electron/demo-central/server';
import { api, memberStream, start, stop } from './harness';

/** A real SMTP server (smtp-server) on 127.0.0.1 that keeps each message, parsed by mailparser. */
async function startSmtpServer(): Promise<{
  server: SMTPServer;
  port: number;
  received: ParsedMail[];
  envelopes: string[];
}> {
  const received: ParsedMail[] = [];
  const envelopes: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      envelopes.push(session.envelope.rcptTo.map((r) => r.address).join(','));
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  return { server, port: typeof address === 'object' && address ? address.port : 0, received, envelopes };
}

describe('demo central mail (nodemailer), received by a real SMTP server', () => {
  let central: DemoCentral | undefined;
  let smtp: SMTPServer | undefined;
  afterEach(async () => {
    if (central) {
      await stop(central);
      central = undefined;
    }
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  it('the statement e-mail arrives with From and Subject intact (accents, RFC 2047) and the PDF byte for byte', async () => {
    const relay = await startSmtpServer();
    smtp = relay.server;
    central = await start({ smtp: { host: '127.0.0.1', port: relay.port } });
    // A kiosk's PDF is mailed as it came only when it is protected (it declares /Encrypt).
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.7\n'),
      randomBytes(20_000),
      Buffer.from('\ntrailer << /Encrypt 9 0 R >>'),
    ]);
    const event = {
      id: randomUUID(),
      type: 'statement.email',
      stream: memberStream(central, 'M-0005'),
      sequence: 1,
      createdAt: new Date().toISOString(),
      payload: { memberId: 'M-0005', from: '2026-10-01', to: '2026-10-31', pdfBase64: pdf.toString('base64') },
    };
    expect((await api(central, 'POST', '/v1/sync', { body: { events: [event] } })).body).toMatchObject({
      results: [{ status: 'accepted' }],
    });
    await expect.poll(() => relay.received.length).toBe(1);
    const mail = relay.received[0]!;
    expect(mail.from?.value).toEqual([
      { name: 'Cooperativa Demo de Ahorro y Crédito', address: 'no-responder@cooperativa-demo.example' },
    ]);
    expect(mail.subject).toBe('Su estado de cuenta — Cooperativa Demo de Ahorro y Crédito');
    expect(mail.text).toContain('Hola, Begoña:');
    expect(relay.envelopes).toEqual(['begona.munoz@example.com']);
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]?.contentType).toBe('application/pdf');
    expect(mail.attachments[0]?.filename).toBe('estado-de-cuenta-2026-10-01-2026-10-31.pdf');
    expect(Buffer.compare(mail.attachments[0]!.content, pdf)).toBe(0);
    // The header on the wire is encoded (RFC 2047), not raw UTF-8.
    const eml = readFileSync(join(central.mailDir, readdirSync(central.mailDir)[0] ?? ''), 'utf8');
    expect(eml).toMatch(/^From: =\?UTF-8\?[QB]\?/m);
    expect(eml).toMatch(/^Subject: =\?UTF-8\?[QB]\?/m);
  });

  it('relays the temporary-credential e-mail and keeps the .eml; sends nothing for an unknown document', async () => {
    const relay = await startSmtpServer();
    smtp = relay.server;
    central = await start({ smtp: { host: '127.0.0.1', port: relay.port } });
    expect(
      (await api(central, 'POST', '/v1/auth/pin/forgot', { body: { docType: 'CC', docNumber: '43777889' } })).status,
    ).toBe(202);
    expect(
      (await api(central, 'POST', '/v1/auth/pin/forgot', { body: { docType: 'CC', docNumber: '43777888' } })).status,
    ).toBe(202);
    await expect.poll(() => relay.received.length).toBe(1);
    expect(relay.envelopes).toEqual(['begona.munoz@example.com']);
    expect(relay.received[0]?.subject).toBe('Su clave temporal — Cooperativa Demo de Ahorro y Crédito');
    expect(relay.received[0]?.text).toMatch(/Su clave temporal es: \d{8}/);
    expect(readdirSync(central.mailDir).filter((f) => f.endsWith('.eml'))).toHaveLength(1);
  });

  it('a relay that is down does not fail the request: the .eml is still written', async () => {
    central = await start({ smtp: { host: '127.0.0.1', port: 1 } });
    expect(
      (await api(central, 'POST', '/v1/auth/pin/forgot', { body: { docType: 'CC', docNumber: '43777888' } })).status,
    ).toBe(202);
    expect(readdirSync(central.mailDir).filter((f) => f.endsWith('.eml'))).toHaveLength(1);
  });
});
