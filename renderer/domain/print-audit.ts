import type { PrintTarget } from '../../shared/contract/kiosk-print';
import type { KioskError } from '../../shared/result';
import { periodKey, type Period } from './periods';

/**
 * The outbox stream of a member's events on this terminal: their order matters only among themselves. It is
 * named by the opaque per-terminal id the centre gave at sign-in, never the member's id: the outbox outlives
 * the session, and what stays in it must identify no one.
 */
export function memberStream(member: { readonly streamId: string }): string {
  return `member:${member.streamId}`;
}

/** The `print.audit` payload (Registro de impresión) the centre keeps for Ley 1581. */
export interface PrintAuditPayload {
  readonly [key: string]: unknown;
  readonly documentKind: 'statement';
  readonly period: string;
  readonly printer: PrintTarget;
  readonly result: 'printed' | 'failed';
  readonly errorCode: string | null;
  readonly memberId: string;
  readonly terminalId: string;
  readonly teller: string | null;
  readonly verificationCode: string | null;
}

export interface PrintAttempt {
  readonly period: Period;
  readonly target: PrintTarget;
  readonly memberId: string;
  readonly terminalId: string;
  /** Printed: the code; failed: the error from main. */
  readonly outcome:
    | { readonly printed: true; readonly verificationCode: string }
    | { readonly printed: false; readonly error: KioskError };
}

/** Error code with the printer state when main reports one: "print-failed:paper-out". */
export function auditErrorCode(error: KioskError): string {
  const state = error.details?.state;
  return (typeof state === 'string' ? `${error.code}:${state}` : error.code).slice(0, 60);
}

/** The audit record of one attempt. A member kiosk has no teller; a code issued for a failed job is kept too. */
export function printAuditPayload(attempt: PrintAttempt): PrintAuditPayload {
  const { outcome } = attempt;
  const failedCode = outcome.printed ? null : outcome.error.details?.verificationCode;
  return {
    documentKind: 'statement',
    period: periodKey(attempt.period),
    printer: attempt.target,
    result: outcome.printed ? 'printed' : 'failed',
    errorCode: outcome.printed ? null : auditErrorCode(outcome.error),
    memberId: attempt.memberId,
    terminalId: attempt.terminalId,
    teller: null,
    verificationCode: outcome.printed ? outcome.verificationCode : typeof failedCode === 'string' ? failedCode : null,
  };
}
