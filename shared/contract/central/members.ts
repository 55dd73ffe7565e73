import {
  copNonNegativeSchema,
  copSchema,
  docTypeSchema,
  isoDateSchema,
  periodicitySchema,
  rateEaBpsSchema,
} from './common';
import { z } from './zod';

/** The member's own data and products (Fineract: /self/clients/{id}, /self/clients/{id}/accounts). */

export const memberProfileSchema = z
  .object({
    id: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    fullName: z.string(),
    docType: docTypeSchema,
    docNumber: z.string(),
    birthDate: isoDateSchema,
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    city: z.string().nullable(),
    employer: z.string().nullable(),
    occupation: z.string().nullable(),
    memberSince: isoDateSchema,
  })
  .openapi('MemberProfile');
export type MemberProfile = z.infer<typeof memberProfileSchema>;

/** Aportes sociales: the member's share capital, paid as a monthly fee. */
export const contributionsSummarySchema = z
  .object({ accountNumber: z.string(), balance: copNonNegativeSchema, monthlyFee: copNonNegativeSchema })
  .openapi('ContributionsSummary');

/** Cuenta de ahorros. */
export const savingsSummarySchema = z
  .object({
    id: z.string(),
    productName: z.string(),
    accountNumber: z.string(),
    balance: copNonNegativeSchema,
    available: copNonNegativeSchema,
    rateEaBps: rateEaBpsSchema,
  })
  .openapi('SavingsSummary');
export type SavingsSummary = z.infer<typeof savingsSummarySchema>;

/** Liquidación de intereses del CDAT. */
export const cdatLiquidationSchema = z
  .enum(['monthly', 'quarterly', 'semiannual', 'at-maturity'])
  .openapi('CdatLiquidation');
export type CdatLiquidation = z.infer<typeof cdatLiquidationSchema>;

/** CDAT: certificado de depósito de ahorro a término (term deposit). */
export const cdatSummarySchema = z
  .object({
    id: z.string(),
    accountNumber: z.string(),
    amount: copNonNegativeSchema,
    rateEaBps: rateEaBpsSchema,
    termDays: z.number().int().positive(),
    openedOn: isoDateSchema,
    maturesOn: isoDateSchema,
    liquidation: cdatLiquidationSchema,
  })
  .openapi('CdatSummary');
export type CdatSummary = z.infer<typeof cdatSummarySchema>;

/** Crédito (loan) as the home screen shows it. */
export const loanSummarySchema = z
  .object({
    id: z.string(),
    lineCode: z.string(),
    lineName: z.string(),
    accountNumber: z.string(),
    disbursedAmount: copNonNegativeSchema,
    /** Capital still owed. */
    balance: copNonNegativeSchema,
    installmentAmount: copNonNegativeSchema,
    periodicity: periodicitySchema,
    nextDueDate: isoDateSchema.nullable(),
    installmentsPaid: z.number().int().min(0),
    installmentsTotal: z.number().int().positive(),
    daysPastDue: z.number().int().min(0),
    /** What the member must pay to be up to date (cuotas vencidas). */
    overdueAmount: copNonNegativeSchema,
    /** How many installments are overdue, and the due date of the oldest ("Vencida desde"), or null. */
    overdueInstallments: z.number().int().min(0),
    overdueSince: isoDateSchema.nullable(),
    rateEaBps: rateEaBpsSchema,
  })
  .openapi('LoanSummary');
export type LoanSummary = z.infer<typeof loanSummarySchema>;

export const accountsSummarySchema = z
  .object({
    contributions: contributionsSummarySchema,
    savings: z.array(savingsSummarySchema),
    cdats: z.array(cdatSummarySchema),
    loans: z.array(loanSummarySchema),
  })
  .openapi('AccountsSummary');
export type AccountsSummary = z.infer<typeof accountsSummarySchema>;

/** Cuota del plan de pagos (French system: level installments). */
export const loanInstallmentSchema = z
  .object({
    number: z.number().int().positive(),
    dueDate: isoDateSchema,
    principal: copNonNegativeSchema,
    interest: copNonNegativeSchema,
    total: copNonNegativeSchema,
    paid: z.boolean(),
  })
  .openapi('LoanInstallment');
export type LoanInstallment = z.infer<typeof loanInstallmentSchema>;

export const loanDetailSchema = loanSummarySchema
  .extend({
    disbursedOn: isoDateSchema,
    /** Balance the member would pay today to cancel the loan (capital + overdue interest). */
    payoffAmount: copSchema,
    schedule: z.array(loanInstallmentSchema),
  })
  .openapi('LoanDetail');
export type LoanDetail = z.infer<typeof loanDetailSchema>;

export const loanIdParamsSchema = z.object({ id: z.string().min(1).max(40) });
