import { connect } from 'node:net';

/**
 * Minimal SMTP client (RFC 5321) over plain TCP, for relaying the demo's
 * mail to a local test server such as MailHog or Mailpit: EHLO, MAIL FROM,
 * RCPT TO, DATA, QUIT. No TLS or AUTH: the relay is on the same machine.
 */
export function sendSmtp(
  server: { readonly host: string; readonly port: number },
  envelope: { readonly from: string; readonly to: string },
  raw: string,
  timeoutMs = 10_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, server.host);
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error('SMTP timeout')));
    // Dot-stuffing: a line starting with "." gets another one.
    const data = `${raw.replace(/\r\n\./g, '\r\n..')}${raw.endsWith('\r\n') ? '' : '\r\n'}.\r\n`;
    const steps: { readonly expect: number; readonly send: string | null }[] = [
      { expect: 220, send: 'EHLO coopkiosk-demo-central\r\n' },
      { expect: 250, send: `MAIL FROM:<${envelope.from}>\r\n` },
      { expect: 250, send: `RCPT TO:<${envelope.to}>\r\n` },
      { expect: 250, send: 'DATA\r\n' },
      { expect: 354, send: data },
      { expect: 250, send: 'QUIT\r\n' },
      { expect: 221, send: null },
    ];
    let buffer = '';
    let step = 0;
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      // A reply is complete on a line "NNN text" (a dash after the code means more lines follow).
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (line[3] === '-') {
          continue;
        }
        const current = steps[step];
        if (!current || Number(line.slice(0, 3)) !== current.expect) {
          socket.destroy(new Error(`SMTP unexpected reply ${line.slice(0, 3)} at step ${step}`));
          return;
        }
        step += 1;
        if (current.send === null) {
          socket.end();
          resolve();
          return;
        }
        socket.write(current.send);
      }
    });
    socket.on('error', reject);
    socket.on('close', () => reject(new Error('SMTP connection closed early')));
  });
}
