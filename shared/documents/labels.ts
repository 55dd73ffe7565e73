import type { CdatStatement, Statement } from '../contract/central/statement';
import type { KioskLocale } from '../contract/values';
import { formatDay } from '../domain/dates';
import { formatCop, formatCount } from '../domain/money';

/** How often a CDAT pays its interest (liquidación). */
export type CdatLiquidation = CdatStatement['liquidation'];

/** Arrears of a loan, as the centre sends them. */
export type ArrearsFacts = Statement['loans'][number]['arrears'];

/**
 * Every label printed on a statement (receipt roll, letter page, the
 * screen's summary of a laser printout) in one language. Only labels: data
 * from the centre (product names, movement descriptions, the cooperative's
 * name) is printed as the centre sends it. Amounts stay "$ 1.234.567" and
 * dates dd/mm/aaaa in every language, the cooperative's convention.
 */
export interface DocumentLabels {
  // Both papers.
  readonly draftNotice: string;
  readonly contributions: string;
  readonly days: (n: number) => string;
  readonly verifyAt: (address: string) => string;

  // Receipt roll.
  readonly balanceSummary: string;
  readonly balancesAsOf: (day: string) => string;
  readonly memberLabel: string;
  readonly documentLabel: string;
  readonly servedBy: string;
  readonly groups: {
    readonly contributions: string;
    readonly savings: string;
    readonly cdats: string;
    readonly loans: string;
  };
  readonly available: string;
  readonly matures: (isoDate: string) => string;
  readonly installment: (amount: number) => string;
  readonly dueOn: (isoDate: string) => string;
  readonly receiptArrears: (daysPastDue: number, overdue: number) => string;
  readonly totalHeld: string;
  readonly totalOwed: string;
  readonly receiptCode: (code: string) => string;

  // Letter page.
  readonly statementTitle: string;
  readonly watermark: string;
  readonly period: (from: string, to: string) => string;
  readonly metadataSubject: (from: string, to: string) => string;
  readonly page: (current: number, count: number) => string;
  readonly issuedOn: (dateTime: string) => string;
  readonly issuedBy: string;
  readonly movementsInPeriod: (n: number) => string;
  readonly pdfCode: (code: string) => string;
  readonly footerVerification: (code: string, url: string) => string;
  readonly summaryTitle: string;
  readonly summaryHeld: string;
  readonly summaryOwed: string;
  readonly summaryColumns: readonly [string, string, string, string, string];
  readonly summaryHeldTotal: string;
  readonly summaryOwedTotal: string;
  readonly contributionsAccount: (masked: string) => string;
  readonly cdatAccount: (masked: string) => string;
  readonly loanAccount: (lineName: string, masked: string) => string;
  readonly movementColumns: readonly [string, string, string, string, string];
  readonly openingBalance: string;
  readonly closingBalance: string;
  readonly noMovements: string;
  readonly contributionsTitle: (masked: string) => string;
  readonly savingsTitle: (productName: string, masked: string) => string;
  readonly loanTitle: (lineName: string, masked: string) => string;
  readonly monthlyFee: (amount: number) => string;
  readonly rate: (rate: string) => string;
  readonly disbursed: (amount: number, isoDate: string) => string;
  readonly installmentOf: (paid: number, total: number) => string;
  /** "Cuotas vencidas: 2 — $ 870.092 — 45 días de mora · vencida desde 10/10/2026". */
  readonly arrears: (facts: ArrearsFacts) => string;
  readonly cdatSectionTitle: string;
  readonly cdatColumns: readonly [string, string, string, string, string, string, string, string];
  readonly cdatTerm: (termDays: number, liquidation: CdatLiquidation) => string;
  readonly cdatTotals: string;

  // The screen's summary of a laser printout.
  readonly laserPages: (pages: number, paper: 'letter' | 'a4') => string;
  readonly periodWithMovements: (from: string, to: string, movements: number) => string;
  readonly loanBalance: (lineName: string, amount: number) => string;
}

const spanishDays = (n: number): string => (n === 1 ? '1 día' : `${formatCount(n)} días`);
const englishDays = (n: number): string => (n === 1 ? '1 day' : `${formatCount(n)} days`);

const liquidacion: Readonly<Record<CdatLiquidation, string>> = {
  monthly: 'liquidación mensual',
  quarterly: 'liquidación trimestral',
  semiannual: 'liquidación semestral',
  'at-maturity': 'liquidación al vencimiento',
};

const payout: Readonly<Record<CdatLiquidation, string>> = {
  monthly: 'interest paid monthly',
  quarterly: 'interest paid quarterly',
  semiannual: 'interest paid every six months',
  'at-maturity': 'interest paid at maturity',
};

const es: DocumentLabels = {
  draftNotice: 'BORRADOR — el código de verificación se asigna al imprimir',
  contributions: 'Aportes sociales',
  days: spanishDays,
  verifyAt: (address) => `Verifique este documento en ${address}`,

  balanceSummary: 'RESUMEN DE SALDOS',
  balancesAsOf: (day) => `Saldos al ${day}`,
  memberLabel: 'Asociado(a):',
  documentLabel: 'Documento:',
  servedBy: 'Atendido por:',
  groups: { contributions: 'APORTES', savings: 'AHORROS', cdats: 'CDAT', loans: 'CRÉDITOS' },
  available: 'Disponible',
  matures: (d) => `Vence ${formatDay(d)}`,
  installment: (amount) => `Cuota ${formatCop(amount)}`,
  dueOn: (d) => `vence ${formatDay(d)}`,
  receiptArrears: (n, overdue) => `EN MORA: ${spanishDays(n)}, vencido ${formatCop(overdue)}`,
  totalHeld: 'Total ahorros y aportes',
  totalOwed: 'Total deudas',
  receiptCode: (code) => `Código de verificación: ${code}`,

  statementTitle: 'Estado de cuenta',
  watermark: 'BORRADOR',
  period: (from, to) => `Periodo: ${formatDay(from)} a ${formatDay(to)}`,
  metadataSubject: (from, to) => `Periodo ${from} a ${to}`,
  page: (x, y) => `Página ${x} de ${y}`,
  issuedOn: (dateTime) => `Fecha de expedición: ${dateTime}`,
  issuedBy: 'Expedido por:',
  movementsInPeriod: (n) => `${formatCount(n)} movimientos en el periodo`,
  pdfCode: (code) => `Código de verificación ${code}`,
  footerVerification: (code, url) => `Código de verificación ${code} — verifique en ${url}`,
  summaryTitle: 'Resumen del periodo',
  summaryHeld: 'Lo que tiene en la cooperativa',
  summaryOwed: 'Lo que debe',
  summaryColumns: ['Producto', 'Saldo inicial', 'Débitos', 'Créditos', 'Saldo final'],
  summaryHeldTotal: 'Total aportes, ahorros y CDAT',
  summaryOwedTotal: 'Total créditos',
  contributionsAccount: (masked) => `Aportes sociales ${masked}`,
  cdatAccount: (masked) => `CDAT ${masked}`,
  loanAccount: (line, masked) => `Crédito ${line} ${masked}`,
  movementColumns: ['Fecha', 'Descripción', 'Débito', 'Crédito', 'Saldo'],
  openingBalance: 'Saldo inicial',
  closingBalance: 'Saldo final',
  noMovements: 'Sin movimientos en el periodo',
  contributionsTitle: (masked) => `Aportes sociales — cuenta ${masked}`,
  savingsTitle: (name, masked) => `${name} — cuenta ${masked}`,
  loanTitle: (line, masked) => `Crédito ${line} — obligación ${masked}`,
  monthlyFee: (amount) => `Cuota mensual ${formatCop(amount)}`,
  rate: (rate) => `Tasa ${rate}`,
  disbursed: (amount, d) => `Monto desembolsado ${formatCop(amount)} el ${formatDay(d)}`,
  installmentOf: (paid, total) => `Cuota ${paid} de ${total}`,
  arrears: (a) =>
    `Cuotas vencidas: ${formatCount(a.installments)} — ${formatCop(a.amount)} — ${spanishDays(a.daysPastDue)} de mora` +
    (a.since ? ` · vencida desde ${formatDay(a.since)}` : ''),
  cdatSectionTitle: 'CDAT — Certificados de depósito de ahorro a término',
  cdatColumns: ['CDAT', 'Monto', 'Tasa', 'Plazo', 'Apertura', 'Vencimiento', 'Intereses pagados', 'Retención'],
  cdatTerm: (termDays, liquidation) => `${formatCount(termDays)} días, ${liquidacion[liquidation]}`,
  cdatTotals: 'Total intereses y retención del periodo',

  laserPages: (pages, paper) =>
    `Estado de cuenta: ${pages} ${pages === 1 ? 'página' : 'páginas'} en hoja ${paper === 'a4' ? 'A4' : 'carta'}`,
  periodWithMovements: (from, to, n) =>
    `Periodo: ${formatDay(from)} a ${formatDay(to)} · ${formatCount(n)} movimientos`,
  loanBalance: (line, amount) => `Crédito ${line}: saldo ${formatCop(amount)}`,
};

const en: DocumentLabels = {
  draftNotice: 'DRAFT — the verification code is assigned when printing',
  contributions: 'Share contributions',
  days: englishDays,
  verifyAt: (address) => `Verify this document at ${address}`,

  balanceSummary: 'BALANCE SUMMARY',
  balancesAsOf: (day) => `Balances as of ${day}`,
  memberLabel: 'Member:',
  documentLabel: 'ID document:',
  servedBy: 'Served by:',
  groups: { contributions: 'CONTRIBUTIONS', savings: 'SAVINGS', cdats: 'CDAT', loans: 'LOANS' },
  available: 'Available',
  matures: (d) => `Matures ${formatDay(d)}`,
  installment: (amount) => `Installment ${formatCop(amount)}`,
  dueOn: (d) => `due ${formatDay(d)}`,
  receiptArrears: (n, overdue) => `IN ARREARS: ${englishDays(n)}, overdue ${formatCop(overdue)}`,
  totalHeld: 'Total savings and contributions',
  totalOwed: 'Total debts',
  receiptCode: (code) => `Verification code: ${code}`,

  statementTitle: 'Account statement',
  watermark: 'DRAFT',
  period: (from, to) => `Period: ${formatDay(from)} to ${formatDay(to)}`,
  metadataSubject: (from, to) => `Period ${from} to ${to}`,
  page: (x, y) => `Page ${x} of ${y}`,
  issuedOn: (dateTime) => `Issued on: ${dateTime}`,
  issuedBy: 'Issued by:',
  movementsInPeriod: (n) => `${formatCount(n)} ${n === 1 ? 'movement' : 'movements'} in the period`,
  pdfCode: (code) => `Verification code ${code}`,
  footerVerification: (code, url) => `Verification code ${code} — verify at ${url}`,
  summaryTitle: 'Period summary',
  summaryHeld: 'What you hold at the cooperative',
  summaryOwed: 'What you owe',
  summaryColumns: ['Product', 'Opening balance', 'Debits', 'Credits', 'Closing balance'],
  summaryHeldTotal: 'Total contributions, savings and CDATs',
  summaryOwedTotal: 'Total loans',
  contributionsAccount: (masked) => `Share contributions ${masked}`,
  cdatAccount: (masked) => `CDAT ${masked}`,
  loanAccount: (line, masked) => `Loan ${line} ${masked}`,
  movementColumns: ['Date', 'Description', 'Debit', 'Credit', 'Balance'],
  openingBalance: 'Opening balance',
  closingBalance: 'Closing balance',
  noMovements: 'No movements in the period',
  contributionsTitle: (masked) => `Share contributions — account ${masked}`,
  savingsTitle: (name, masked) => `${name} — account ${masked}`,
  loanTitle: (line, masked) => `Loan ${line} — account ${masked}`,
  monthlyFee: (amount) => `Monthly contribution ${formatCop(amount)}`,
  rate: (rate) => `Rate ${rate}`,
  disbursed: (amount, d) => `Disbursed ${formatCop(amount)} on ${formatDay(d)}`,
  installmentOf: (paid, total) => `Installment ${paid} of ${total}`,
  arrears: (a) =>
    `Overdue installments: ${formatCount(a.installments)} — ${formatCop(a.amount)} — ${englishDays(a.daysPastDue)} past due` +
    (a.since ? ` · overdue since ${formatDay(a.since)}` : ''),
  cdatSectionTitle: 'CDAT — Fixed-term savings certificates',
  cdatColumns: ['CDAT', 'Amount', 'Rate', 'Term', 'Opened', 'Matures', 'Interest paid', 'Withholding'],
  cdatTerm: (termDays, liquidation) => `${formatCount(termDays)} days, ${payout[liquidation]}`,
  cdatTotals: 'Total interest and withholding in the period',

  laserPages: (pages, paper) =>
    `Account statement: ${pages} ${pages === 1 ? 'page' : 'pages'} on ${paper === 'a4' ? 'A4' : 'letter'} paper`,
  periodWithMovements: (from, to, n) =>
    `Period: ${formatDay(from)} to ${formatDay(to)} · ${formatCount(n)} ${n === 1 ? 'movement' : 'movements'}`,
  loanBalance: (line, amount) => `Loan ${line}: balance ${formatCop(amount)}`,
};

/** The labels of the printed statement, per kiosk locale: Spanish first, English complete. */
export const documentLabels = { 'es-CO': es, en } as const satisfies Record<KioskLocale, DocumentLabels>;

/** The labels for a document's locale. */
export function labelsFor(locale: KioskLocale): DocumentLabels {
  return documentLabels[locale];
}
