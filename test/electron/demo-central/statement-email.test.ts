import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { popplerAvailable } from '../services/printing/laser/pdf-tools';
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
        expect(mail.from?.value).toEqual([
          { name: 'Cooperativa Demo de Ahorro y Crédito', address: 'no-responder@cooperativa-demo.example' },
        ]);
        expect(mail.subject).toBe('Su estado de cuenta — Cooperativa Demo de Ahorro y Crédito');
        const body = mail.text ?? '';
        expect(body).toContain('Este es su estado de cuenta del 01/07/2026 al 31/10/2026.');
        expect(body).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        expect(body).toMatch(/Ahorro a la vista \*{4}\d{4}: \$ [\d.]+/);
        expect(body).toMatch(/CDAT \*{4}\d{4}: \$ 10\.000\.000, vence el \d{2}\/\d{2}\/\d{4}/);
        // No account number in full: every run of 6+ digits would be one.
        expect(body).not.toMatch(/\d{6,}/);
        expect(body).toContain('Adjuntamos el estado de cuenta completo en PDF.');
        expect(body).toContain('La clave para abrir el PDF es su número de documento');
        expect(mail.attachments.map((x) => [x.contentType, x.filename])).toEqual([
          ['application/pdf', 'estado-de-cuenta-2026-07-01-2026-10-31.pdf'],
        ]);
        const pdf = mail.attachments[0]?.content ?? Buffer.alloc(0);
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        if (popplerAvailable) {
          // Protected: without the password pdftotext refuses it; with her document number it opens.
          const dir = mkdtempSync(join(tmpdir(), 'mail-pdf-'));
          const file = join(dir, 'statement.pdf');
          writeFileSync(file, pdf);
          const locked = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
          const wrong = spawnSync('pdftotext', ['-upw', '79111222', file, '-'], { encoding: 'utf8' });
          const opened = spawnSync('pdftotext', ['-layout', '-upw', '1010101010', file, '-'], { encoding: 'utf8' });
          const info = spawnSync('pdfinfo', ['-upw', '1010101010', file], { encoding: 'utf8' }).stdout;
          rmSync(dir, { recursive: true, force: true });
          expect(info).toMatch(/^Encrypted:\s+yes .*AES-256/m);
          expect(locked.status).not.toBe(0);
          expect(locked.stderr).toMatch(/Incorrect password/i);
          expect(wrong.status).not.toBe(0);
          expect(opened.status).toBe(0);
          const text = opened.stdout;
          expect(text).toContain('CDAT — Certificados de depósito de ahorro a término');
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
