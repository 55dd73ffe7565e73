import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningHost {
  /** The kiosk URL, with the launch secret. */
  readonly url: string;
  readonly origin: string;
  readonly dataDir: string;
  readonly process: ChildProcess;
  /** Everything the host wrote to stdout/stderr so far. */
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface StartHostOptions {
  /** A config object written to a temp file; none = the demo defaults. */
  readonly config?: unknown;
  /** Raw file content, for unreadable-JSON cases. */
  readonly rawConfig?: string;
  readonly dataDir?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Extra command-line flags for the host (e.g. --fault-injection). */
  readonly args?: readonly string[];
}

const root = resolve(import.meta.dirname, '../..');

/**
 * Starts `electron/browser-host/cli.ts` as a real child process on a free port with
 * its own data directory, and resolves once it printed its URL.
 */
export async function startHost(options: StartHostOptions = {}): Promise<RunningHost> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'coopkiosk-e2e-'));
  const args = [
    '--import',
    'tsx',
    join(root, 'electron/browser-host/cli.ts'),
    '--port',
    '0',
    '--data-dir',
    dataDir,
    ...(options.args ?? []),
  ];
  if (options.config !== undefined || options.rawConfig !== undefined) {
    const file = join(dataDir, 'terminal.json');
    writeFileSync(file, options.rawConfig ?? JSON.stringify(options.config, null, 2));
    args.push('--config', file);
  }
  // No COOPKIOSK_CONFIG from the developer's shell: each test decides its config.
  const env: Record<string, string | undefined> = { ...process.env, COOPKIOSK_CONFIG: undefined, ...options.env };
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start in 30 s:\n${output}`)), 30_000);
    const check = (): void => {
      const match = /CoopKiosk browser host: (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}:\n${output}`));
    });
  });
  const stop = async (signal: NodeJS.Signals = 'SIGTERM'): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill(signal);
      await exited;
    }
  };
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    process: child,
    output: () => output,
    stop: async (signal) => {
      await stop(signal);
      if (!options.dataDir) {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
