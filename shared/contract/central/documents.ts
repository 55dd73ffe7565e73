import { documentIdSchema, timestampSchema } from './common';
import { z } from './zod';

/**
 * Código de verificación: the centre records the hash, member, period and
 * date of every printed document, so a bank clerk can check a printout.
 */

export const documentKindSchema = z.enum(['statement', 'certificate', 'simulation']).openapi('DocumentKind');

/** 8 Crockford base32 characters grouped 4-4, e.g. "K7QF-92MD". */
export const verificationCodeSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);

export const issueDocumentRequestSchema = z
  .object({
    kind: documentKindSchema,
    /** "2026-01-01/2026-06-30" for a statement, "2025" for a certificate. */
    period: z.string().max(40).optional(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** Required when a teller issues for a walk-in member; ignored for a member session. */
    member: documentIdSchema.optional(),
  })
  .openapi('IssueDocumentRequest');
export type IssueDocumentRequest = z.infer<typeof issueDocumentRequestSchema>;

export const issuedDocumentSchema = z
  .object({ code: verificationCodeSchema, issuedAt: timestampSchema })
  .openapi('IssuedDocument');
export type IssuedDocument = z.infer<typeof issuedDocumentSchema>;

export const verifyParamsSchema = z.object({ code: z.string().min(8).max(12) });

export const verifiedDocumentSchema = z
  .object({
    valid: z.boolean(),
    kind: documentKindSchema,
    issuedAt: timestampSchema,
    period: z.string().nullable(),
    memberNameMasked: z.string(),
    sha256: z.string(),
  })
  .openapi('VerifiedDocument');
export type VerifiedDocument = z.infer<typeof verifiedDocumentSchema>;
