import { addMonths } from '../../domain/dates';
import {
  copNonNegativeSchema,
  copSchema,
  docTypeSchema,
  isoDateSchema,
  rateEaBpsSchema,
  timestampSchema,
} from './common';
import { cdatSummarySchema, loanSummarySchema, savingsSummarySchema } from './members';
import { z } from './zod';

/**
 * Estado de cuenta: contributions, savings and loans with their movements in a
 * period. Every balance is integer COP and the running balances add up exactly.
 */

/** One movement. `balance` is the account's balance right after it. */
export const movementSchema = z
  .object({
    date: isoDateSchema,
    description: z.string(),
    debit: copNonNegativeSchema,
    credit: copNonNegativeSchema,
    balance: copSchema,
  })
  .openapi('Movement');
export type Movement = z.infer<typeof movementSchema>;

const ledger = {
  openingBalance: copSchema,
  closingBalance: copSchema,
  movements: z.array(movementSchema),
};

/** Contributions and savings: closing = opening + credits − debits. */
export const contributionsStatementSchema = z
  .object({ accountNumber: z.string(), monthlyFee: copNonNegativeSchema, ...ledger })
  .openapi('ContributionsStatement');

export const savingsStatementSchema = savingsSummarySchema
  .pick({ id: true, productName: true, accountNumber: true, rateEaBps: true })
  .extend(ledger)
  .openapi('SavingsStatement');

/**
 * Loans: the balance is what the member owes, so a debit (disbursement,
 * interest charged) raises it and a credit (payment) lowers it:
 * closing = opening + debits − credits.
 */
export const loanStatementSchema = loanSummarySchema
  .pick({ id: true, lineCode: true, lineName: true, accountNumber: true, disbursedAmount: true, periodicity: true })
  .extend({
    rateEaBps: rateEaBpsSchema,
    disbursedOn: isoDateSchema,
    /** Cuotas vencidas as of `generatedAt` (all zero when the loan is up to date). */
    arrears: z
      .object({
        installments: z.number().int().min(0),
        amount: copNonNegativeSchema,
        daysPastDue: z.number().int().min(0),
        /** Due date of the oldest unpaid installment ("Vencida desde dd/mm/aaaa"), or null. */
        since: isoDateSchema.nullable(),
      })
      .openapi('LoanArrears'),
    ...ledger,
  })
  .openapi('LoanStatement');

/**
 * A CDAT that was open at some point in the period: its terms, and the
 * interest paid (liquidated into savings) and the tax withheld in the period.
 */
export const cdatStatementSchema = cdatSummarySchema
  .extend({
    interestPaid: copNonNegativeSchema,
    withholding: copNonNegativeSchema,
    liquidations: z.array(
      z.object({ date: isoDateSchema, interest: copNonNegativeSchema, withholding: copNonNegativeSchema }),
    ),
  })
  .openapi('CdatStatement');
export type CdatStatement = z.infer<typeof cdatStatementSchema>;

export const statementSchema = z
  .object({
    from: isoDateSchema,
    to: isoDateSchema,
    generatedAt: timestampSchema,
    member: z.object({ fullName: z.string(), docType: docTypeSchema, docNumberMasked: z.string() }),
    contributions: contributionsStatementSchema,
    savings: z.array(savingsStatementSchema),
    /** CDATs open at some point in the period. */
    cdats: z.array(cdatStatementSchema),
    /** Loans that existed in the period (disbursed by its end, owing something or moving in it). */
    loans: z.array(loanStatementSchema),
  })
  .openapi('Statement');
export type Statement = z.infer<typeof statementSchema>;

/** Longest period one statement may cover. */
export const maxStatementYears = 5;

/** ?from=&to= with from ≤ to and at most 5 years between them. */
export const statementQuerySchema = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .superRefine((q, ctx) => {
    if (q.from > q.to) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'from must not be after to' });
    } else if (q.to > addMonths(q.from, maxStatementYears * 12)) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `period longer than ${maxStatementYears} years` });
    }
  })
  .openapi('StatementQuery');
export type StatementQuery = z.infer<typeof statementQuerySchema>;
