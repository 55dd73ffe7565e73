import { configProblemsFrom, type ConfigProblem } from './config-problems';
import { kioskLocales, terminalRoles } from '../contract/values';
import { z } from 'zod';
import { isValidNit } from '../domain/nit';

/**
 * One JSON file per terminal, validated once at start-up. Unknown keys are
 * errors, so a misspelt field is reported instead of silently ignored.
 */

const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #0A5C36');

export const receiptInterfaceSchema = z
  .string()
  .regex(
    /^(tcp:\/\/[A-Za-z0-9.-]+:\d{1,5}|printer:[A-Za-z0-9_.-]{1,64}|virtual)$/,
    'must be tcp://host:port, printer:NAME or virtual',
  )
  .refine((value) => {
    const port = /^tcp:\/\/.+:(\d+)$/.exec(value)?.[1];
    return port === undefined || (Number(port) >= 1 && Number(port) <= 65_535);
  }, 'the TCP port must be 1-65535');

/** Code pages the receipt printer is told to use (ESC t n). */
export const receiptCharacterSets = ['PC858_EURO', 'PC850_MULTILINGUAL', 'WPC1252', 'PC437_USA'] as const;

export const receiptPrinterSchema = z
  .object({
    type: z.enum(['epson', 'star']).default('epson'),
    interface: receiptInterfaceSchema.default('virtual'),
    paperWidthMm: z.union([z.literal(80), z.literal(58)]).default(80),
    characterSet: z.enum(receiptCharacterSets).default('PC858_EURO'),
  })
  .strict();

export const laserPrinterSchema = z
  .object({
    /** A spooler queue name (CUPS / Windows) or "virtual". */
    queue: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,127}$/, 'must be a queue name of letters, digits, "_", "." or "-", or "virtual"')
      .default('virtual'),
    paper: z.enum(['letter', 'a4']).default('letter'),
    /** Longest statement this terminal prints; beyond it the member is offered e-mail. */
    maxPages: z.number().int().min(1).max(500).default(30),
  })
  .strict();

const timeoutsSchema = z
  .object({
    connectMs: z.number().int().min(100).max(60_000).default(3_000),
    requestMs: z.number().int().min(500).max(120_000).default(10_000),
  })
  .strict();

export const centralSchema = z.union([
  z.object({ mode: z.literal('demo'), timeouts: timeoutsSchema.prefault({}) }).strict(),
  z
    .object({
      mode: z.literal('remote'),
      url: z
        .string()
        .url('must be an absolute URL')
        .refine((u) => /^https:\/\//.test(u) || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(u), {
          message: 'must use https (plain http only on loopback)',
        }),
      /** Where the terminal credential is read from; the secret itself never sits in this file. */
      credential: z.string().regex(/^(env:[A-Z_][A-Z0-9_]*|file:.+)$/, 'must be env:VARIABLE or file:/path/to/key'),
      timeouts: timeoutsSchema.prefault({}),
    })
    .strict(),
]);

export const sessionSchema = z
  .object({
    idleSeconds: z.number().int().min(5).max(3_600),
    warningSeconds: z.number().int().min(3).max(600),
    maxSessionMinutes: z.number().min(0.1).max(480),
  })
  .strict()
  .refine((s) => s.warningSeconds < s.idleSeconds, {
    message: 'warningSeconds must be shorter than idleSeconds',
    path: ['warningSeconds'],
  });

export const terminalConfigSchema = z
  .object({
    $schema: z.string().optional(),
    terminalId: z.string().regex(/^[A-Za-z0-9_-]{3,40}$/, 'must be 3-40 letters, digits, "_" or "-"'),
    role: z.enum(terminalRoles),
    /**
     * A demo or training terminal (also implied by the embedded demo central): enables IT tooling such as
     * `window.coopkioskOutbox`. Never set on a terminal members use.
     */
    demo: z.boolean().optional(),
    locale: z.enum(kioskLocales).default('es-CO'),
    branch: z
      .object({
        code: z.string().regex(/^[A-Za-z0-9_-]{1,20}$/, 'must be 1-20 letters, digits, "_" or "-"'),
        name: z.string().min(1).max(80),
        city: z.string().min(1).max(60),
      })
      .strict(),
    brand: z
      .object({
        name: z.string().min(1).max(120),
        nit: z.string().refine(isValidNit, { message: 'must be a NIT with a valid check digit, like 900.123.456-8' }),
        /**
         * The cooperative's public verification page: paper prints `<verifyUrl>/<code>` and the QR encodes it.
         * Required with a remote central; a demo terminal uses {@link demoVerifyUrl}.
         */
        verifyUrl: z
          .string()
          .url('must be an absolute URL')
          // A refinement, not .regex(): its own sentence reaches the problem list (a pattern is only "expected pattern").
          .refine((u) => /^https:\/\/[^/?#]+(\/[^?#]*)?$/.test(u), 'must be an https URL without query or fragment')
          .optional(),
        /** Path to a PNG or SVG logo, absolute or relative to the config file. */
        logo: z.string().min(1).optional(),
        colors: z
          .object({ primary: hexColor.default('#0A5C36'), accent: hexColor.default('#F2B705') })
          .strict()
          .prefault({}),
      })
      .strict(),
    central: centralSchema.default({ mode: 'demo', timeouts: { connectMs: 3_000, requestMs: 10_000 } }),
    printers: z
      .object({
        receipt: receiptPrinterSchema.prefault({}),
        laser: laserPrinterSchema.prefault({}),
      })
      .strict()
      .prefault({}),
    session: sessionSchema.optional(),
    pinKeypad: z.object({ shuffle: z.boolean().optional() }).strict().prefault({}),
    /** Where and how much the kiosk logs (the files roll by day and by size, 14 files / 50 MB kept). */
    logging: z
      .object({
        /** An absolute folder; default: `logs/` in the terminal's data folder. */
        dir: z
          .string()
          .refine((d) => d.startsWith('/') || /^[A-Za-z]:[\\/]/.test(d), 'must be an absolute folder path')
          .optional(),
        level: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
      })
      .strict()
      .prefault({}),
    /** After this many fatal errors of the main process within `windowMinutes`, the kiosk stays out of service. */
    recovery: z
      .object({
        maxFatalErrors: z.number().int().min(1).max(100).default(3),
        windowMinutes: z.number().int().min(1).max(1_440).default(10),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type TerminalConfigInput = z.input<typeof terminalConfigSchema>;
export type ParsedTerminalConfig = z.output<typeof terminalConfigSchema>;

export interface SessionTimings {
  readonly idleSeconds: number;
  readonly warningSeconds: number;
  readonly maxSessionMinutes: number;
}

/** Where a demo terminal's paper sends readers (the demo cooperative's stand-in page). */
export const demoVerifyUrl = 'https://verifica.coopdemo.com.co/v';

/** The config after role-dependent defaults are applied. */
export type TerminalConfig = Omit<ParsedTerminalConfig, 'session' | 'pinKeypad' | 'brand'> & {
  readonly brand: ParsedTerminalConfig['brand'] & { readonly verifyUrl: string };
  readonly session: SessionTimings;
  readonly pinKeypad: { readonly shuffle: boolean };
};

export const defaultSessionTimings: Readonly<Record<ParsedTerminalConfig['role'], SessionTimings>> = {
  'member-kiosk': { idleSeconds: 90, warningSeconds: 30, maxSessionMinutes: 15 },
  teller: { idleSeconds: 300, warningSeconds: 30, maxSessionMinutes: 480 },
};

export type { ConfigProblem } from './config-problems';

export type ConfigParseResult =
  | { readonly ok: true; readonly config: TerminalConfig }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

/** Validates raw JSON (already parsed) and applies the role's defaults. */
export function parseTerminalConfig(raw: unknown): ConfigParseResult {
  const parsed = terminalConfigSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: configProblemsFrom(parsed.error.issues),
    };
  }
  const { session, pinKeypad, brand, ...rest } = parsed.data;
  if (brand.verifyUrl === undefined && rest.central.mode === 'remote') {
    return {
      ok: false,
      problems: [
        {
          path: 'brand.verifyUrl',
          rule: 'missing',
          params: {},
          message: 'brand.verifyUrl is required with a remote central: the public https verification page.',
        },
      ],
    };
  }
  return {
    ok: true,
    config: {
      ...rest,
      // Without a trailing slash, so `${verifyUrl}/${code}` has exactly one.
      brand: { ...brand, verifyUrl: (brand.verifyUrl ?? demoVerifyUrl).replace(/\/+$/, '') },
      session: session ?? defaultSessionTimings[rest.role],
      pinKeypad: { shuffle: pinKeypad.shuffle ?? rest.role === 'member-kiosk' },
    },
  };
}

/** What a terminal runs with when no config file exists: the embedded demo. */
export const demoConfigInput: TerminalConfigInput = {
  terminalId: 'DEMO-KIOSK-01',
  role: 'member-kiosk',
  locale: 'es-CO',
  branch: { code: 'MED-CENTRO', name: 'Sede Centro', city: 'Medellín' },
  brand: {
    name: 'Cooperativa Demo de Ahorro y Crédito',
    nit: '900.123.456-8',
    verifyUrl: demoVerifyUrl,
    colors: { primary: '#0A5C36', accent: '#F2B705' },
  },
  central: { mode: 'demo' },
  printers: {
    receipt: { type: 'epson', interface: 'virtual', paperWidthMm: 80, characterSet: 'PC858_EURO' },
    laser: { queue: 'virtual', paper: 'letter', maxPages: 30 },
  },
};
