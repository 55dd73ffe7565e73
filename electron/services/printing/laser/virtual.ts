import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../../logger';
import type { Spooler } from './spooler';

/**
 * The demo/training laser printer: it keeps each PDF under
 * `<dataDir>/virtual-printer/` (for IT and for showing on screen) and is
 * always ready.
 */
export function createVirtualSpooler(dataDir: string, log: Logger): Spooler {
  const dir = join(dataDir, 'virtual-printer');
  return {
    kind: 'virtual',
    status: () => Promise.resolve('ready'),
    print(pdf, title) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const file = join(dir, `${title}.pdf`);
      writeFileSync(file, pdf, { mode: 0o600 });
      log.info('laser.virtual-kept', { bytes: pdf.byteLength });
      return Promise.resolve({ ok: true, keptFile: file });
    },
  };
}
