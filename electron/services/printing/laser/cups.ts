import type { PrinterState } from '../../../../shared/contract/kiosk-api';
import type { Logger } from '../../logger';
import { runCommand, type RunCommand } from './run-command';
import { jobTitlePattern, queueNamePattern, sleep, withTempPdf, type Spooler, type SpoolResult } from './spooler';

export interface CupsOptions {
  readonly queue: string;
  /** Where the PDF waits while `lp` reads it. */
  readonly tmpDir: string;
  readonly log: Logger;
  readonly run?: RunCommand;
  readonly pollMs?: number;
  /** How long a job may take to show as completed before it is cancelled and reported failed. */
  readonly jobTimeoutMs?: number;
}

/** `lpoptions -p QUEUE` → state: 3 idle / 4 processing are usable, 5 stopped is not; reasons refine it. */
export function parseLpOptions(stdout: string): PrinterState {
  const state = /(?:^|\s)printer-state=(\d)/.exec(stdout)?.[1];
  const accepting = /(?:^|\s)printer-is-accepting-jobs=(\w+)/.exec(stdout)?.[1];
  const reasons = /(?:^|\s)printer-state-reasons=(\S+)/.exec(stdout)?.[1] ?? 'none';
  if (state === undefined) {
    return 'unknown';
  }
  if (state === '5' || accepting === 'false' || reasons.includes('offline')) {
    return 'offline';
  }
  if (/media-(empty|needed)/.test(reasons)) {
    return 'paper-out';
  }
  if (/(door|cover)-open/.test(reasons)) {
    return 'cover-open';
  }
  return reasons.includes('media-low') ? 'paper-near-end' : 'ready';
}

/** "request id is CoopKioskPDF-12 (1 file(s))" → "CoopKioskPDF-12". */
export function parseRequestId(stdout: string): string | null {
  return /request id is (\S+-\d+)/.exec(stdout)?.[1] ?? null;
}

/** Queue names from `lpstat -e` (one a line). */
export function parseQueueList(stdout: string): string[] {
  return stdout
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => queueNamePattern.test(l));
}

export async function listCupsQueues(run: RunCommand = runCommand): Promise<string[]> {
  const r = await run('lpstat', ['-e']);
  return r.code === 0 ? parseQueueList(r.stdout) : [];
}

/** Linux and macOS: the CUPS command-line tools, spawned with argv arrays (never a shell). */
export function createCupsSpooler(o: CupsOptions): Spooler {
  const { queue, run = runCommand, pollMs = 250, jobTimeoutMs = 120_000, log } = o;
  if (!queueNamePattern.test(queue)) {
    throw new RangeError('invalid CUPS queue name');
  }

  const status = async (): Promise<PrinterState> => {
    const r = await run('lpoptions', ['-p', queue], { timeoutMs: 5_000 });
    const state = r.code === 0 ? parseLpOptions(r.stdout) : 'unknown';
    if (state !== 'unknown' || r.failure) {
      return r.failure ? 'offline' : state;
    }
    // lpoptions prints nothing (exit 0) for an unknown queue; lpstat says which problem it is, for IT.
    const printer = await run('lpstat', ['-p', queue], { timeoutMs: 5_000 });
    if (printer.code === 0) {
      return /disabled/.test(printer.stdout)
        ? 'offline'
        : /is (idle|printing)/.test(printer.stdout)
          ? 'ready'
          : 'unknown';
    }
    const scheduler = await run('lpstat', ['-r'], { timeoutMs: 5_000 });
    const reason = scheduler.stdout.includes('scheduler is not running')
      ? 'scheduler not running'
      : printer.stderr.trim().slice(0, 200);
    log.warn('laser.cups-status-failed', { queue, reason });
    return 'offline';
  };

  const cancel = async (jobId: string): Promise<void> => {
    const r = await run('cancel', [jobId], { timeoutMs: 5_000 });
    log.warn('laser.cups-job-cancelled', { queue, job: jobId, ok: r.code === 0 });
  };

  const waitForCompletion = async (jobId: string): Promise<SpoolResult> => {
    const deadline = Date.now() + jobTimeoutMs;
    const done = new RegExp(`^${jobId.replace(/[.]/g, '\\.')}\\s`, 'm');
    while (Date.now() < deadline) {
      // `lpstat -W completed` alone does not wait; poll until the job is listed.
      const r = await run('lpstat', ['-W', 'completed', '-o', queue], { timeoutMs: 5_000 });
      if (r.code === 0 && done.test(r.stdout)) {
        return { ok: true, keptFile: null };
      }
      const state = await status();
      if (state !== 'ready' && state !== 'paper-near-end') {
        // A job left in a stopped queue would come out later for whoever stands
        // at the kiosk then: it holds a member's statement, so cancel it.
        await cancel(jobId);
        return { ok: false, state, reason: `queue became ${state} before job ${jobId} completed` };
      }
      await sleep(pollMs);
    }
    await cancel(jobId);
    return { ok: false, state: 'unknown', reason: `job ${jobId} not completed after ${jobTimeoutMs} ms` };
  };

  return {
    kind: 'spooler',
    status,
    async print(pdf, title) {
      if (!jobTitlePattern.test(title)) {
        return { ok: false, state: 'unknown', reason: 'invalid job title' };
      }
      const submitted = await withTempPdf(o.tmpDir, title, pdf, (file) =>
        run('lp', ['-d', queue, '-t', title, file], { timeoutMs: 30_000 }),
      );
      const jobId = submitted.code === 0 ? parseRequestId(submitted.stdout) : null;
      if (!jobId) {
        const reason = submitted.failure ?? `lp refused the job: ${submitted.stderr.trim().slice(0, 200)}`;
        return { ok: false, state: await status(), reason };
      }
      log.info('laser.cups-job-submitted', { queue, job: jobId });
      return waitForCompletion(jobId);
    },
  };
}
