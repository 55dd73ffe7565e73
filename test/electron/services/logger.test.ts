import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scrubText } from '../../../electron/services/log-scrub';
import { createLogger } from '../../../electron/services/logger';

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'coopkiosk-log-'));
const lines = (dir: string, file: string) =>
  readFileSync(join(dir, file), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('log scrubber', () => {
  it.each([
    ['2026-12-03', '2026-12-03'],
    ['"today":"2026-12-03"', '"today":"2026-12-03"'],
    ['2026-12-03T15:04:05.123Z', '2026-12-03T15:04:05.123Z'],
    ['http://127.0.0.1:4780', 'http://127.0.0.1:4780'],
    ['listening on :4780', 'listening on :4780'],
    ['took 1866 ms', 'took 1866 ms'],
    ['rss 344 MB', 'rss 344 MB'],
    ['version 0.1.0', 'version 0.1.0'],
    ['electron 45.6.0', 'electron 45.6.0'],
    ['chromium 156.0.8078.73', 'chromium 156.0.8078.73'],
    ['from 10.0.0.5', 'from 10.0.0.5'],
    ['id 0190a6f8-7c3e-7a00-8000-000000000001', 'id 0190a6f8-7c3e-7a00-8000-000000000001'],
    ['terminal DEMO-KIOSK-01', 'terminal DEMO-KIOSK-01'],
    ['member M-0001', 'member M-0001'],
  ])('keeps %s', (input, output) => {
    expect(scrubText(input)).toBe(output);
  });

  it.each([
    ['doc 1010101010', 'doc [number]'],
    ['doc 1.010.101.010', 'doc [number]'],
    ['doc 79.111.222', 'doc [number]'],
    ['laura@example.com wrote', '[email] wrote'],
    ['Laura <laura.gomez@example.com>', 'Laura <[email]>'],
    ['account 2001-001001', 'account [number]'],
    ['cdat 3001-000301', 'cdat [number]'],
  ])('masks %s', (input, output) => {
    expect(scrubText(input)).toBe(output);
  });
});

describe('logger (pino)', () => {
  afterEach(() => vi.useRealTimers());

  it('redacts personal fields by name, scrubs free text, and keeps a ring for the maintenance screen', async () => {
    const dir = tempDir();
    const log = createLogger({ dir, now: () => new Date('2026-11-23T15:00:00Z') });
    log.debug('ignored.below.level');
    log.info('kiosk.started', { terminal: 'KIOSK-01', secret: 'x', url: 'http://127.0.0.1:4780', today: '2026-11-23' });
    log.child('central').warn('bridge.refused', { docNumber: '79111222', note: 'for 1010101010 at laura@example.com' });
    await log.flush();
    const [first, second] = lines(dir, 'kiosk.log');
    expect(first).toMatchObject({
      level: 'info',
      time: '2026-11-23T15:00:00.000Z',
      event: 'kiosk.started',
      terminal: 'KIOSK-01',
      secret: '[redacted]',
      url: 'http://127.0.0.1:4780',
      today: '2026-11-23',
    });
    expect(second).toMatchObject({ service: 'central', docNumber: '[redacted]', note: 'for [number] at [email]' });
    expect(log.recent().map((e) => e.event)).toEqual(['kiosk.started', 'bridge.refused']);
    expect(log.recent()[1]).toMatchObject({ level: 'warn', service: 'central', fields: { docNumber: '[redacted]' } });
    expect(JSON.stringify(log.recent())).not.toMatch(/79111222|1010101010|laura@/);
  });

  it('rolls the file over by size and keeps at most N rolled files, and at most M bytes of them', async () => {
    const dir = tempDir();
    const log = createLogger({ dir, rotation: { maxFileBytes: 400, maxFiles: 3, maxTotalBytes: 100_000 } });
    for (let i = 0; i < 60; i += 1) {
      log.info('outbox.batch', { n: i, note: 'x'.repeat(40) });
      await log.flush();
    }
    await vi.waitFor(() => {
      const rolled = readdirSync(dir).filter((f) => /^kiosk-\d{4}-\d{2}-\d{2}-\d+\.log$/.test(f));
      expect(rolled).toHaveLength(3);
    });
    for (const f of readdirSync(dir).filter((name) => name.endsWith('.log'))) {
      expect(statSync(join(dir, f)).size).toBeLessThanOrEqual(600);
    }
    const capped = tempDir();
    const small = createLogger({ dir: capped, rotation: { maxFileBytes: 400, maxFiles: 100, maxTotalBytes: 1_500 } });
    for (let i = 0; i < 60; i += 1) {
      small.info('outbox.batch', { n: i, note: 'x'.repeat(40) });
      await small.flush();
    }
    await vi.waitFor(() => {
      const total = readdirSync(capped)
        .filter((f) => f !== 'kiosk.log' && f.endsWith('.log'))
        .reduce((sum, f) => sum + statSync(join(capped, f)).size, 0);
      expect(total).toBeLessThanOrEqual(1_500);
      expect(total).toBeGreaterThan(0);
    });
  });

  it('rolls the file over at midnight (fake clock)', async () => {
    // The clock says 23:59:59.7; rotating-file-stream arms its real timer for the 0.3 s left.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 11, 3, 23, 59, 59, 700) });
    const dir = tempDir();
    const log = createLogger({ dir });
    log.info('before.midnight');
    await log.flush();
    vi.setSystemTime(new Date(2026, 11, 4, 0, 0, 1));
    await vi.waitFor(() => expect(readdirSync(dir)).toContain('kiosk-2026-12-03-1.log'), { timeout: 5_000 });
    log.info('after.midnight');
    await log.flush();
    expect(lines(dir, 'kiosk-2026-12-03-1.log').map((l) => l.event)).toEqual(['before.midnight']);
    expect(lines(dir, 'kiosk.log').map((l) => l.event)).toEqual(['after.midnight']);
  });
});
