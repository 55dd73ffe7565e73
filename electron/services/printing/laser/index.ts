import { join } from 'node:path';
import type { TerminalConfig } from '../../../../shared/config/terminal-config';
import type { Logger } from '../../logger';
import { createCupsSpooler } from './cups';
import { createLaserDevice, type LaserPrinterDevice } from './laser-printer';
import { createVirtualSpooler } from './virtual';
import { createWindowsSpooler } from './windows';

export type { LaserPrinterDevice } from './laser-printer';

export interface LaserPrinterDeps {
  readonly dataDir: string;
  readonly log: Logger;
  readonly platform: NodeJS.Platform;
  /** Windows only: SumatraPDF unpacked from the asar (main.ts resolves it; services never import electron). */
  readonly sumatraPdfPath?: string;
}

/** The laser printer the config names: "virtual", else the OS spooler's queue of that name. */
export function createLaserPrinter(
  config: TerminalConfig['printers']['laser'],
  deps: LaserPrinterDeps,
): LaserPrinterDevice {
  const { dataDir, log, platform } = deps;
  const tmpDir = join(dataDir, 'laser-spool');
  const spooler =
    config.queue === 'virtual'
      ? createVirtualSpooler(dataDir, log)
      : platform === 'win32'
        ? createWindowsSpooler({
            queue: config.queue,
            sumatraPdfPath: deps.sumatraPdfPath ?? 'SumatraPDF.exe',
            tmpDir,
            log,
          })
        : createCupsSpooler({ queue: config.queue, tmpDir, log });
  return createLaserDevice(spooler, { paper: config.paper, maxPages: config.maxPages, log });
}
