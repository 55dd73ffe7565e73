import { spawn } from 'node:child_process';

export interface CommandResult {
  /** Exit code; null when the process could not start or was killed by the timeout. */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Set when the command could not run at all (ENOENT: not installed) or timed out. */
  readonly failure: string | null;
}

/** Runs a program with an argv array. Injectable so the adapters' parsing is tested without the tools. */
export type RunCommand = (
  command: string,
  args: readonly string[],
  options?: { readonly timeoutMs?: number },
) => Promise<CommandResult>;

/**
 * spawn without a shell, so nothing in an argument (a queue name, a title,
 * a file) is ever interpreted; LC_ALL=C because the adapters parse English
 * output ("request id is", "scheduler is not running").
 */
export const runCommand: RunCommand = (command, args, options = {}) =>
  new Promise((resolve) => {
    const child = spawn(command, [...args], {
      shell: false,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
      windowsHide: true,
    });
    let stdout = '';
    let stderr = '';
    let failure: string | null = null;
    const timer = setTimeout(() => {
      failure = `${command} timed out after ${options.timeoutMs ?? 10_000} ms`;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 10_000);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', (error: NodeJS.ErrnoException) => {
      failure = error.code === 'ENOENT' ? `${command} not installed` : error.message;
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code: failure ? null : code, stdout, stderr, failure });
    });
  });
