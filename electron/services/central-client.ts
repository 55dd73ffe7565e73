import type { z } from 'zod';
import {
  centralRoutes,
  type CentralRouteName,
  type DocumentId,
  type ForgotPinRequest,
  type HeartbeatRequest,
  type IssueDocumentRequest,
  type LoginRequest,
  type PinChangeRequest,
  type PinCheckRequest,
  type PinVerifyRequest,
  type StaffLoginRequest,
  type StatementQuery,
  type SyncEvent,
} from '../../shared/contract/central';
import type { Result } from '../../shared/result';
import { mapResponse, transportFailure } from './central/map-response';
import { createTransport } from './central/transport';
import type { Logger } from './logger';

export interface CentralClientOptions {
  readonly baseUrl: string;
  readonly terminalId: string;
  readonly terminalKey: string;
  readonly connectTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly log: Logger;
}

type Routes = typeof centralRoutes;
/** The validated response type of a route (void for 204/202 without a body). */
export type CentralValue<N extends CentralRouteName> = Routes[N] extends {
  readonly response: infer S extends z.ZodType;
}
  ? z.output<S>
  : void;

/**
 * The kiosk's client of the central HTTP API v1. One method per endpoint,
 * each answering a Result and never throwing. Session tokens are arguments:
 * the caller (main's session service) keeps them, and they are never logged.
 */
export interface CentralClient {
  health(): Promise<Result<CentralValue<'health'>>>;
  catalog(): Promise<Result<CentralValue<'catalog'>>>;
  login(input: LoginRequest): Promise<Result<CentralValue<'login'>>>;
  /** Ends a member or staff session. */
  logout(token: string): Promise<Result<void>>;
  changePin(token: string, input: PinChangeRequest): Promise<Result<void>>;
  /** The centre's rules for a new PIN (it knows the birth date), before the member confirms it. */
  checkPin(token: string, input: PinCheckRequest): Promise<Result<void>>;
  /** Proves the current PIN before a new one is asked; a wrong one counts towards the lock. */
  verifyPin(token: string, input: PinVerifyRequest): Promise<Result<void>>;
  forgotPin(input: ForgotPinRequest): Promise<Result<CentralValue<'forgotPin'>>>;
  profile(token: string): Promise<Result<CentralValue<'profile'>>>;
  accounts(token: string): Promise<Result<CentralValue<'accounts'>>>;
  statement(token: string, period: StatementQuery): Promise<Result<CentralValue<'statement'>>>;
  loan(token: string, loanId: string): Promise<Result<CentralValue<'loan'>>>;
  certificates(token: string): Promise<Result<CentralValue<'certificates'>>>;
  certificate(token: string, year: number): Promise<Result<CentralValue<'certificate'>>>;
  sync(events: readonly SyncEvent[]): Promise<Result<CentralValue<'sync'>>>;
  heartbeat(beat: HeartbeatRequest): Promise<Result<void>>;
  verifyMaintenancePin(pin: string): Promise<Result<void>>;
  /** `token` is a member's or a teller's; a teller names the member in `input.member`. */
  issueDocument(token: string, input: IssueDocumentRequest): Promise<Result<CentralValue<'issueDocument'>>>;
  verifyDocument(code: string): Promise<Result<CentralValue<'verifyDocument'>>>;
  staffLogin(input: StaffLoginRequest): Promise<Result<CentralValue<'staffLogin'>>>;
  staffFindMember(staffToken: string, member: DocumentId): Promise<Result<CentralValue<'staffFindMember'>>>;
  staffUnlock(staffToken: string, member: DocumentId): Promise<Result<void>>;
  staffActivationCode(staffToken: string, member: DocumentId): Promise<Result<CentralValue<'staffActivationCode'>>>;
  staffStatement(
    staffToken: string,
    member: DocumentId,
    period: StatementQuery,
  ): Promise<Result<CentralValue<'staffStatement'>>>;
  staffCertificate(
    staffToken: string,
    member: DocumentId,
    year: number,
  ): Promise<Result<CentralValue<'staffCertificate'>>>;
  staffAudit(staffToken: string): Promise<Result<CentralValue<'staffAudit'>>>;
  staffDataUpdates(staffToken: string): Promise<Result<CentralValue<'staffDataUpdates'>>>;
  staffTerminals(staffToken: string): Promise<Result<CentralValue<'staffTerminals'>>>;
  /** Closes kept-alive connections (shutdown, tests). */
  close(): void;
}

interface CallOptions {
  readonly token?: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export function createCentralClient(o: CentralClientOptions): CentralClient {
  const transport = createTransport(o.connectTimeoutMs, o.requestTimeoutMs);
  const base = o.baseUrl.replace(/\/+$/, '');

  async function call<N extends CentralRouteName>(name: N, opts: CallOptions = {}): Promise<Result<CentralValue<N>>> {
    const route = centralRoutes[name];
    const path = route.path.replace(/\{(\w+)\}/g, (_m, key: string) =>
      encodeURIComponent(String(opts.params?.[key] ?? '')),
    );
    const url = new URL(`${base}${path}`);
    for (const [k, v] of Object.entries(opts.query ?? {})) {
      url.searchParams.set(k, v);
    }
    const started = Date.now();
    const sent = await transport.send({
      method: route.method === 'get' ? 'GET' : 'POST',
      url,
      headers: {
        accept: 'application/json',
        'x-terminal-id': o.terminalId,
        'x-terminal-key': o.terminalKey,
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
    });
    const ms = Date.now() - started;
    if (!sent.ok) {
      o.log.warn('central.unreachable', { route: name, failure: sent.failure, ms });
      return transportFailure(sent.failure, sent.detail);
    }
    const result = mapResponse(sent.response, {
      status: route.status,
      ...('response' in route ? { schema: route.response as unknown as z.ZodType<CentralValue<N>> } : {}),
      unauthorized:
        name === 'login' ||
        name === 'staffLogin' ||
        name === 'maintenanceVerify' ||
        name === 'changePin' ||
        name === 'verifyPin'
          ? 'invalid-credentials'
          : 'session-expired',
    });
    o.log[result.ok ? 'debug' : 'warn']('central.call', {
      route: name,
      status: sent.response.status,
      ms,
      ...(result.ok ? {} : { code: result.error.code }),
    });
    return result;
  }

  const doc = (m: DocumentId): Record<string, string> => ({ docType: m.docType, docNumber: m.docNumber });

  return {
    health: () => call('health'),
    catalog: () => call('catalog'),
    login: (input) => call('login', { body: input }),
    logout: (token) => call('logout', { token }),
    changePin: (token, input) => call('changePin', { token, body: input }),
    checkPin: (token, input) => call('checkPin', { token, body: input }),
    verifyPin: (token, input) => call('verifyPin', { token, body: input }),
    forgotPin: (input) => call('forgotPin', { body: input }),
    profile: (token) => call('profile', { token }),
    accounts: (token) => call('accounts', { token }),
    statement: (token, period) => call('statement', { token, query: { from: period.from, to: period.to } }),
    loan: (token, loanId) => call('loan', { token, params: { id: loanId } }),
    certificates: (token) => call('certificates', { token }),
    certificate: (token, year) => call('certificate', { token, params: { year } }),
    sync: (events) => call('sync', { body: { events } }),
    heartbeat: (beat) => call('heartbeat', { body: beat }),
    verifyMaintenancePin: (pin) => call('maintenanceVerify', { body: { pin } }),
    issueDocument: (token, input) => call('issueDocument', { token, body: input }),
    verifyDocument: (code) => call('verifyDocument', { params: { code } }),
    staffLogin: (input) => call('staffLogin', { body: input }),
    staffFindMember: (t, m) => call('staffFindMember', { token: t, query: doc(m) }),
    staffUnlock: (t, m) => call('staffUnlock', { token: t, params: doc(m) }),
    staffActivationCode: (t, m) => call('staffActivationCode', { token: t, params: doc(m) }),
    staffStatement: (t, m, period) =>
      call('staffStatement', { token: t, params: doc(m), query: { from: period.from, to: period.to } }),
    staffCertificate: (t, m, year) => call('staffCertificate', { token: t, params: { ...doc(m), year } }),
    staffAudit: (t) => call('staffAudit', { token: t }),
    staffDataUpdates: (t) => call('staffDataUpdates', { token: t }),
    staffTerminals: (t) => call('staffTerminals', { token: t }),
    close: () => transport.close(),
  };
}
