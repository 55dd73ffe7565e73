import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLaserPrinter } from '../../../../../electron/services/printing/laser';
import { createCupsSpooler, listCupsQueues } from '../../../../../electron/services/printing/laser/cups';
import { renderStatementPdf } from '../../../../../electron/services/printing/laser/pdf/render-in-worker';
import { createLogger } from '../../../../../electron/services/logger';
import { expectEveryMovement, pdfInfo, pdfText, popplerAvailable } from './pdf-tools';
import { syntheticStatement } from './statement-fixture';

/*
 * Laser printing through a real CUPS queue backed by cups-pdf, whose output
 * file is the "paper". test/support/cups-setup.sh creates it (CI runs it as root).
 */
const queue = 'CoopKioskPDF';
const outDir = '/var/spool/coopkiosk-pdf';
const lpInstalled = spawnSync('lp', ['-h']).error === undefined;
const queueExists =
  lpInstalled && spawnSync('lpstat', ['-p', queue], { env: { ...process.env, LC_ALL: 'C' } }).status === 0;
const cupsAvailable = queueExists && popplerAvailable;
const skipReason = !lpInstalled
  ? '`lp` is not installed (apt-get install cups cups-client printer-driver-cups-pdf)'
  : !queueExists
    ? `CUPS queue ${queue} is absent: run test/support/cups-setup.sh as root`
    : 'poppler-utils (pdftotext) is not installed';
/** Vitest lists skipped tests by name: the name carries the reason. */
const unless = (name: string): string => (cupsAvailable ? name : `${name} [skipped: ${skipReason}]`);

const log = createLogger({ minLevel: 'error' });
const dataDir = mkdtempSync(join(tmpdir(), 'laser-cups-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** cups-pdf names its output `<title>-job_<N>.pdf`. */
const outputsFor = (title: string): string[] =>
  existsSync(outDir) ? readdirSync(outDir).filter((f) => f.startsWith(`${title}-job_`)) : [];

describe('laser printing through CUPS (cups-pdf)', { timeout: 120_000 }, () => {
  it.skipIf(!cupsAvailable)(
    unless('prints a statement and the PDF that comes out has the member, the period and every movement'),
    async () => {
      expect(await listCupsQueues()).toContain(queue);
      const doc = syntheticStatement(150);
      const rendered = await renderStatementPdf(doc, { paper: 'letter' });
      if (!rendered.ok) {
        throw new Error(rendered.reason);
      }
      const title = `statement-cupstest-${Date.now()}`;
      const spooler = createCupsSpooler({ queue, tmpDir: join(dataDir, 'spool'), log });
      expect(await spooler.status()).toBe('ready');
      expect(await spooler.print(rendered.pdf, title)).toEqual({ ok: true, keptFile: null });
      // "completed" can show before (or without) the file: cups-pdf writes it last. Always check the file.
      const deadline = Date.now() + 20_000;
      while (outputsFor(title).length === 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
      }
      const [file] = outputsFor(title);
      expect(file, `no ${title}-job_N.pdf in ${outDir}`).toMatch(new RegExp(`^${title}-job_\\d+\\.pdf$`));
      const printed = join(outDir, file ?? '');
      const text = pdfText(printed);
      expect(text).toContain('Begoña Muñoz Peñaloza');
      expect(text).toContain('Periodo: 01/11/2025 a 31/10/2026');
      expectEveryMovement(text, doc);
      expect(pdfInfo(printed).pages).toBe(rendered.pages);
      rmSync(printed, { force: true });
    },
  );

  it.skipIf(!cupsAvailable)(
    unless('a stopped queue is offline and a job sent to it is refused and cancelled'),
    async () => {
      const laser = createLaserPrinter({ queue, paper: 'letter', maxPages: 30 }, { dataDir, log, platform: 'linux' });
      expect(spawnSync('cupsdisable', [queue]).status).toBe(0);
      try {
        expect(await laser.status()).toBe('offline');
        const outcome = await laser.print(syntheticStatement(5));
        expect(outcome).toMatchObject({ ok: false, state: 'offline' });
        // Cancelled: it must not come out later for whoever is at the kiosk then.
        const pending = spawnSync('lpstat', ['-W', 'not-completed', '-o', queue], {
          encoding: 'utf8',
          env: { ...process.env, LC_ALL: 'C' },
        });
        expect(pending.stdout.trim()).toBe('');
      } finally {
        spawnSync('cupsenable', [queue]);
      }
      expect(await laser.status()).toBe('ready');
    },
  );

  it.skipIf(!lpInstalled)(
    lpInstalled ? 'an unknown queue is offline' : `an unknown queue is offline [skipped: ${skipReason}]`,
    async () => {
      expect(await createCupsSpooler({ queue: 'NoSuchQueue_404', tmpDir: join(dataDir, 'spool'), log }).status()).toBe(
        'offline',
      );
    },
  );
});
