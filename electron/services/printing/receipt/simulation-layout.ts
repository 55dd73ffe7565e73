import { formatBogotaDateTime, formatDay } from '../../../../shared/domain/dates';
import { formatCop } from '../../../../shared/domain/money';
import {
  liquidationNames,
  periodicityNames,
  simulationDisclaimer,
  type SimulationDocument,
} from '../../../../shared/documents/simulation-document';
import type { ReceiptLine } from './layout';
import { centre, clean, row, wrap } from './text';

const text = (t: string, style: { bold?: boolean; tall?: boolean } = {}): ReceiptLine => ({
  kind: 'text',
  text: t,
  ...style,
});

/** A rate given as a fraction: 0.018088 → "1,8088 %". */
function percent(fraction: number, decimals = 2): string {
  return `${(fraction * 100).toFixed(decimals).replace('.', ',')} %`;
}
const ea = (bps: number): string => `${(bps / 100).toFixed(2).replace('.', ',')} % E.A.`;

/**
 * The receipt of a simulation: the key figures, not the schedule (the letter
 * page has it). Titled for what it is, and it says it is not an offer. Pure.
 */
export function layoutSimulationReceipt(doc: SimulationDocument, width: number): ReceiptLine[] {
  const figure = (label: string, value: string, bold = false): ReceiptLine[] =>
    row(label, value, width).map((l) => text(l, { bold }));
  const { result } = doc;
  const head: ReceiptLine[] = [
    ...wrap(clean(doc.cooperative.name), width).map((l) => text(centre(l, width), { bold: true })),
    text(centre(`NIT ${clean(doc.cooperative.nit)}`, width)),
    ...row(`Terminal ${clean(doc.terminalId)}`, formatBogotaDateTime(doc.issuedAt), width).map((l) => text(l)),
    text('-'.repeat(width)),
    text(centre(result.kind === 'loan' ? 'SIMULACIÓN DE CRÉDITO' : 'SIMULACIÓN DE CDAT', width), {
      bold: true,
      tall: true,
    }),
    text(''),
    ...wrap(`Asociado(a): ${clean(doc.member.fullName)}`, width).map((l) => text(l, { bold: true })),
    text(`Documento: ${clean(doc.member.documentMasked)}`),
    text('-'.repeat(width)),
  ];
  let body: ReceiptLine[];
  if (result.kind === 'loan') {
    const { params, schedule } = result;
    body = [
      ...wrap(`Línea: ${clean(params.lineName)}`, width).map((l) => text(l)),
      ...figure('Valor', formatCop(params.amount)),
      ...figure('Plazo', `${params.termMonths} meses`),
      ...figure('Periodicidad', periodicityNames[params.periodicity]),
      ...figure('Número de cuotas', String(schedule.periods)),
      ...figure('Primera cuota', formatCop(schedule.rows[0]?.payment ?? 0), true),
      ...figure('Tasa', ea(params.rateEaBps)),
      ...figure('Tasa del periodo', percent(schedule.periodicRate, 4)),
      ...figure('Intereses totales', formatCop(schedule.totalInterest)),
      ...(schedule.totalInsurance + schedule.totalFees > 0
        ? figure('Seguros y cargos', formatCop(schedule.totalInsurance + schedule.totalFees))
        : []),
      ...figure('Total a pagar', formatCop(schedule.totalPaid), true),
      ...figure('Costo efectivo anual', percent(schedule.effectiveAnnualCostRate)),
    ];
  } else {
    const { params, cdat } = result;
    body = [
      ...figure('Valor', formatCop(params.amount)),
      ...figure('Plazo', `${params.days} días`),
      ...figure('Pago de intereses', liquidationNames[params.liquidation]),
      ...figure('Tasa', ea(cdat.rateEaBps)),
      ...figure('Intereses', formatCop(cdat.totalInterest)),
      ...figure('Retención en la fuente', formatCop(cdat.totalWithholding)),
      ...figure('Intereses netos', formatCop(cdat.totalNet), true),
      ...(cdat.periods.length > 1 ? figure('Neto por periodo', formatCop(cdat.periods[0]?.net ?? 0)) : []),
      ...figure('Vencimiento', formatDay(cdat.maturityDate), true),
    ];
  }
  const ratesAsOf = formatDay(result.params.ratesAsOf);
  return [
    ...head,
    ...body,
    text('-'.repeat(width)),
    ...wrap(`Tarifas vigentes al ${ratesAsOf}.`, width).map((l) => text(l)),
    ...wrap(simulationDisclaimer, width).map((l) => text(l, { bold: true })),
  ];
}
