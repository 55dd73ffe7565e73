import { configRules } from '../config/config-problems';
import { printSimulationRequestSchema, printSimulationResultSchema } from './kiosk-simulation';
import { z } from 'zod';
import type { Result } from '../result';
import { payloadBounds } from './bounded-json';
import { boundedRecord } from './bounded-record';
import { catalogSchema } from './central/catalog';
import { accountsSummarySchema } from './central/members';
import { statementSchema } from './central/statement';
import {
  printPreviewSchema,
  printStatementRequestSchema,
  printStatementResultSchema,
  printStatusSchema,
  statementPeriodSchema,
} from './kiosk-print';
import type { KioskEventName, KioskEvents, MethodName, MethodsOf, Namespace } from './kiosk-client';
import { isKioskMethodName, kioskMethodNames } from './kiosk-client';
import { kioskLocales, signOutReasons, terminalRoles } from './values';
import { docTypeSchema } from './central/common';
import {
  eventIdPattern,
  maxPushBatch,
  outboxEventTypes,
  sealedPattern,
  streamPattern,
  syncResultStatuses,
} from '../sync/event-types';

/**
 * The one bridge between the renderer and the main process, declared once.
 * Each method names its input schema (validated by main before the handler
 * runs) and its output schema (the shape the renderer receives).
 *
 * The preload exposes an object of exactly this shape as `window.kiosk`; the
 * browser host exposes the same methods over loopback HTTP. New capabilities
 * add a namespace here (auth, statement, print, sync, vault, catalog,
 * simulator, profile, certificates, teller, maintenance).
 */

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
}

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O> {
  return { input, output };
}

const noInput = z.undefined();

export const brandSchema = z.object({
  name: z.string(),
  nit: z.string(),
  /** The logo as a data: URL, so the renderer never reads files. */
  logoDataUrl: z.string().nullable(),
  colors: z.object({ primary: z.string(), accent: z.string() }),
});

export const configProblemSchema = z.object({
  path: z.string(),
  message: z.string(),
  rule: z.enum(configRules),
  params: z.record(z.string(), z.string()),
});

export const systemInfoSchema = z.object({
  appVersion: z.string(),
  host: z.enum(['electron', 'browser']),
  /** False when the config file is invalid: the kiosk shows the out-of-service screen. */
  inService: z.boolean(),
  /** Where the config came from: a file path, or "demo defaults" when there is none. */
  configSource: z.string(),
  configProblems: z.array(configProblemSchema),
  terminalId: z.string(),
  role: z.enum(terminalRoles),
  locale: z.enum(kioskLocales),
  demo: z.boolean(),
  branch: z.object({ code: z.string(), name: z.string(), city: z.string() }),
  brand: brandSchema,
  session: z.object({ idleSeconds: z.number(), warningSeconds: z.number(), maxSessionMinutes: z.number() }),
  pinKeypad: z.object({ shuffle: z.boolean() }),
});

export const systemStatusSchema = z.object({
  checkedAt: z.string(),
  central: z.object({
    reachable: z.boolean(),
    latencyMs: z.number().nullable(),
    /** Central's own name and contract version, when reachable. */
    name: z.string().nullable(),
    error: z.string().nullable(),
  }),
  printers: printStatusSchema,
});

/** A document as typed on the keypad; the per-type length rules are checked by the centre too. */
export const documentSchema = z
  .object({ docType: docTypeSchema, docNumber: z.string().regex(/^[A-Za-z0-9]{3,16}$/) })
  .strict();

const pinSchema = z.string().regex(/^\d{4}$/);

export const signedInMemberSchema = z.object({
  /** The centre's opaque member id (not the document): audit and outbox events carry it, sealed. */
  id: z.string(),
  /** The opaque per-terminal id of the member's outbox stream ("member:<streamId>"). */
  streamId: z.string(),
  firstName: z.string(),
  fullName: z.string(),
  docType: docTypeSchema,
  /** "CC ******1010": the full number never reaches the page after sign-in. */
  docNumberMasked: z.string(),
  emailMasked: z.string().nullable(),
});

export const sessionInfoSchema = z.object({
  member: signedInMemberSchema,
  /** Signed in with a temporary credential: only "Cree su clave" is reachable. */
  mustChangePin: z.boolean(),
  startedAt: z.string(),
  /** Main ends the session at this instant whatever happens (maximum session time). */
  endsAt: z.string(),
});

/** Why a session ended: shown on the security-advice screen and kept in the audit. */
export const signOutReasonSchema = z.enum(signOutReasons);

/**
 * A JSON object within the payload bounds (depth, size, key names: see bounded-json.ts) and of at most ~900 kB
 * (the browser host's bridge takes 1 MiB per call).
 */
const payloadObjectSchema = boundedRecord(payloadBounds, { maxJsonLength: 900_000 });

export const sealedSchema = z.string().max(1_300_000).regex(sealedPattern, 'not a sealed envelope');

const outboxEventBase = {
  id: z.string().regex(eventIdPattern, 'must be a UUIDv7 or ULID'),
  type: z.enum(outboxEventTypes),
  stream: z.string().regex(streamPattern, 'must be kind:identifier'),
  sequence: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  createdAt: z.iso.datetime({ offset: true }),
};

/** One outbox event on its way to the centre: a plain payload, or one sealed by main's vault (personal data). */
export const outboxEventSchema = z.union([
  z.object({ ...outboxEventBase, payload: payloadObjectSchema }).strict(),
  z.object({ ...outboxEventBase, sealed: sealedSchema }).strict(),
]);

export const pushResultSchema = z.object({
  id: z.string(),
  status: z.enum(syncResultStatuses),
  /** For 'rejected': the centre's reason ('stale-sequence', 'invalid-payload', ...) or 'unsealable'. */
  reason: z.string().optional(),
});

export const outboxHealthSchema = z
  .object({
    outboxDepth: z.number().int().min(0),
    oldestPendingAgeSeconds: z.number().int().min(0).nullable(),
    deadLetters: z.number().int().min(0),
    /** Technical, without personal data. */
    lastError: z.string().max(500).nullable(),
  })
  .strict();

export const kioskApiContract = {
  system: {
    /** Terminal identity, branding and whether the kiosk is in service. Never fails. */
    info: method(noInput, systemInfoSchema),
    /** Reachability of the centre (a real round trip) and printer states. */
    status: method(noInput, systemStatusSchema),
    /**
     * An error of the page (a Vue component, `window.onerror`, an unhandled rejection), for IT: message and stack
     * only, scrubbed in main's log, at most 10 a minute (more are counted, not logged). Answers in every mode.
     */
    reportError: method(
      z
        .object({
          kind: z.enum(['vue', 'error', 'unhandledrejection']),
          message: z.string().max(500),
          stack: z.string().max(4_000),
          /** The route name the page was on ("home"), never its query. */
          screen: z.string().regex(/^[a-z-]{0,40}$/),
        })
        .strict(),
      z.null(),
    ),
  },
  auth: {
    /** Document + PIN (or temporary credential). Errors: invalid-credentials, account-locked, rate-limited. */
    signIn: method(documentSchema.extend({ secret: z.string().regex(/^\d{4,12}$/) }).strict(), sessionInfoSchema),
    /** "Cree su clave" after a temporary credential: new PIN twice; then the session ends and the member signs in with it. */
    createPin: method(z.object({ newPin: pinSchema, confirmPin: pinSchema }).strict(), z.null()),
    /**
     * The new PIN after its first entry, before the confirmation: the terminal's rules, then the centre's (which
     * knows the birth date). Errors: pin-rejected (details.reason). Nothing is stored.
     */
    checkNewPin: method(z.object({ newPin: pinSchema }).strict(), z.null()),
    /** "Cambiar clave": the current PIN, proven before the new one is asked. Errors: invalid-credentials, account-locked. */
    verifyPin: method(z.object({ currentPin: pinSchema }).strict(), z.null()),
    /** "Cambiar clave": current PIN, then the new one twice. */
    changePin: method(z.object({ currentPin: pinSchema, newPin: pinSchema, confirmPin: pinSchema }).strict(), z.null()),
    /** "Olvidé mi clave": the same answer whether or not the document exists. */
    forgotPin: method(documentSchema, z.object({ accepted: z.literal(true) })),
    /**
     * The page has recorded the end of its session (or the member pressed "Salir"): main ends the session, if
     * still open, here and at the centre, clears the page's data and reloads it on the security-advice screen.
     */
    signOut: method(
      z.object({ reason: signOutReasonSchema, locale: z.enum(kioskLocales).optional() }).strict(),
      z.null(),
    ),
  },
  session: {
    /** The signed-in member, or null. */
    current: method(noInput, sessionInfoSchema.nullable()),
    /** The member is still there (taps): pushes back main's own idle limit. */
    keepAlive: method(noInput, z.object({ endsAt: z.string() })),
  },
  vault: {
    /** Seals a payload with personal data before it touches IndexedDB; only main can open it (there is no vault.open). */
    seal: method(z.object({ payload: payloadObjectSchema }).strict(), z.object({ sealed: z.string() })),
  },
  sync: {
    /**
     * Delivers up to 100 outbox events; main opens sealed payloads and POSTs them with their ids as idempotency keys.
     * Errors: central-unreachable, central-error, rate-limited (details.retryAfterSeconds).
     */
    push: method(
      z.object({ events: z.array(outboxEventSchema).min(1).max(maxPushBatch) }).strict(),
      z.object({ results: z.array(pushResultSchema) }),
    ),
    /** The outbox's health; main adds terminal id, app version and printer states. Not queued: a missed beat is the signal. */
    heartbeat: method(outboxHealthSchema, z.null()),
  },
  catalog: {
    /** Credit lines, CDAT rates and withholding rates in force, live from the centre (the renderer caches them). */
    get: method(noInput, catalogSchema),
  },
  accounts: {
    /** Balances of every product for the home cards. Errors: session-expired, pin-change-required. */
    summary: method(noInput, accountsSummarySchema),
  },
  statement: {
    /** The centre's statement of a period, validated by main (large for long histories). */
    get: method(statementPeriodSchema, statementSchema),
  },
  print: {
    /** Fresh states of the receipt and laser printers (each query bounded by a timeout). */
    status: method(noInput, printStatusSchema),
    /**
     * Main fetches the period from the centre, registers a verification code and prints on the target.
     * Errors: printer-unavailable (details.state), print-failed (details.state), too-many-pages (laser:
     * details.pages, details.maxPages), session-expired, central-*.
     */
    statement: method(printStatementRequestSchema, printStatementResultSchema),
    /**
     * What would print, as a draft: no code is registered ("BORRADOR"). Laser: the page count and the draft
     * PDF (`pdfBase64`), or too-many-pages over `printers.laser.maxPages`.
     */
    preview: method(printStatementRequestSchema, printPreviewSchema),
    /**
     * A simulation the member ran (its parameters: main computes it again with shared/finance) on the receipt
     * (key figures) or the laser printer (the whole schedule). Informative: no verification code.
     */
    simulation: method(printSimulationRequestSchema, printSimulationResultSchema),
  },
} as const satisfies ContractShape;

/** The contract has exactly the methods of `kioskMethodNames`, no more, no fewer. */
type ContractShape = { readonly [N in Namespace]: { readonly [M in MethodsOf<N>]: MethodSpec } };
export type { KioskEventName, KioskEvents, MethodName, Namespace };

export type KioskApiContract = typeof kioskApiContract;

type Spec<N extends Namespace, M extends keyof KioskApiContract[N]> =
  KioskApiContract[N][M] extends MethodSpec<infer I, infer O>
    ? { input: z.input<I>; parsed: z.output<I>; output: z.output<O> }
    : never;

type ClientMethod<In, Out> = undefined extends In
  ? (input?: In) => Promise<Result<Out>>
  : (input: In) => Promise<Result<Out>>;

/** What the renderer sees as `window.kiosk`. */
export type KioskApi = {
  readonly [N in Namespace]: {
    readonly [M in keyof KioskApiContract[N]]: ClientMethod<Spec<N, M>['input'], Spec<N, M>['output']>;
  };
} & {
  /** Subscribes to an event from main; returns the unsubscribe function. */
  readonly on: <E extends KioskEventName>(event: E, listener: (payload: KioskEvents[E]) => void) => () => void;
};

/** What main implements: one handler per method, given parsed input. */
export type KioskHandlers = {
  readonly [N in Namespace]: {
    readonly [M in keyof KioskApiContract[N]]: (
      input: Spec<N, M>['parsed'],
      context: CallContext,
    ) => Promise<Result<Spec<N, M>['output']>>;
  };
};

export interface CallContext {
  /** Which host the call came through. */
  readonly via: 'ipc' | 'http';
}

export type SystemInfo = z.output<typeof systemInfoSchema>;
export type SessionInfo = z.output<typeof sessionInfoSchema>;
export type SignedInMember = z.output<typeof signedInMemberSchema>;
export type SignOutReason = z.output<typeof signOutReasonSchema>;
export type DocType = z.output<typeof docTypeSchema>;
export type { PrinterState } from './values';
export { docTypeSchema };
export type SystemStatus = z.output<typeof systemStatusSchema>;
export type OutboxEventWire = z.output<typeof outboxEventSchema>;
export type PushResult = z.output<typeof pushResultSchema>;
export type OutboxHealth = z.output<typeof outboxHealthSchema>;
export type Catalog = z.output<typeof catalogSchema>;

/** Every method, in the order of `kioskMethodNames` (the one list). */
export const methodNames: readonly MethodName[] = kioskMethodNames;

/** The spec of exactly this method name: "system.info.x" or "system" are no method. */
export function methodSpec(name: string): MethodSpec | undefined {
  if (!isKioskMethodName(name)) {
    return undefined;
  }
  const [ns, m] = name.split('.') as [string, string];
  const methods = kioskApiContract[ns as Namespace] as Record<string, MethodSpec>;
  return Object.hasOwn(methods, m) ? methods[m] : undefined;
}
