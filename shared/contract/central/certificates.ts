import { copNonNegativeSchema, docTypeSchema, isoDateSchema, timestampSchema } from './common';
import { z } from './zod';

/** Certificado de retención en la fuente: what the member needs for the yearly tax filing. */

export const certificateListSchema = z
  .array(z.object({ year: z.number().int(), kind: z.literal('withholding') }))
  .openapi('CertificateList');
export type CertificateList = z.infer<typeof certificateListSchema>;

export const certificateYearParamsSchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

/** Interest paid on one product during the year, and the tax withheld from it. */
export const certificateProductSchema = z
  .object({
    kind: z.enum(['savings', 'cdat']),
    productName: z.string(),
    accountNumberMasked: z.string(),
    interestPaid: copNonNegativeSchema,
    withholding: copNonNegativeSchema,
    /** Balance on December 31st, for the member's patrimony statement. */
    balanceDec31: copNonNegativeSchema,
  })
  .openapi('CertificateProduct');

export const withholdingCertificateSchema = z
  .object({
    year: z.number().int(),
    kind: z.literal('withholding'),
    issuedAt: timestampSchema,
    cooperative: z.object({ name: z.string(), nit: z.string(), city: z.string() }),
    member: z.object({ fullName: z.string(), docType: docTypeSchema, docNumber: z.string() }),
    products: z.array(certificateProductSchema),
    /** Aportes sociales on December 31st. */
    contributionsDec31: copNonNegativeSchema,
    /** Interest the member paid on loans during the year, and capital owed on December 31st. */
    loans: z.object({ interestPaid: copNonNegativeSchema, balanceDec31: copNonNegativeSchema }),
    totals: z.object({ interestPaid: copNonNegativeSchema, withholding: copNonNegativeSchema }),
    withholdingBps: z.object({ savings: z.number().int(), cdat: z.number().int() }),
    periodFrom: isoDateSchema,
    periodTo: isoDateSchema,
  })
  .openapi('WithholdingCertificate');
export type WithholdingCertificate = z.infer<typeof withholdingCertificateSchema>;
