import { z } from 'zod';
import type { Result } from '../result';

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

export const configProblemSchema = z.object({ path: z.string(), message: z.string() });

export const systemInfoSchema = z.object({
  appVersion: z.string(),
  host: z.enum(['electron', 'browser']),
  /** False when the config file is invalid: the kiosk shows the out-of-service screen. */
  inService: z.boolean(),
  /** Where the config came from: a file path, or "demo defaults" when there is none. */
  configSource: z.string(),
  configProblems: z.array(configProblemSchema),
  terminalId: z.string(),
  role: z.enum(['member-kiosk', 'teller']),
  locale: z.enum(['es-CO', 'en']),
  demo: z.boolean(),
  branch: z.object({ code: z.string(), name: z.string(), city: z.string() }),
  brand: brandSchema,
  session: z.object({ idleSeconds: z.number(), warningSeconds: z.number(), maxSessionMinutes: z.number() }),
  pinKeypad: z.object({ shuffle: z.boolean() }),
});

export const printerStateSchema = z.enum(['ready', 'paper-near-end', 'paper-out', 'cover-open', 'offline', 'unknown']);

export const deviceStatusSchema = z.object({
  /** Interface kind without addresses: "tcp", "printer", "virtual", "spooler". */
  kind: z.string(),
  state: printerStateSchema,
  virtual: z.boolean(),
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
  printers: z.object({ receipt: deviceStatusSchema, laser: deviceStatusSchema }),
});

export const kioskApiContract = {
  system: {
    /** Terminal identity, branding and whether the kiosk is in service. Never fails. */
    info: method(noInput, systemInfoSchema),
    /** Reachability of the centre (a real round trip) and printer states. */
    status: method(noInput, systemStatusSchema),
  },
} as const;

export type KioskApiContract = typeof kioskApiContract;
export type Namespace = keyof KioskApiContract;

type Spec<N extends Namespace, M extends keyof KioskApiContract[N]> = KioskApiContract[N][M] extends MethodSpec<
  infer I,
  infer O
>
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
export type SystemStatus = z.output<typeof systemStatusSchema>;
export type PrinterState = z.output<typeof printerStateSchema>;

/** "system.info", "auth.signIn", ...: the IPC channel and HTTP path of each method. */
export type MethodName = {
  [N in Namespace]: `${N & string}.${keyof KioskApiContract[N] & string}`;
}[Namespace];

export const methodNames: readonly MethodName[] = Object.entries(kioskApiContract).flatMap(([ns, methods]) =>
  Object.keys(methods).map((m) => `${ns}.${m}` as MethodName),
);

export function methodSpec(name: string): MethodSpec | undefined {
  const [ns, m] = name.split('.');
  if (ns === undefined || m === undefined || !Object.hasOwn(kioskApiContract, ns)) {
    return undefined;
  }
  const methods = kioskApiContract[ns as Namespace] as Record<string, MethodSpec>;
  return Object.hasOwn(methods, m) ? methods[m] : undefined;
}
