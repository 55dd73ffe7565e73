import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createCupsSpooler,
  parseLpOptions,
  parseQueueList,
  parseRequestId,
} from '../../../../../electron/services/printing/laser/cups';
import { createLaserPrinter } from '../../../../../electron/services/printing/laser';
import { runCommand } from '../../../../../electron/services/printing/laser/run-command';
import {
  createWindowsSpooler,
  parseWin32Printer,
  printerQueryArgs,
  sumatraArgs,
  sumatraPathInResources,
} from '../../../../../electron/services/printing/laser/windows';
import { createLogger } from '../../../../../electron/services/logger';
import { fakeRun } from './fake-run';

const log = createLogger({ minLevel: 'error' });
const dirs: string[] = [];
const temp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'laser-test-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    rmSync(dir, { recursive: true, force: true });
  }
});
const pdf = new Uint8Array(Buffer.from('%PDF-1.7 test'));

describe('CUPS output parsing', () => {
  it('reads printer-state and its reasons from lpoptions', () => {
    const line = (state: number, reasons = 'none', accepting = 'true') =>
      `copies=1 printer-is-accepting-jobs=${accepting} printer-state=${state} printer-state-change-time=1 printer-state-reasons=${reasons} printer-type=8450124`;
    expect(parseLpOptions(line(3))).toBe('ready');
    expect(parseLpOptions(line(4))).toBe('ready');
    expect(parseLpOptions(line(5, 'paused'))).toBe('offline');
    expect(parseLpOptions(line(3, 'none', 'false'))).toBe('offline');
    expect(parseLpOptions(line(3, 'media-empty-error'))).toBe('paper-out');
    expect(parseLpOptions(line(3, 'media-low-report'))).toBe('paper-near-end');
    expect(parseLpOptions(line(3, 'door-open-error'))).toBe('cover-open');
    expect(parseLpOptions('copies=1')).toBe('unknown');
  });

  it('reads the job id from lp and queue names from lpstat -e', () => {
    expect(parseRequestId('request id is CoopKioskPDF-12 (1 file(s))\n')).toBe('CoopKioskPDF-12');
    expect(parseRequestId('')).toBeNull();
    expect(parseQueueList('CoopKioskPDF\nOffice_Laser\n\nbad name\n')).toEqual(['CoopKioskPDF', 'Office_Laser']);
  });
});

describe('CUPS spooler', () => {
  it('runs lp with an argv (no shell), waits for completion and removes its temp file', async () => {
    const tmpDir = temp();
    let polls = 0;
    const { run, calls } = fakeRun(({ command, args }) => {
      if (command === 'lp') {
        expect(readFileSync(args[4] ?? '', 'utf8')).toBe('%PDF-1.7 test');
        return { stdout: 'request id is Laser_1-7 (1 file(s))\n' };
      }
      if (command === 'lpstat') {
        polls += 1;
        return { stdout: polls < 3 ? '' : 'Laser_1-7   kiosk   1024   Mon 23 Nov 2026\n' };
      }
      return { stdout: 'printer-state=3 printer-state-reasons=none' };
    });
    const spooler = createCupsSpooler({ queue: 'Laser_1', tmpDir, log, run, pollMs: 1 });
    expect(await spooler.print(pdf, 'statement-1')).toEqual({ ok: true, keptFile: null });
    expect(calls[0]).toEqual({
      command: 'lp',
      args: ['-d', 'Laser_1', '-t', 'statement-1', join(tmpDir, 'statement-1.pdf')],
    });
    expect(calls.filter((c) => c.command === 'lpstat').map((c) => c.args)).toEqual(
      Array(3).fill(['-W', 'completed', '-o', 'Laser_1']),
    );
    expect(readdirSync(tmpDir)).toEqual([]);
  });

  it('cancels a job whose queue stops before it completes, and reports the state', async () => {
    const { run, calls } = fakeRun(({ command }) =>
      command === 'lp'
        ? { stdout: 'request id is Laser_1-8 (1 file(s))' }
        : command === 'lpoptions'
          ? { stdout: 'printer-state=5 printer-state-reasons=paused' }
          : {},
    );
    const spooler = createCupsSpooler({ queue: 'Laser_1', tmpDir: temp(), log, run, pollMs: 1 });
    expect(await spooler.print(pdf, 'statement-2')).toMatchObject({ ok: false, state: 'offline' });
    expect(calls.at(-1)).toEqual({ command: 'cancel', args: ['Laser_1-8'] });
  });

  it('is offline when the queue is unknown or cupsd is down, and refuses bad names and titles', async () => {
    // With cupsd down: lpoptions fails, lpstat -p fails, lpstat -r says so (and exits 0).
    const { run, calls } = fakeRun(({ command, args }) =>
      command === 'lpoptions' || args[0] === '-p'
        ? { code: 1, stderr: 'lpstat: Bad file descriptor' }
        : { stdout: 'scheduler is not running\n' },
    );
    expect(await createCupsSpooler({ queue: 'Nope', tmpDir: temp(), log, run }).status()).toBe('offline');
    expect(calls.map((c) => [c.command, ...c.args].join(' '))).toEqual([
      'lpoptions -p Nope',
      'lpstat -p Nope',
      'lpstat -r',
    ]);
    expect(() => createCupsSpooler({ queue: 'a;rm -rf', tmpDir: temp(), log, run })).toThrow(RangeError);
    expect(
      await createCupsSpooler({ queue: 'Ok', tmpDir: temp(), log, run }).print(pdf, '../etc/passwd'),
    ).toMatchObject({ ok: false });
  });

  it('reports a missing lp as not installed rather than throwing', async () => {
    expect(await runCommand('coopkiosk-no-such-tool', [])).toMatchObject({
      code: null,
      failure: 'coopkiosk-no-such-tool not installed',
    });
  });
});

describe('Windows spooler (argv only: no Windows here)', () => {
  it('builds SumatraPDF and PowerShell command lines', () => {
    expect(sumatraArgs('Laser_1', 'C:\\k\\s.pdf')).toEqual([
      '-print-to',
      'Laser_1',
      '-silent',
      '-print-settings',
      'fit',
      '-exit-when-done',
      'C:\\k\\s.pdf',
    ]);
    expect(printerQueryArgs('Laser_1').at(-1)).toContain(`-Filter "Name='Laser_1'"`);
    expect(sumatraPathInResources('/opt/kiosk/resources')).toBe(
      '/opt/kiosk/resources/app.asar.unpacked/node_modules/pdf-to-printer/dist/SumatraPDF-3.4.6-32.exe',
    );
  });

  it('maps Win32_Printer to printer states', () => {
    expect(parseWin32Printer('{"PrinterStatus":3,"WorkOffline":false,"DetectedErrorState":2}')).toBe('ready');
    expect(parseWin32Printer('{"PrinterStatus":3,"WorkOffline":true,"DetectedErrorState":2}')).toBe('offline');
    expect(parseWin32Printer('{"PrinterStatus":1,"WorkOffline":false,"DetectedErrorState":4}')).toBe('paper-out');
    expect(parseWin32Printer('')).toBe('offline');
    expect(parseWin32Printer('garbage')).toBe('unknown');
  });

  it('runs the injected SumatraPDF with the temp file and is offline without it', async () => {
    const dir = temp();
    const { run, calls } = fakeRun(() => ({
      stdout: '{"PrinterStatus":3,"WorkOffline":false,"DetectedErrorState":2}',
    }));
    const sumatra = join(dir, 'SumatraPDF.exe');
    const spooler = createWindowsSpooler({ queue: 'Laser_1', sumatraPdfPath: sumatra, tmpDir: dir, log, run });
    expect(await spooler.status()).toBe('offline');
    expect(await spooler.print(pdf, 'statement-3')).toEqual({ ok: true, keptFile: null });
    expect(calls[0]).toEqual({ command: sumatra, args: sumatraArgs('Laser_1', join(dir, 'statement-3.pdf')) });
  });
});

describe('createLaserPrinter', () => {
  it('picks virtual, CUPS or Windows from the config and platform', () => {
    const dataDir = temp();
    expect(
      createLaserPrinter({ queue: 'virtual', paper: 'letter', maxPages: 30 }, { dataDir, log, platform: 'linux' }).kind,
    ).toBe('virtual');
    expect(
      createLaserPrinter({ queue: 'CoopKioskPDF', paper: 'a4', maxPages: 30 }, { dataDir, log, platform: 'darwin' }),
    ).toMatchObject({ kind: 'spooler', paper: 'a4' });
    expect(
      createLaserPrinter({ queue: 'Laser', paper: 'letter', maxPages: 30 }, { dataDir, log, platform: 'win32' }).kind,
    ).toBe('spooler');
  });

  it('the virtual printer keeps the PDF and returns preview lines', async () => {
    const dataDir = temp();
    const { syntheticStatement } = await import('./statement-fixture');
    const laser = createLaserPrinter(
      { queue: 'virtual', paper: 'letter', maxPages: 30 },
      { dataDir, log, platform: 'linux' },
    );
    expect(await laser.status()).toBe('ready');
    const outcome = await laser.print(syntheticStatement(10));
    if (!outcome.ok || !outcome.virtualCopy) {
      throw new Error('expected a virtual copy');
    }
    expect(outcome.virtualCopy.file).toMatch(/virtual-printer\/statement-\d{8}T\d{9}Z-\d{3}\.pdf$/);
    expect(existsSync(outcome.virtualCopy.file)).toBe(true);
    expect(outcome.virtualCopy.previewLines[0]).toBe(
      `Estado de cuenta: ${outcome.pages} ${outcome.pages === 1 ? 'página' : 'páginas'} en hoja carta`,
    );
    expect(outcome.virtualCopy.previewLines).toContain('Begoña Muñoz Peñaloza · CC ****7888');
  }, 60_000);
});
