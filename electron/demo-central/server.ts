import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { bogotaToday, isIsoDate } from '../../shared/domain/dates';
import { createLogger, type Logger } from '../services/logger';
import { demoCatalog } from './catalog-data';
import type { CentralContext, Handlers } from './context';
import { createPortfolioCache } from './generate';
import { initialState } from './init-state';
import { createMailer } from './mail';
import { createRateLimiter } from './rate-limit';
import { createRequestListener } from './router';
import { authHandlers } from './routes/auth';
import { documentHandlers } from './routes/documents';
import { memberHandlers } from './routes/members';
import { staffHandlers } from './routes/staff';
import { syncHandlers } from './routes/sync';
import { terminalHandlers } from './routes/terminal';
import { hashSecret } from './secrets';

export { terminalKeyFor } from './secrets';
import { createSessionStore } from './sessions';
import { createStore, loadState, writeStateAtomically } from './store';

export interface DemoCentralOptions {
  readonly dataDir: string;
  /** 0 = any free port. */
  readonly port?: number;
  /**
   * The master key terminal credentials derive from (`terminalKeyFor(master, terminalId)`); default
   * 'demo-terminal-key'.
   */
  readonly terminalKey?: string;
  /** YYYY-MM-DD; default real today (America/Bogota). */
  readonly today?: string;
  /** Default 900. */
  readonly tokenTtlSeconds?: number;
  readonly log?: Logger;
  readonly smtp?: { readonly host: string; readonly port: number };
  /** Sign-in attempts per terminal per minute; default 30. */
  readonly loginsPerMinute?: number;
  /** PIN tries per document per 15 minutes, from all terminals together; default 10. */
  readonly triesPerDocument?: number;
}

export interface DemoCentral {
  readonly url: string;
  readonly dataDir: string;
  readonly mailDir: string;
  close(): Promise<void>;
}

/**
 * The demo central: the contract over loopback, with the seeded personas and
 * durable state in <dataDir>/state.json. Deleting dataDir resets the demo.
 */
export async function startDemoCentral(options: DemoCentralOptions): Promise<DemoCentral> {
  const today = options.today ?? bogotaToday();
  if (!isIsoDate(today)) {
    throw new RangeError('today must be YYYY-MM-DD');
  }
  const log = options.log ?? createLogger();
  const dataDir = options.dataDir;
  const mailDir = join(dataDir, 'mail');
  let state = loadState(dataDir);
  if (!state) {
    state = await initialState();
    writeStateAtomically(dataDir, state);
    log.info('demo-central.state-created');
  } else if (!state.streamSecret) {
    // A state file from before per-terminal stream ids.
    state.streamSecret = randomBytes(32).toString('base64url');
    writeStateAtomically(dataDir, state);
  }
  const catalog = demoCatalog(`${today.slice(0, 7)}-01`);
  const ctx: CentralContext = {
    store: createStore(dataDir, state),
    sessions: createSessionStore(options.tokenTtlSeconds ?? 900),
    unknownFailures: new Map(),
    loginLimiter: createRateLimiter(options.loginsPerMinute ?? 30, 60_000),
    documentLimiter: createRateLimiter(options.triesPerDocument ?? 10, 15 * 60_000),
    inFlight: new Set(),
    mailer: createMailer(mailDir, log, options.smtp),
    log,
    today,
    catalog,
    portfolio: createPortfolioCache(catalog, today),
    dummyHash: await hashSecret(randomBytes(16).toString('hex')),
    now: () => new Date(),
  };
  const handlers: Handlers = {
    ...authHandlers(ctx),
    ...memberHandlers(ctx),
    ...staffHandlers(ctx),
    ...syncHandlers(ctx),
    ...documentHandlers(ctx),
    ...terminalHandlers(ctx),
  };
  const server = createServer(
    createRequestListener(handlers, ctx.sessions, options.terminalKey ?? 'demo-terminal-key', log),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  log.info('demo-central.listening', { port, today });
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    mailDir,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
