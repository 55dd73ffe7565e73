import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveConfigPath } from '../services/config-path';
import { welcomeRoute } from '../../shared/contract/page-routes';
import { createKioskCore, type KioskCore } from '../core/create-core';
import { createLogger } from '../services/logger';
import { fileKeyProvider } from '../services/vault/file-key';
import { browserHelp, findBrowser, kioskBrowserArgs } from './browser-path';
import { createBrowserHostPort } from './host-port';
import { startBrowserHost } from './server';

/**
 * `npm run host [-- --port N --config FILE --data-dir DIR --open]`: the
 * browser host. Prints the kiosk URL on one line, then serves until stopped.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4780' },
      config: { type: 'string' },
      'data-dir': { type: 'string', default: '.data/host' },
      open: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      // Tests only: POST /__faults/{throw,reject} makes the host's own process fail, to prove it recovers.
      'fault-injection': { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`--port must be 0-65535, got ${values.port}`);
  }
  const root = resolve(import.meta.dirname, '../..');
  const rendererDir = join(root, 'dist/renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error('The renderer is not built: run "npm run build:renderer" (npm run host does it for you).');
  }
  const dataDir = resolve(values['data-dir']);
  const log = createLogger({ dir: join(dataDir, 'logs'), echo: !values.quiet });
  const config = resolveConfigPath(values.config ? ['--config', values.config] : [], process.env, process.platform);
  const appVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const buildCore = (): Promise<KioskCore> =>
    createKioskCore({
      configPath: config.path,
      configExplicit: config.explicit,
      dataDir,
      host: 'browser',
      appVersion,
      log,
      keyProvider: fileKeyProvider(join(dataDir, 'vault.key'), log),
      hostPort,
      process,
    });
  let relaunching: Promise<void> | null = null;
  /** After a fatal error: the same services built afresh in this process, then the page reloads on welcome. */
  const relaunch = (): Promise<void> =>
    (relaunching ??= (async () => {
      await core.dispose().catch(() => undefined);
      core = await buildCore();
      log.info('host.relaunched');
      hostPort.reload(welcomeRoute);
    })().finally(() => {
      relaunching = null;
    }));
  const hostPort = createBrowserHostPort({
    log,
    quit: () => void shutdown(),
    relaunch: () => void relaunch(),
    // A page that lost its event stream for good is reported as gone, as Electron reports a crashed renderer.
    onPageLost: () => core.page.gone({ reason: 'event-stream-lost', exitCode: 0 }),
  });
  let core = await buildCore();
  const host = await startBrowserHost({
    core: () => core,
    hostPort,
    rendererDir,
    port,
    log,
    faultInjection: values['fault-injection'],
  });
  process.stdout.write(`CoopKiosk browser host: ${host.url}\n`);

  if (values.open) {
    const browser = findBrowser();
    if (!browser) {
      process.stderr.write(`${browserHelp}\n`);
    } else {
      const profile = mkdtempSync(join(tmpdir(), 'coopkiosk-browser-'));
      const openedAt = Date.now();
      const child = spawn(browser, kioskBrowserArgs(host.url, profile, process.getuid?.() === 0), { stdio: 'ignore' });
      child.on('error', () => process.stderr.write(`Could not start ${browser}: open the URL above yourself.\n`));
      child.on('exit', (code) => {
        // Closing the kiosk window ends the host; a browser that could not start (no display) leaves it serving.
        if (Date.now() - openedAt > 5_000 && code === 0) {
          void shutdown();
        } else {
          process.stderr.write(
            `Chromium exited at once (code ${code ?? 'none'}; no display?): open the URL above yourself.\n`,
          );
        }
      });
    }
  }

  let stopping = false;
  async function shutdown(): Promise<void> {
    if (stopping) {
      return;
    }
    stopping = true;
    await host.close();
    await core.dispose();
    await log.flush();
    process.exit(0);
  }
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  process.stderr.write(`browser host failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
