import { spawn } from 'node:child_process';
import type { PrinterState } from '../../../../shared/contract/kiosk-api';

/**
 * `printer:NAME`: raw ESC/POS bytes to an operating-system print queue, for a
 * receipt printer attached by USB and installed with the vendor's driver.
 */

/** Same rule as the config schema, and no leading "-" so a name can never read as an option. */
const queueName = /^[A-Za-z0-9_.][A-Za-z0-9_.-]{0,63}$/;

export function isValidQueueName(name: string): boolean {
  return queueName.test(name);
}

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a program with an argument vector (never a shell), optionally feeding stdin. */
export type RunCommand = (command: string, args: readonly string[], input?: Uint8Array) => Promise<RunResult>;

export const runCommand: RunCommand = (command, args, input) =>
  new Promise((resolve) => {
    const child = spawn(command, [...args], {
      shell: false,
      stdio: ['pipe', 'pipe', 'pipe'],
      // Parsed output must not change with the kiosk's language.
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ code: null, stdout, stderr: error.code ?? error.message }),
    );
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ? Buffer.from(input) : undefined);
  });

export type QueueJobResult =
  { readonly ok: true } | { readonly ok: false; readonly state: PrinterState; readonly reason: string };

/** One operating system's way of reaching a raw queue. */
export interface RawQueueAdapter {
  status(name: string): Promise<PrinterState>;
  submit(name: string, job: Uint8Array): Promise<QueueJobResult>;
}

/** `lpstat -p NAME` (LC_ALL=C): "printer X is idle." / "printer X now printing X-3." / "printer X disabled since ...". */
export function stateFromLpstat(result: RunResult, name: string): PrinterState {
  if (result.code !== 0) {
    // Unknown queue, or no scheduler: either way nothing can print there.
    return 'offline';
  }
  // Read the words after the name, so a queue called "stopped-receipt" cannot fool the match.
  const prefix = `printer ${name} `;
  const rest = result.stdout.startsWith(prefix) ? result.stdout.slice(prefix.length) : '';
  if (/^disabled\b/.test(rest)) {
    return 'offline';
  }
  if (/^(is idle|now printing)\b/.test(rest)) {
    return 'ready';
  }
  return 'unknown';
}

/**
 * CUPS (Linux, macOS). A raw job is accepted when `lp` exits 0; CUPS then
 * owns it, so success here means "queued on a ready queue", which is as far
 * as a spooler lets an application see: the queue's state after submitting
 * catches a printer that stopped.
 */
export function createCupsAdapter(run: RunCommand = runCommand): RawQueueAdapter {
  const status = async (name: string): Promise<PrinterState> =>
    stateFromLpstat(await run('lpstat', ['-p', name]), name);
  return {
    status,
    submit: async (name, job) => {
      const before = await status(name);
      if (before !== 'ready') {
        return { ok: false, state: before, reason: 'queue not ready before the job' };
      }
      const sent = await run('lp', ['-d', name, '-o', 'raw', '-t', 'CoopKiosk-receipt'], job);
      if (sent.code !== 0) {
        return { ok: false, state: 'unknown', reason: `lp exited ${String(sent.code)}` };
      }
      const after = await status(name);
      return after === 'offline' ? { ok: false, state: after, reason: 'queue stopped after the job' } : { ok: true };
    },
  };
}

/**
 * Windows has no `lp`: raw bytes go through the spooler API (OpenPrinter /
 * StartDocPrinter with the RAW datatype), which needs a native or PowerShell
 * adapter this build does not ship. Saying so beats pretending.
 */
export const windowsWithoutAdapter: RawQueueAdapter = {
  status: () => Promise.resolve('unknown'),
  submit: () =>
    Promise.resolve({
      ok: false,
      state: 'unknown',
      reason: 'raw printing on Windows needs the spooler adapter, which is not installed',
    }),
};
