import { kioskApiContract, type KioskHandlers, type SystemInfo } from '../../../shared/contract/kiosk-api';
import { fail, ok } from '../../../shared/result';
import type { PageErrorLog, PageErrorReport } from './page-errors';

/**
 * With an invalid config only `system.info` answers (it carries the problems
 * for the out-of-service screen); every other method refuses with
 * `config-invalid` rather than running on guessed settings.
 */
export function createOutOfServiceHandlers(info: SystemInfo, pageErrors: PageErrorLog): KioskHandlers {
  const handlers: Record<string, Record<string, () => Promise<unknown>>> = {};
  for (const [ns, methods] of Object.entries(kioskApiContract)) {
    handlers[ns] = {};
    for (const m of Object.keys(methods)) {
      handlers[ns][m] = () =>
        Promise.resolve(fail('config-invalid', 'terminal config is invalid; see system.info configProblems'));
    }
  }
  const system = handlers.system as Record<string, (input?: unknown) => Promise<unknown>>;
  system.info = () => Promise.resolve(ok(info));
  // A page error on the out-of-service screen still reaches the log.
  system.reportError = (input) => pageErrors.report(input as PageErrorReport);
  return handlers as unknown as KioskHandlers;
}
