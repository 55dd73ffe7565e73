import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger, scrubFields, scrubValue } from '../../../electron/services/logger';

describe('logger', () => {
  it('masks e-mails and long digit runs in values and drops secret-named fields', () => {
    expect(scrubValue('member laura.gomez@example.com doc 1010101010')).toBe('member [email] doc [10 digits]');
    expect(scrubFields({ pin: '4719', newPin: '1234', token: 'abc', method: 'auth.signIn', attempts: 3 })).toEqual({
      pin: '[redacted]',
      newPin: '[redacted]',
      token: '[redacted]',
      method: 'auth.signIn',
      attempts: 3,
    });
  });

  it('writes JSON lines to a daily file and keeps a ring for the maintenance screen', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopkiosk-log-'));
    const log = createLogger({ dir, now: () => new Date('2026-11-23T15:00:00Z') });
    log.debug('ignored.below.level');
    log.info('kiosk.started', { terminal: 'KIOSK-01', secret: 'x' });
    log.warn('bridge.refused', { document: '79111222' });
    const files = readdirSync(dir);
    expect(files).toEqual(['kiosk-2026-11-23.log']);
    const lines = readFileSync(join(dir, files[0] ?? ''), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { event: string; fields: Record<string, unknown> });
    expect(lines.map((l) => l.event)).toEqual(['kiosk.started', 'bridge.refused']);
    expect(lines[1]?.fields.document).toBe('[8 digits]');
    expect(lines[0]?.fields.secret).toBe('[redacted]');
    expect(log.recent()).toHaveLength(2);
  });
});
