import { plainProblem } from '../../shared/config/config-problems';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { KioskHandlers, SignOutReason, SystemInfo } from '../../shared/contract/kiosk-api';
import type { ConfigProblem } from '../../shared/config/terminal-config';
import { createDispatcher, type Dispatch } from '../bridge/dispatch';
import { createOutOfServiceHandlers } from '../bridge/handlers/out-of-service';
import { createAuthHandlers } from '../bridge/handlers/auth';
import { createPageErrorLog } from '../bridge/handlers/page-errors';
import { createSystemHandlers } from '../bridge/handlers/system';
import { createCatalogHandlers } from '../bridge/handlers/catalog';
import { createSyncHandlers } from '../bridge/handlers/sync';
import { createVaultHandlers } from '../bridge/handlers/vault';
import { createStatementHandlers } from '../bridge/handlers/statement';
import { createPrintHandlers } from '../bridge/handlers/print';
import type { DemoCentral } from '../demo-central/server';
import { createCentralClient } from '../services/central-client';
import { loadTerminalConfig, type LoadedConfig } from '../services/config-loader';
import { createLaserPrinter } from '../services/printing/laser';
import { createReceiptPrinter } from '../services/printing/receipt';
import { createPrinterStatus } from '../services/printing/printer-status';
import { createSimulationPrinter } from '../services/printing/simulation-print';
import { createStatementPrinter } from '../services/printing/statement-print';
import type { KeyProvider } from '../services/vault/key-provider';
import { createVault } from '../services/vault/vault';
import { createSignInThrottle } from '../services/auth/throttle';
import { createSessionManager, systemClock, type Clock } from '../services/session';
import type { Logger } from '../services/logger';
import { readTerminalCredential } from '../services/terminal-credential';
import type { HostPort } from './host-port';
import { defaultFaultPolicy, startFaultRecovery } from './fault-recovery';
import { createPageLifecycle, type PageEvents, type PageLifecycleOptions } from './page-lifecycle';
import type { ProcessLike } from './process-faults';

export interface KioskCoreOptions {
  /** From --config / COOPKIOSK_CONFIG, or the OS default (see resolveConfigPath). */
  readonly configPath: string;
  /** True when the path was named explicitly: then a missing file is an error, not "demo". */
  readonly configExplicit: boolean;
  /** Where the terminal keeps its own files (logs, demo central state, vault key). */
  readonly dataDir: string;
  readonly host: 'electron' | 'browser';
  readonly appVersion: string;
  readonly log: Logger;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly clock?: Clock;
  /** The vault's key: a 0600 file in the browser host, safeStorage under Electron. */
  readonly keyProvider: KeyProvider;
  /** Windows only: SumatraPDF unpacked from the asar, resolved by main.ts (services never import electron). */
  readonly sumatraPdfPath?: string;
  /** What the host does to the page and the OS for the core. */
  readonly hostPort: HostPort;
  /** Timings of the page's life cycle (tests shorten them). */
  readonly page?: Pick<PageLifecycleOptions, 'pageAckMs' | 'hangGraceMs' | 'crashPolicy'>;
  /** The process whose uncaught errors the core recovers from (the host's own `process`; none in most tests). */
  readonly process?: ProcessLike;
}

export interface KioskCore {
  readonly dispatch: Dispatch;
  readonly info: SystemInfo;
  /** Demo central's URL when it runs embedded (tests and the README use it). */
  readonly demoCentralUrl: string | null;
  /** Where the host reports what happened to its page (crash, hang); the core decides what follows. */
  readonly page: PageEvents;
  dispose(): Promise<void>;
}

/**
 * The services both hosts share, wired in order: config → central (embedded
 * demo or remote) → session and page life cycle → handlers → the one
 * dispatcher. Electron's main.ts and the browser host are thin shells around
 * this: they give it a host port and report their page's events to it.
 */
export async function createKioskCore(options: KioskCoreOptions): Promise<KioskCore> {
  const { log, env = process.env, hostPort } = options;
  const loaded = loadTerminalConfig(options.configPath, options.configExplicit);
  let endSession: (reason: SignOutReason) => boolean = () => false;
  const lifecycle = createPageLifecycle({
    host: hostPort,
    log: log.child('page'),
    endSession: (reason) => endSession(reason),
    ...(options.clock ? { clock: options.clock } : {}),
    ...options.page,
  });
  hostPort.keepDisplayAwake();
  if (loaded.ok) {
    log.reconfigure({
      minLevel: loaded.config.logging.level,
      ...(loaded.config.logging.dir ? { dir: loaded.config.logging.dir } : {}),
    });
  }
  const recovery = startFaultRecovery({
    ...(options.process ? { process: options.process } : {}),
    log: log.child('recovery'),
    host: hostPort,
    dataDir: options.dataDir,
    policy: loaded.ok ? loaded.config.recovery : defaultFaultPolicy,
    ...(options.clock ? { clock: options.clock } : {}),
    endSession: () => endSession('error'),
  });
  const base = {
    page: { gone: lifecycle.gone, unresponsive: lifecycle.unresponsive, responsive: lifecycle.responsive },
  };
  const pageErrors = createPageErrorLog(log, options.clock ?? systemClock);

  const outOfService = (problems: readonly ConfigProblem[], event = 'config.invalid'): KioskCore => {
    for (const problem of problems) {
      log.error(event, { source: loaded.source, field: problem.path, problem: problem.message });
    }
    const info = outOfServiceInfo(options, loaded.source, problems);
    return {
      ...base,
      info,
      demoCentralUrl: null,
      dispatch: createDispatcher(createOutOfServiceHandlers(info, pageErrors), log.child('bridge')),
      dispose: () => {
        lifecycle.dispose();
        recovery.dispose();
        return Promise.resolve();
      },
    };
  };

  if (!loaded.ok) {
    return outOfService(loaded.problems);
  }
  if (recovery.problem) {
    return outOfService([recovery.problem], 'kiosk.out-of-service');
  }
  const { config } = loaded;
  let demo: DemoCentral | null = null;
  let baseUrl: string;
  let terminalKey: string;
  if (config.central.mode === 'demo') {
    // Its own chunk (dist-electron/demo-central.cjs): production code paths never load the personas.
    const { startDemoCentral, terminalKeyFor } = await import('../demo-central/server');
    const masterKey = randomBytes(24).toString('base64url');
    demo = await startDemoCentral({
      dataDir: join(options.dataDir, 'demo-central'),
      port: 0,
      terminalKey: masterKey,
      log: log.child('demo-central'),
    });
    terminalKey = terminalKeyFor(masterKey, config.terminalId);
    baseUrl = demo.url;
    log.info('central.demo-started', { url: demo.url });
  } else {
    const credential = readTerminalCredential(config.central.credential, env);
    if (!credential.ok) {
      return outOfService([plainProblem('central.credential', 'credential', credential.message)]);
    }
    baseUrl = config.central.url;
    terminalKey = credential.key;
  }
  const central = createCentralClient({
    baseUrl,
    terminalId: config.terminalId,
    terminalKey,
    connectTimeoutMs: config.central.timeouts.connectMs,
    requestTimeoutMs: config.central.timeouts.requestMs,
    log: log.child('central'),
  });
  const info = inServiceInfo(options, loaded);
  const sessions = createSessionManager({
    timings: config.session,
    ...(options.clock ? { clock: options.clock } : {}),
    onEnded: (session, reason, notifyPage) => {
      log.info('session.ended', { reason });
      // Tell the centre so the token dies there too; a failure only means it expires by itself.
      void central.logout(session.token).then((result) => {
        if (!result.ok) {
          log.warn('session.logout-failed', { code: result.error.code });
        }
      });
      if (notifyPage) {
        lifecycle.sessionEnded(reason);
      }
    },
  });
  endSession = (reason) => sessions.end(reason) !== null;
  const vault = createVault(options.keyProvider, log.child('vault'));
  // Devices are created once: they hold no connection between jobs, only their config.
  const printers = createPrinterStatus({
    receipt: createReceiptPrinter(config.printers.receipt, { dataDir: options.dataDir, log: log.child('printing') }),
    laser: createLaserPrinter(config.printers.laser, {
      dataDir: options.dataDir,
      log: log.child('printing'),
      platform: process.platform,
      ...(options.sumatraPdfPath ? { sumatraPdfPath: options.sumatraPdfPath } : {}),
    }),
  });
  const terminal = {
    terminalId: config.terminalId,
    branch: config.branch,
    cooperative: {
      name: config.brand.name,
      nit: config.brand.nit,
      logoDataUrl: loaded.logoDataUrl,
      colors: config.brand.colors,
    },
  };
  const statements = createStatementPrinter({
    central,
    printers,
    terminal,
    verifyUrl: config.brand.verifyUrl,
    log: log.child('printing'),
  });
  const simulations = createSimulationPrinter({ printers, terminal, log: log.child('printing') });
  const handlers: KioskHandlers = {
    system: createSystemHandlers({ info, central, printers, pageErrors }),
    vault: createVaultHandlers(vault),
    sync: createSyncHandlers({
      central,
      vault,
      terminalId: config.terminalId,
      appVersion: options.appVersion,
      printerStates: () => printers.lastKnown(),
      log: log.child('sync'),
    }),
    catalog: createCatalogHandlers(central),
    ...createAuthHandlers({
      central,
      sessions,
      throttle: createSignInThrottle(),
      log: log.child('auth'),
      wipePage: lifecycle.wipeRequested,
    }),
    ...createStatementHandlers({ central, sessions }),
    ...createPrintHandlers({ sessions, printers, statements, simulations }),
  };
  log.info('kiosk.started', {
    host: options.host,
    terminal: config.terminalId,
    role: config.role,
    source: loaded.source,
    version: options.appVersion,
  });
  return {
    ...base,
    info,
    demoCentralUrl: demo?.url ?? null,
    dispatch: createDispatcher(handlers, log.child('bridge')),
    dispose: async () => {
      lifecycle.dispose();
      recovery.dispose();
      sessions.end('button');
      central.close();
      await demo?.close();
    },
  };
}

function inServiceInfo(options: KioskCoreOptions, loaded: Extract<LoadedConfig, { ok: true }>): SystemInfo {
  const { config } = loaded;
  return {
    appVersion: options.appVersion,
    host: options.host,
    inService: true,
    configSource: loaded.source,
    configProblems: [],
    terminalId: config.terminalId,
    role: config.role,
    locale: config.locale,
    demo: config.demo ?? config.central.mode === 'demo',
    branch: config.branch,
    brand: {
      name: config.brand.name,
      nit: config.brand.nit,
      logoDataUrl: loaded.logoDataUrl,
      colors: config.brand.colors,
    },
    session: config.session,
    pinKeypad: config.pinKeypad,
  };
}

function outOfServiceInfo(options: KioskCoreOptions, source: string, problems: readonly ConfigProblem[]): SystemInfo {
  return {
    appVersion: options.appVersion,
    host: options.host,
    inService: false,
    configSource: source,
    configProblems: [...problems],
    terminalId: 'unconfigured',
    role: 'member-kiosk',
    locale: 'es-CO',
    demo: false,
    branch: { code: '-', name: '-', city: '-' },
    brand: { name: 'CoopKiosk', nit: '-', logoDataUrl: null, colors: { primary: '#444444', accent: '#888888' } },
    session: { idleSeconds: 90, warningSeconds: 30, maxSessionMinutes: 15 },
    pinKeypad: { shuffle: true },
  };
}
