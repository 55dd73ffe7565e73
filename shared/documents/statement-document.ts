import type { AccountsSummary } from '../contract/central/members';
import type { Statement } from '../contract/central/statement';

/**
 * Everything printed on a statement, receipt or letter page, assembled in
 * main from the centre's data (never from the page), so what is printed and
 * what the verification code vouches for are the same thing.
 */
export interface StatementDocument {
  readonly kind: 'statement';
  readonly cooperative: { readonly name: string; readonly nit: string; readonly logoDataUrl: string | null };
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
  /** Issued by the centre for this document's hash. */
  readonly verification: { readonly code: string; readonly url: string };
}
