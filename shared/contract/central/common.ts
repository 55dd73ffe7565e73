import { isIsoDate } from '../../domain/dates';
import { z } from './zod';

/** Building blocks shared by every part of the central contract. */

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isIsoDate, { message: 'must be a real date YYYY-MM-DD' })
  .openapi({ description: 'Calendar date YYYY-MM-DD (Bogotá)', example: '2026-11-20' });

export const timestampSchema = z.iso
  .datetime({ offset: true })
  .openapi({ description: 'Instant, ISO 8601 with offset', example: '2026-11-20T14:03:00.000Z' });

/** Integer Colombian pesos (COP); never fractional. */
export const copSchema = z.number().int().openapi({ description: 'Integer COP', example: 1250000 });
export const copNonNegativeSchema = copSchema.min(0);

/** Effective annual rate (tasa E.A.) in basis points: 1268 = 12.68 % E.A. */
export const rateEaBpsSchema = z.number().int().min(0).max(100_000).openapi({ example: 1268 });

/** Tipo de documento: cédula de ciudadanía, cédula de extranjería, tarjeta de identidad, pasaporte. */
export const docTypeSchema = z.enum(['CC', 'CE', 'TI', 'PA']).openapi('DocType');
export type DocType = z.infer<typeof docTypeSchema>;

const docPatterns: Readonly<Record<DocType, RegExp>> = {
  CC: /^\d{3,10}$/,
  CE: /^\d{3,10}$/,
  TI: /^\d{10,11}$/,
  PA: /^[A-Za-z0-9]{5,12}$/,
};

/** CC 3-10 digits, CE 3-10 digits, TI 10-11 digits, PA 5-12 letters or digits. */
export function isValidDocNumber(docType: DocType, docNumber: string): boolean {
  return docPatterns[docType].test(docNumber);
}

export const docNumberSchema = z.string().min(3).max(12).regex(/^[A-Za-z0-9]+$/);

/** Adds the per-type document number check to an object holding docType and docNumber. */
export function checkDocument(value: { readonly docType: DocType; readonly docNumber: string }, ctx: z.RefinementCtx): void {
  if (!isValidDocNumber(value.docType, value.docNumber)) {
    ctx.addIssue({ code: 'custom', path: ['docNumber'], message: `not a valid ${value.docType} number` });
  }
}

export const documentIdSchema = z
  .object({ docType: docTypeSchema, docNumber: docNumberSchema })
  .superRefine(checkDocument)
  .openapi('DocumentId');
export type DocumentId = z.infer<typeof documentIdSchema>;

/** Periodicidad de pago: mensual o quincenal (payroll deduction). */
export const periodicitySchema = z.enum(['monthly', 'biweekly']).openapi('Periodicity');

export const periodQuerySchema = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .openapi('PeriodQuery');
export type PeriodQuery = z.infer<typeof periodQuerySchema>;
