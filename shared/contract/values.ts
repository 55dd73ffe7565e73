/**
 * The value lists of the bridge contract, declared once and without zod: the
 * contract builds its enums from them (`z.enum(printerStates)`), and the
 * renderer and the preload, which ship no zod, import them as they are.
 */

/** What a printer reports: DLE EOT on a receipt printer, the spooler for the laser. */
export const printerStates = ['ready', 'paper-near-end', 'paper-out', 'cover-open', 'offline', 'unknown'] as const;
export type PrinterState = (typeof printerStates)[number];

/** States in which a printer takes a job: near-end paper still prints a statement. */
export function isPrintableState(state: PrinterState): boolean {
  return state === 'ready' || state === 'paper-near-end';
}

/** The two printers a terminal may have: the 80 mm receipt printer and the laser printer. */
export const printTargets = ['receipt', 'laser'] as const;
export type PrintTarget = (typeof printTargets)[number];

/** Why a session ended: shown on the security-advice screen and kept in the audit. */
export const signOutReasons = [
  'button',
  'idle',
  'max-time',
  'expired',
  'locked',
  'renderer-gone',
  'pin-created',
  // A screen, or the kiosk's own process, failed: "Algo salió mal".
  'error',
] as const;
export type SignOutReason = (typeof signOutReasons)[number];

export function isSignOutReason(value: unknown): value is SignOutReason {
  return typeof value === 'string' && (signOutReasons as readonly string[]).includes(value);
}

/** Self-service terminal, or teller workstation. */
export const terminalRoles = ['member-kiosk', 'teller'] as const;
export type TerminalRole = (typeof terminalRoles)[number];

/** The languages of the screens: Spanish (Colombia) first, English complete. */
export const kioskLocales = ['es-CO', 'en'] as const;
export type KioskLocale = (typeof kioskLocales)[number];

export function isKioskLocale(value: unknown): value is KioskLocale {
  return typeof value === 'string' && (kioskLocales as readonly string[]).includes(value);
}
