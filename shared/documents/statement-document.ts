import type { AccountsSummary } from '../contract/central/members';
import type { Statement } from '../contract/central/statement';
import type { KioskLocale } from '../contract/values';

/**
 * Everything printed on a statement, receipt or letter page, assembled in
 * main from the centre's data (never from the page), so what is printed and
 * what the verification code vouches for are the same thing.
 */
export interface StatementDocument {
  readonly kind: 'statement';
  /**
   * Language of the labels (the member's kiosk language). Data from the
   * centre — product names, movement descriptions — prints as it comes.
   */
  readonly locale: KioskLocale;
  readonly cooperative: {
    readonly name: string;
    readonly nit: string;
    readonly logoDataUrl: string | null;
    /** Brand colours from the config ("#0A5C36"): headings and table rules of the letter page. */
    readonly colors: { readonly primary: string; readonly accent: string };
  };
  readonly branch: { readonly code: string; readonly name: string; readonly city: string };
  readonly terminalId: string;
  /** Teller who printed it for a walk-in member, if any. */
  readonly tellerName: string | null;
  /** ISO instant of issue. */
  readonly issuedAt: string;
  readonly period: { readonly from: string; readonly to: string };
  /** Full name and the masked document ("CC ******1010"): never the full number. */
  readonly member: { readonly fullName: string; readonly documentMasked: string };
  /** Balances now (receipt product lines, totals). */
  readonly accounts: AccountsSummary;
  /** Movements of the period (letter page). */
  readonly statement: Statement;
  /**
   * Issued by the centre for this document's hash, with the full address a
   * reader opens (`<verifyUrl>/<code>`). A preview is a draft: no code yet
   * (`code: null`) and `url` is the verification page without one.
   */
  readonly verification: { readonly code: string | null; readonly url: string };
}

/** The verification block: `<verifyUrl>/<code>` (one slash between them), or the draft's. */
export function verificationFor(verifyUrl: string, code: string | null): StatementDocument['verification'] {
  const base = verifyUrl.replace(/\/+$/, '');
  return code === null ? { code: null, url: base } : { code, url: `${base}/${encodeURIComponent(code)}` };
}
