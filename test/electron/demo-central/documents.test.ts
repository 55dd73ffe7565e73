import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { api, staffToken, start, stop, token } from './harness';

describe('demo central verification codes', () => {
  it('issues a code for a document and verifies it without terminal credential', async () => {
    const central = await start();
    try {
      const t = await token(central, '43777888', '8026');
      const sha256 = createHash('sha256').update('statement bytes').digest('hex');
      const issued = await api(central, 'POST', '/v1/documents', {
        token: t,
        body: { kind: 'statement', period: '2026-01-01/2026-06-30', sha256 },
      });
      expect(issued.status).toBe(200);
      const code = (issued.body as { code: string }).code;
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      const res = await fetch(`${central.url}/v1/verify/${code.toLowerCase().replace('-', '')}`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({
        valid: true,
        kind: 'statement',
        sha256,
        memberNameMasked: 'B***** M**** P*******',
        period: '2026-01-01/2026-06-30',
      });
      expect((await fetch(`${central.url}/v1/verify/AAAA-AAAA`)).status).toBe(404);
      const staff = await staffToken(central);
      const forWalkIn = await api(central, 'POST', '/v1/documents', {
        token: staff,
        body: { kind: 'certificate', period: '2025', sha256, member: { docType: 'CC', docNumber: '1010101010' } },
      });
      expect(forWalkIn.status).toBe(200);
    } finally {
      await stop(central);
    }
  });
});
