import { plainProblem } from '../../shared/config/config-problems';
import { join } from 'node:path';
import { welcomeRoute } from '../../shared/contract/page-routes';
import type { ConfigProblem } from '../../shared/config/terminal-config';
import type { Logger } from '../services/logger';
import { systemClock, type Clock } from '../services/session';
import {
  afterFatal,
  parkedAtStart,
  readFaultTimes,
  recentFaults,
  writeFaultTimes,
  type FaultPolicyOptions,
} from './fault-policy';
import type { HostPort } from './host-port';
import { watchProcessFaults, type ProcessLike } from './process-faults';

export const defaultFaultPolicy: FaultPolicyOptions = { maxFatalErrors: 3, windowMinutes: 10 };

export interface FaultRecoveryOptions {
  readonly process?: ProcessLike;
  readonly log: Logger;
  readonly host: HostPort;
  readonly dataDir: string;
  readonly policy: FaultPolicyOptions;
  readonly clock?: Clock;
  /** Ends the member's session, if any; true when there was one (the page then follows the core's session end). */
  readonly endSession: () => boolean;
}

export interface FaultRecovery {
  /** Set when the kiosk starts parked: the out-of-service screen shows it to IT. */
  readonly problem: ConfigProblem | null;
  dispose(): void;
}

/**
 * Recovery from the main process's own errors, the same in both hosts: an
 * unhandled rejection is logged and the page goes back to welcome (ending a
 * member's session through the core's one session end); an uncaught
 * exception is logged, counted in a file that survives the relaunch, and the
 * host relaunches. A kiosk that counted `maxFatalErrors` within the window
 * starts parked out of service instead, and relaunches by itself once the
 * window has passed, so a crash loop costs nothing and IT sees why.
 */
export function startFaultRecovery(options: FaultRecoveryOptions): FaultRecovery {
  const { log, host, policy, clock = systemClock } = options;
  const file = join(options.dataDir, 'fatal-errors.json');
  const times = readFaultTimes(file);
  const now = clock.now();
  let timer: unknown = null;
  let problem: ConfigProblem | null = null;
  if (parkedAtStart(times, now, policy)) {
    const recent = recentFaults(times, now, policy);
    problem = plainProblem(
      'recovery',
      'recovery',
      `${recent.length} fatal errors of the kiosk process within ${policy.windowMinutes} minutes: out of service until the window passes (see the log, event process.uncaught-exception)`,
      { count: String(recent.length), minutes: String(policy.windowMinutes) },
    );
    log.error('recovery.parked', { faults: recent.length, windowMinutes: policy.windowMinutes });
    const resumeAt = (recent[recent.length - policy.maxFatalErrors] ?? now) + policy.windowMinutes * 60_000;
    timer = clock.setTimeout(
      () => {
        log.info('recovery.resume');
        host.relaunch();
      },
      Math.max(1_000, resumeAt - now),
    );
  }
  const unwatch = options.process
    ? watchProcessFaults(options.process, log, {
        onRejection: () => {
          if (!options.endSession()) {
            host.reload(welcomeRoute);
          }
        },
        onFatal: () => {
          const step = afterFatal(readFaultTimes(file), clock.now(), policy);
          writeFaultTimes(file, step.times);
          log.error('recovery.relaunch', { faults: step.times.length, next: step.decision });
          options.endSession();
          void log.flush().finally(() => host.relaunch());
        },
      })
    : () => undefined;
  return {
    problem,
    dispose() {
      unwatch();
      if (timer !== null) {
        clock.clearTimeout(timer);
      }
    },
  };
}
