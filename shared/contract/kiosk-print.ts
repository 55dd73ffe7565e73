import { z } from 'zod';
import { addMonths } from '../domain/dates';
import { isoDateSchema } from './central/common';
import { maxStatementYears } from './central/statement';
import { kioskLocales, printerStates, printTargets } from './values';

/**
 * Bridge schemas for the statement and its printing. The page names a
 * period and a target (an enum): never a printer name, a file or the
 * document itself — main fetches the data from the centre and picks the
 * device from the config.
 */

const periodFields = { from: isoDateSchema, to: isoDateSchema };

const periodIsValid = (p: { from: string; to: string }): boolean =>
  p.from <= p.to && p.to <= addMonths(p.from, maxStatementYears * 12);
const periodMessage = {
  message: `from must not be after to, and the period at most ${maxStatementYears} years`,
  path: ['to'],
};

export const statementPeriodSchema = z.object(periodFields).strict().refine(periodIsValid, periodMessage);

export const printTargetSchema = z.enum(printTargets);

export const printStatementRequestSchema = z
  .object({
    ...periodFields,
    target: printTargetSchema,
    /** Language of the paper's labels: the member's kiosk language. The centre's data prints as it comes. */
    locale: z.enum(kioskLocales).default('es-CO'),
  })
  .strict()
  .refine(periodIsValid, periodMessage);

export const printerStateSchema = z.enum(printerStates);

/** One printer as the page may see it. */
export const deviceStatusSchema = z.object({
  /** Interface kind without addresses: "tcp", "printer", "virtual", "spooler". */
  kind: z.string(),
  state: printerStateSchema,
  virtual: z.boolean(),
});

/** Fresh states of both printers: the print choice offers only the ready ones. */
export const printStatusSchema = z.object({ receipt: deviceStatusSchema, laser: deviceStatusSchema });

export const printStatementResultSchema = z.object({
  outcome: z.literal('printed'),
  target: printTargetSchema,
  /** The code the centre issued for this printout ("K7QF-92MD"). */
  verificationCode: z.string(),
  /** Laser pages, or receipt length in lines. */
  pages: z.number().int().min(0),
  /** Virtual printers: what came out, for the screen (never the file path). */
  virtualCopy: z.object({ previewLines: z.array(z.string()) }).nullable(),
});

export const printPreviewSchema = z.object({
  lines: z.array(z.string()),
  /** Laser only. */
  pages: z.number().int().min(0).optional(),
  /** Laser only: the draft PDF itself (base64), for the screen to draw its first page. */
  pdfBase64: z.string().optional(),
});

export type { PrintTarget } from './values';
export type PrintStatus = z.output<typeof printStatusSchema>;
export type PrintStatementRequest = z.output<typeof printStatementRequestSchema>;
export type PrintStatementResult = z.output<typeof printStatementResultSchema>;
export type PrintPreview = z.output<typeof printPreviewSchema>;
