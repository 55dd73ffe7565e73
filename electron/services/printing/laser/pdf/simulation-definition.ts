import { formatBogotaDateTime, formatDay } from '../../../../../shared/domain/dates';
import { formatCop } from '../../../../../shared/domain/money';
import {
  liquidationNames,
  periodicityNames,
  simulationDisclaimer,
  type SimulationDocument,
} from '../../../../../shared/documents/simulation-document';
import type { StatementPdfOptions } from './doc-definition';
import type { PdfCell, PdfContent, PdfDocDefinition, PdfNode } from './types';

const percent = (fraction: number, decimals = 2): string => `${(fraction * 100).toFixed(decimals).replace('.', ',')} %`;
const ea = (bps: number): string => `${(bps / 100).toFixed(2).replace('.', ',')} % E.A.`;

/** Label / value pairs as a two-column table that never breaks across pages. */
function figures(pairs: readonly (readonly [string, string])[]): PdfNode {
  return {
    unbreakable: true,
    margin: [0, 0, 0, 10],
    table: {
      headerRows: 0,
      widths: [200, '*'],
      body: pairs.map(([label, value]) => [label, { text: value, bold: true }]),
    },
    layout: 'lightHorizontalLines',
  };
}

/** A schedule: its column titles repeat on every page, and no row is split. */
function scheduleTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  widths: readonly (number | string)[],
): PdfNode {
  const header: PdfCell[] = head.map((h, i) => ({
    text: h,
    style: 'tableHeader',
    alignment: i === 0 ? 'left' : 'right',
  }));
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      keepWithHeaderRows: 1,
      widths,
      body: [
        header,
        ...rows.map((r) => r.map((cell, i): PdfCell => ({ text: cell, alignment: i === 0 ? 'left' : 'right' }))),
      ],
    },
    layout: 'lightHorizontalLines',
  };
}

function content(doc: SimulationDocument): PdfContent[] {
  const { result } = doc;
  if (result.kind === 'loan') {
    const { params, schedule } = result;
    return [
      { text: 'Simulación de crédito', style: 'sectionTitle' },
      figures([
        ['Línea', params.lineName],
        ['Valor del crédito', formatCop(params.amount)],
        ['Plazo', `${params.termMonths} meses`],
        ['Periodicidad', periodicityNames[params.periodicity]],
        ['Número de cuotas', String(schedule.periods)],
        ['Primera cuota', formatCop(schedule.rows[0]?.payment ?? 0)],
        ['Tasa efectiva anual', ea(params.rateEaBps)],
        ['Tasa del periodo', percent(schedule.periodicRate, 4)],
        ['Tasa nominal anual', percent(schedule.nominalAnnualRate)],
        ['Intereses totales', formatCop(schedule.totalInterest)],
        ['Seguros y cargos', formatCop(schedule.totalInsurance + schedule.totalFees)],
        ['Total a pagar', formatCop(schedule.totalPaid)],
        ['Costo efectivo anual (con seguros y cargos)', percent(schedule.effectiveAnnualCostRate)],
      ]),
      { text: 'Plan de pagos', style: 'sectionTitle' },
      scheduleTable(
        ['Cuota', 'Valor a pagar', 'Interés', 'Abono a capital', 'Seguro y cargos', 'Saldo'],
        schedule.rows.map((r) => [
          String(r.n),
          formatCop(r.payment),
          formatCop(r.interest),
          formatCop(r.principal),
          formatCop(r.insurance + r.fee),
          formatCop(r.balance),
        ]),
        [40, '*', '*', '*', '*', '*'],
      ),
    ];
  }
  const { params, cdat } = result;
  return [
    { text: 'Simulación de CDAT', style: 'sectionTitle' },
    figures([
      ['Valor a invertir', formatCop(params.amount)],
      ['Plazo', `${params.days} días`],
      ['Pago de intereses', liquidationNames[params.liquidation]],
      ['Tasa efectiva anual', ea(cdat.rateEaBps)],
      ['Tasa nominal', percent(cdat.nominalAnnualRate)],
      ['Intereses del plazo', formatCop(cdat.totalInterest)],
      ['Retención en la fuente', formatCop(cdat.totalWithholding)],
      ['Intereses netos', formatCop(cdat.totalNet)],
      ['Fecha de vencimiento', formatDay(cdat.maturityDate)],
    ]),
    { text: 'Intereses por periodo', style: 'sectionTitle' },
    scheduleTable(
      ['Periodo', 'Se paga el', 'Días', 'Interés', 'Retención', 'Neto'],
      cdat.periods.map((p) => [
        String(p.n),
        formatDay(p.to),
        String(p.days),
        formatCop(p.interest),
        formatCop(p.withholding),
        formatCop(p.net),
      ]),
      [50, '*', 40, '*', '*', '*'],
    ),
  ];
}

/** A simulation on a letter or A4 page: header on every page, figures, the schedule, the disclaimer. Pure. */
export function simulationDocDefinition(doc: SimulationDocument, options: StatementPdfOptions): PdfDocDefinition {
  const { primary } = doc.cooperative.colors;
  const title = doc.result.kind === 'loan' ? 'Simulación de crédito' : 'Simulación de CDAT';
  return {
    pageSize: options.paper === 'a4' ? 'A4' : 'LETTER',
    pageMargins: [40, 90, 40, 56],
    info: { title, author: doc.cooperative.name, creator: 'CoopKiosk', subject: 'Simulación informativa' },
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    styles: {
      cooperative: { fontSize: 12, bold: true, color: primary },
      title: { fontSize: 13, bold: true, color: primary },
      sectionTitle: { fontSize: 11, bold: true, color: primary, margin: [0, 4, 0, 4] },
      tableHeader: { bold: true, color: '#ffffff', fillColor: primary },
      disclaimer: { fontSize: 10, bold: true, margin: [0, 10, 0, 0] },
    },
    header: (currentPage, pageCount) => ({
      margin: [40, 24, 40, 0],
      columns: [
        { width: '*', stack: [{ text: doc.cooperative.name, style: 'cooperative' }, `NIT ${doc.cooperative.nit}`] },
        {
          width: 'auto',
          alignment: 'right',
          stack: [
            { text: title, style: 'title' },
            { text: doc.member.fullName, bold: true },
            doc.member.documentMasked,
            `Página ${currentPage} de ${pageCount}`,
          ],
        },
      ],
    }),
    content: [
      `Fecha: ${formatBogotaDateTime(doc.issuedAt)} · ${doc.branch.name}, ${doc.branch.city} · terminal ${doc.terminalId}`,
      `Tarifas vigentes al ${formatDay(doc.result.params.ratesAsOf)}`,
      ...content(doc),
      { text: simulationDisclaimer, style: 'disclaimer' },
    ],
    footer: () => ({ margin: [40, 16, 40, 0], text: simulationDisclaimer, fontSize: 7.5 }),
  };
}
