import { readdirSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { DemoCentral } from '../../../electron/demo-central/server';
import { api, start, stop } from './harness';

interface Received {
  readonly commands: string[];
  data: string;
}

/** A small SMTP server on 127.0.0.1 that accepts one conversation and keeps what it was told. */
async function startSmtpServer(): Promise<{ server: Server; port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((socket) => {
    const session: Received = { commands: [], data: '' };
    received.push(session);
    let inData = false;
    let buffer = '';
    socket.setEncoding('utf8');
    socket.write('220 test-smtp ready\r\n');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      if (inData) {
        const end = buffer.indexOf('\r\n.\r\n');
        if (end < 0) {
          return;
        }
        session.data = buffer.slice(0, end + 2);
        buffer = buffer.slice(end + 5);
        inData = false;
        socket.write('250 2.0.0 queued\r\n');
      }
      for (let end = buffer.indexOf('\r\n'); end >= 0 && !inData; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        session.commands.push(line);
        if (line.startsWith('EHLO')) {
          socket.write('250-test-smtp\r\n250 8BITMIME\r\n');
        } else if (line === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (line === 'QUIT') {
          socket.end('221 bye\r\n');
        } else {
          socket.write('250 ok\r\n');
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, received };
}

describe('demo central mail relay over SMTP', () => {
  let central: DemoCentral | undefined;
  let smtp: Server | undefined;
  afterEach(async () => {
    if (central) {
      await stop(central);
    }
    smtp?.close();
  });

  it('relays the temporary-credential e-mail to a configured SMTP server and still keeps the .eml', async () => {
    const relay = await startSmtpServer();
    smtp = relay.server;
    central = await start({ smtp: { host: '127.0.0.1', port: relay.port } });
    const res = await api(central, 'POST', '/v1/auth/pin/forgot', { body: { docType: 'CC', docNumber: '43777888' } });
    expect(res.status).toBe(202);
    await expect.poll(() => relay.received[0]?.data ?? '').toContain('Subject:');
    const [session] = relay.received;
    expect(session?.commands[0]).toMatch(/^EHLO /);
    expect(session?.commands).toContain('DATA');
    const rcpt = session?.commands.find((c) => c.startsWith('RCPT TO:')) ?? '';
    expect(rcpt).toMatch(/^RCPT TO:<[^>]+@[^>]+>$/);
    expect(session?.data).toMatch(/^To: /m);
    expect(session?.data).toMatch(/clave temporal/i);
    expect(readdirSync(central.mailDir).filter((f) => f.endsWith('.eml'))).toHaveLength(1);
  });

  it('sends nothing for an unknown document', async () => {
    const relay = await startSmtpServer();
    smtp = relay.server;
    central = await start({ smtp: { host: '127.0.0.1', port: relay.port } });
    // The centre answers only after its mail went out, so once the real member's mail arrives the unknown one had its chance.
    expect(
      (await api(central, 'POST', '/v1/auth/pin/forgot', { body: { docType: 'CC', docNumber: '43777889' } })).status,
    ).toBe(202);
    expect(
      (await api(central, 'POST', '/v1/auth/pin/forgot', { body: { docType: 'CC', docNumber: '1010101010' } })).status,
    ).toBe(202);
    await expect.poll(() => relay.received.length).toBe(1);
    expect(relay.received[0]?.commands.find((c) => c.startsWith('RCPT TO:'))).toContain('laura');
  });
});
