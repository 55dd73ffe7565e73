import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PrinterState } from '../../../../shared/contract/kiosk-api';
import type { Logger } from '../../logger';
import { runCommand, type RunCommand } from './run-command';
import { jobTitlePattern, queueNamePattern, withTempPdf, type Spooler } from './spooler';

export interface WindowsSpoolerOptions {
  readonly queue: string;
  /**
   * SumatraPDF.exe as pdf-to-printer bundles it. Electron cannot run an .exe
   * from inside app.asar, so electron-builder must unpack it (asarUnpack) and
   * main resolves it under `resources/app.asar.unpacked/`: see sumatraPathInResources.
   */
  readonly sumatraPdfPath: string;
  readonly tmpDir: string;
  readonly log: Logger;
  readonly run?: RunCommand;
  readonly timeoutMs?: number;
}

/** Where electron-builder unpacks pdf-to-printer's SumatraPDF (file name as in pdf-to-printer 5.x; check on upgrade). */
export function sumatraPathInResources(resourcesPath: string, exe = 'SumatraPDF-3.4.6-32.exe'): string {
  return join(resourcesPath, 'app.asar.unpacked', 'node_modules', 'pdf-to-printer', 'dist', exe);
}

/** SumatraPDF's command line, as pdf-to-printer builds it: print silently to a named printer, fit to page. */
export function sumatraArgs(queue: string, file: string): string[] {
  return ['-print-to', queue, '-silent', '-print-settings', 'fit', '-exit-when-done', file];
}

/** PowerShell query of Win32_Printer; the queue name is already restricted to [A-Za-z0-9_.-], so it cannot break the quoting. */
export function printerQueryArgs(queue: string): string[] {
  const filter = `Name='${queue}'`;
  return [
    '-NoProfile',
    '-NonInteractive',
    '-Command',
    `Get-CimInstance Win32_Printer -Filter "${filter}" | Select-Object PrinterStatus,WorkOffline,DetectedErrorState | ConvertTo-Json -Compress`,
  ];
}

/** Win32_Printer → state. DetectedErrorState: 3 low paper, 4 no paper, 7 door open, 9 offline; PrinterStatus 7 offline. */
export function parseWin32Printer(stdout: string): PrinterState {
  if (stdout.trim() === '') {
    return 'offline';
  }
  try {
    const p = JSON.parse(stdout) as { PrinterStatus?: number; WorkOffline?: boolean; DetectedErrorState?: number };
    if (p.WorkOffline === true || p.PrinterStatus === 7 || p.DetectedErrorState === 9) {
      return 'offline';
    }
    const byError: Readonly<Record<number, PrinterState>> = { 3: 'paper-near-end', 4: 'paper-out', 7: 'cover-open' };
    return byError[p.DetectedErrorState ?? 0] ?? 'ready';
  } catch {
    return 'unknown';
  }
}

/**
 * Windows: SumatraPDF hands the PDF to the Windows spooler. It exits when the
 * job is queued; unlike CUPS the job's completion is not followed here.
 * Not run on this project's Linux machines: the argv it builds is unit-tested.
 */
export function createWindowsSpooler(o: WindowsSpoolerOptions): Spooler {
  const { queue, run = runCommand, timeoutMs = 60_000, log } = o;
  if (!queueNamePattern.test(queue)) {
    throw new RangeError('invalid Windows printer name');
  }
  const status = async (): Promise<PrinterState> => {
    if (!existsSync(o.sumatraPdfPath)) {
      log.error('laser.sumatra-missing', { path: o.sumatraPdfPath });
      return 'offline';
    }
    const r = await run('powershell.exe', printerQueryArgs(queue), { timeoutMs: 8_000 });
    return r.code === 0 ? parseWin32Printer(r.stdout) : 'unknown';
  };
  return {
    kind: 'spooler',
    status,
    async print(pdf, title) {
      if (!jobTitlePattern.test(title)) {
        return { ok: false, state: 'unknown', reason: 'invalid job title' };
      }
      const r = await withTempPdf(o.tmpDir, title, pdf, (file) =>
        run(o.sumatraPdfPath, sumatraArgs(queue, file), { timeoutMs }),
      );
      if (r.code !== 0) {
        return { ok: false, state: await status(), reason: r.failure ?? `SumatraPDF exited with ${r.code}` };
      }
      return { ok: true, keptFile: null };
    },
  };
}
