import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../../electron/services/logger';
import { createLaserPrinter } from '../../../../electron/services/printing/laser';
import { createPrinterStatus } from '../../../../electron/services/printing/printer-status';
import { createReceiptPrinter } from '../../../../electron/services/printing/receipt';
import { createSimulationPrinter } from '../../../../electron/services/printing/simulation-print';
import {
  printSimulationRequestSchema,
  type CdatSimulationParams,
  type LoanSimulationParams,
} from '../../../../shared/contract/kiosk-simulation';
import { formatCop } from '../../../../shared/domain/money';
import { cdatSimulation, loanSchedule } from '../../../../shared/finance';
import { pdfInfo, pdfText, popplerAvailable } from './laser/pdf-tools';

// The real virtual receipt printer and the real virtual laser printer (pdfmake in its worker).
const log = createLogger({ minLevel: 'error' });
let dataDir = '';
let simulations: ReturnType<typeof createSimulationPrinter>;
const member = { fullName: 'Laura Gómez Restrepo', docNumberMasked: 'CC ******1010' };
const now = new Date('2026-11-20T15:00:00Z');

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'simulation-print-'));
  const printers = createPrinterStatus(
    {
      receipt: createReceiptPrinter(
        { interface: 'virtual', type: 'epson', paperWidthMm: 80, characterSet: 'PC858_EURO' },
        { dataDir, log },
      ),
      laser: createLaserPrinter(
        { queue: 'virtual', paper: 'letter', maxPages: 30 },
        { dataDir, log, platform: 'linux' },
      ),
    },
    500,
  );
  simulations = createSimulationPrinter({
    printers,
    log,
    now: () => now,
    terminal: {
      terminalId: 'TEST-01',
      branch: { code: 'MED-CENTRO', name: 'Sede Centro', city: 'Medellín' },
      cooperative: {
        name: 'Cooperativa Demo de Ahorro y Crédito',
        nit: '900.123.456-8',
        logoDataUrl: null,
        colors: { primary: '#0A5C36', accent: '#F2B705' },
      },
    },
  });
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const loan: LoanSimulationParams = {
  kind: 'loan',
  lineName: 'Libre inversión',
  rateEaBps: 1_980,
  amount: 12_000_000,
  termMonths: 36,
  periodicity: 'monthly',
  biweeklyPeriodsPerYear: 24,
  insuranceMonthlyBps: 5,
  feePerInstallment: 0,
  ratesAsOf: '2026-11-20',
};
const cdat: CdatSimulationParams = {
  kind: 'cdat',
  amount: 5_000_000,
  days: 180,
  liquidation: 'monthly',
  rateEaBps: 950,
  withholdingBps: 700,
  moveMaturityToNextBusinessDay: true,
  holidays: ['2027-05-18'],
  ratesAsOf: '2026-11-20',
};

/** NBSP as a plain space: formatCop writes "$ 1.234" with a non-breaking space, paper with either. */
const plain = (s: string): string => s.replace(/\u00a0/g, ' ');

describe('printing a simulation', () => {
  it('the receipt has the key figures main computed, the member, and says it is not an offer', async () => {
    const printed = await simulations.print(member, { simulation: loan, target: 'receipt' });
    expect(printed.ok).toBe(true);
    const lines = printed.ok ? (printed.value.virtualCopy?.previewLines ?? []).map(plain) : [];
    const text = lines.join('\n');
    const expected = loanSchedule({ ...loan });
    expect(text).toMatch(/SIMULACI.N DE CR.DITO/);
    expect(text).toContain('Asociado(a): Laura Gómez Restrepo');
    expect(text).toContain('CC ******1010');
    expect(text).toMatch(
      new RegExp(`Primera cuota\\s+${plain(formatCop(expected.rows[0]?.payment ?? 0)).replace(/\$/g, '\\$')}`),
    );
    expect(text).toContain(plain(formatCop(expected.totalPaid)));
    expect(text).toContain('Esta simulación es informativa y no');
    expect(text).not.toContain('1010101010');
  });

  it.runIf(popplerAvailable)(
    'the letter page has the whole schedule, the header on every page and the disclaimer',
    async () => {
      const printed = await simulations.print(member, { simulation: loan, target: 'laser' });
      if (!printed.ok || !printed.value.virtualCopy) {
        throw new Error(`laser print failed: ${JSON.stringify(printed)}`);
      }
      const file = join(dataDir, 'virtual-printer');
      const pdfs = (await import('node:fs')).readdirSync(file).filter((f) => f.endsWith('.pdf'));
      const pdf = join(file, pdfs.sort().at(-1) ?? '');
      const text = plain(pdfText(pdf));
      const { pages } = pdfInfo(pdf);
      expect(printed.value.pages).toBe(pages);
      for (let page = 1; page <= pages; page += 1) {
        expect(text).toContain(`Página ${page} de ${pages}`);
      }
      const expected = loanSchedule({ ...loan });
      expect(text).toContain('Plan de pagos');
      expect(text).toContain('Laura Gómez Restrepo');
      // Every installment is a row; the last one leaves a zero balance.
      const last = expected.rows.at(-1);
      expect(text).toMatch(new RegExp(`\\n\\s*36\\s+${plain(formatCop(last?.payment ?? 0)).replace(/\$/g, '\\$')}`));
      expect(text).toContain(plain(formatCop(expected.totalInterest)));
      expect(text).toContain('Esta simulación es informativa y no constituye una oferta.');
    },
  );

  it('a CDAT receipt: rate, interest, withholding, net and the maturity main computed from its own today', async () => {
    const printed = await simulations.print(member, { simulation: cdat, target: 'receipt' });
    const text = printed.ok ? (printed.value.virtualCopy?.previewLines ?? []).map(plain).join('\n') : '';
    const expected = cdatSimulation({
      ...cdat,
      today: '2026-11-20',
      businessDays: { moveMaturityToNextBusinessDay: true, holidays: cdat.holidays },
    });
    expect(text).toContain('9,50 % E.A.');
    expect(text).toContain(plain(formatCop(expected.totalWithholding)));
    expect(text).toContain(plain(formatCop(expected.totalNet)));
    const [y, m, d] = expected.maturityDate.split('-');
    expect(text).toContain(`${d}/${m}/${y}`);
  });

  it('the bridge refuses parameters out of bounds and unknown fields', () => {
    expect(printSimulationRequestSchema.safeParse({ simulation: loan, target: 'receipt' }).success).toBe(true);
    for (const bad of [
      { ...loan, amount: -1 },
      { ...loan, termMonths: 10_000 },
      { ...loan, rateEaBps: 1.5 },
      { ...loan, installment: 1 },
      { ...cdat, holidays: Array.from({ length: 500 }, () => '2026-01-01') },
    ]) {
      expect(printSimulationRequestSchema.safeParse({ simulation: bad, target: 'receipt' }).success).toBe(false);
    }
  });
});
