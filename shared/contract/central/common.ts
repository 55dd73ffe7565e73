import { isIsoDate } from '../../domain/dates';
import { documentTypes, isValidDocumentNumber, maxDocumentLength } from '../../domain/identity-document';
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
export const docTypeSchema = z.enum(documentTypes).openapi('DocType');
export type DocType = z.infer<typeof docTypeSchema>;

export const docNumberSchema = z
  .string()
  .min(3)
  .max(maxDocumentLength)
  .regex(/^[A-Za-z0-9]+$/);

/** Adds the per-type document number check to an object holding docType and docNumber. */
export function checkDocument(
  value: { readonly docType: DocType; readonly docNumber: string },
  ctx: z.RefinementCtx,
): void {
  if (!isValidDocumentNumber(value.docType, value.docNumber)) {
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

export const periodQuerySchema = z.object({ from: isoDateSchema, to: isoDateSchema }).openapi('PeriodQuery');
export type PeriodQuery = z.infer<typeof periodQuerySchema>;
