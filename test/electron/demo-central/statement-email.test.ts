import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { pdfText, popplerAvailable } from '../services/printing/laser/pdf-tools';
import { api, memberStream, start, stop } from './harness';

describe('demo central: statement by e-mail', () => {
  it(
    'renders the statement PDF itself and attaches it to the .eml, with a code it can verify',
    { timeout: 60_000 },
    async () => {
      const central = await start();
      try {
        const event = {
          id: randomUUID(),
          type: 'statement.email',
          stream: memberStream(central, 'M-0001'),
          sequence: 1,
          createdAt: new Date().toISOString(),
          payload: { memberId: 'M-0001', from: '2026-07-01', to: '2026-10-31' },
        };
        const res = await api(central, 'POST', '/v1/sync', { body: { events: [event] } });
        expect(res.body).toEqual({ results: [{ id: event.id, status: 'accepted' }] });
        const [file] = readdirSync(central.mailDir);
        const mail = await simpleParser(readFileSync(join(central.mailDir, file ?? '')));
        expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('laura.gomez@example.com');
        expect(mail.text).toContain('Adjuntamos el estado de cuenta completo en PDF.');
        expect(mail.attachments.map((x) => [x.contentType, x.filename])).toEqual([
          ['application/pdf', 'estado-de-cuenta-2026-07-01-2026-10-31.pdf'],
        ]);
        const pdf = mail.attachments[0]?.content ?? Buffer.alloc(0);
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        if (popplerAvailable) {
          const text = pdfText(new Uint8Array(pdf));
          expect(text).toContain('Laura Gómez Restrepo');
          expect(text).toContain('Periodo: 01/07/2026 a 31/10/2026');
          const code = /Código de verificación ([0-9A-Z]{4}-[0-9A-Z]{4})/.exec(text)?.[1] ?? '';
          const verified = await fetch(`${central.url}/v1/verify/${code}`);
          expect(await verified.json()).toMatchObject({
            valid: true,
            kind: 'statement',
            period: '2026-07-01/2026-10-31',
          });
        }
      } finally {
        await stop(central);
      }
    },
  );
});
