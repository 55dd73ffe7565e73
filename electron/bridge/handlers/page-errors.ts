import type { KioskHandlers } from '../../../shared/contract/kiosk-api';
import { ok, type Result } from '../../../shared/result';
import type { Logger } from '../../services/logger';
import type { Clock } from '../../services/session';

export type PageErrorReport = Parameters<KioskHandlers['system']['reportError']>[0];

export interface PageErrorLog {
  report(error: PageErrorReport): Promise<Result<null>>;
}

/**
 * `system.reportError`: the page's errors in main's log (where the scrubber
 * masks any document number or e-mail a message might quote), at most
 * `perMinute` a minute: a page failing in a loop must not fill the disk.
 * What is dropped is counted in the next line that gets through.
 */
export function createPageErrorLog(log: Logger, clock: Pick<Clock, 'now'>, perMinute = 10): PageErrorLog {
  const pageLog = log.child('page');
  let windowStart = 0;
  let count = 0;
  let dropped = 0;
  return {
    report(error) {
      const now = clock.now();
      if (now - windowStart >= 60_000) {
        windowStart = now;
        count = 0;
      }
      count += 1;
      if (count > perMinute) {
        dropped += 1;
        return Promise.resolve(ok(null));
      }
      pageLog.error('page.error', { ...error, droppedBefore: dropped });
      dropped = 0;
      return Promise.resolve(ok(null));
    },
  };
}
