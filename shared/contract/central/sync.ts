import { printTargets } from '../values';
import { isoDateSchema, timestampSchema } from './common';
import { z } from './zod';

/**
 * The outbox's delivery: a batch of events, each with its own client-made id
 * (UUIDv7 or ULID) that the centre uses as the idempotency key, and a
 * sequence within its stream so that the centre refuses a stale one.
 */

export const maxSyncBatch = 100;

export const syncEventSchema = z
  .object({
    id: z
      .string()
      .regex(
        /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9A-HJKMNP-TV-Z]{26})$/i,
        'must be a UUID or ULID',
      ),
    type: z.string().min(1).max(60),
    /** Ordering scope, e.g. "terminal:KIOSK-07" or "member:<member id>". */
    stream: z.string().min(1).max(120),
    sequence: z.number().int().min(1),
    createdAt: timestampSchema,
    /** Checked against the schema of `type` one event at a time, so one bad payload rejects only itself. */
    payload: z.record(z.string(), z.unknown()),
  })
  .openapi('SyncEvent');
export type SyncEvent = z.infer<typeof syncEventSchema>;

export const syncRequestSchema = z
  .object({ events: z.array(syncEventSchema).min(1).max(maxSyncBatch) })
  .openapi('SyncRequest');
export type SyncRequest = z.infer<typeof syncRequestSchema>;

export const syncResultSchema = z
  .object({
    id: z.string(),
    status: z.enum(['accepted', 'duplicate', 'rejected']),
    /** For 'rejected': 'stale-sequence', 'unknown-type', 'invalid-payload', 'unknown-member'. */
    reason: z.string().optional(),
  })
  .openapi('SyncResult');
export type SyncResult = z.infer<typeof syncResultSchema>;

export const syncResponseSchema = z.object({ results: z.array(syncResultSchema) }).openapi('SyncResponse');
export type SyncResponse = z.infer<typeof syncResponseSchema>;

const memberIdSchema = z.string().min(1).max(40);

/** Registro de impresión: who printed what, where, and whether it came out. */
export const printAuditPayloadSchema = z
  .object({
    documentKind: z.enum(['statement', 'certificate', 'simulation', 'receipt']),
    period: z.string().max(40).nullable(),
    printer: z.enum(printTargets),
    result: z.enum(['printed', 'failed']),
    errorCode: z.string().max(60).nullable(),
    memberId: memberIdSchema.nullable(),
    terminalId: z.string().max(40),
    /** Staff username when a teller printed for a walk-in member. */
    teller: z.string().max(40).nullable(),
    verificationCode: z.string().max(20).nullable(),
  })
  .openapi('PrintAuditPayload');

/** Solicitud de actualización de datos: verified by staff before it takes effect. */
export const dataUpdateSections = [
  'personal',
  'employment',
  'additional',
  'finances',
  'references',
  'dependents',
] as const;
export const dataUpdatePayloadSchema = z
  .object({
    memberId: memberIdSchema,
    changes: z.partialRecord(z.enum(dataUpdateSections), z.record(z.string(), z.unknown())),
  })
  .openapi('DataUpdatePayload');

/** Send the statement of a period to the member's registered e-mail, optionally with the PDF. */
export const statementEmailPayloadSchema = z
  .object({
    memberId: memberIdSchema,
    from: isoDateSchema,
    to: isoDateSchema,
    pdfBase64: z.string().max(14_000_000).optional(),
  })
  .openapi('StatementEmailPayload');

/** A member asked to be contacted about a product after a simulation. */
export const leadPayloadSchema = z
  .object({
    product: z.enum(['cdat', 'loan', 'savings', 'other']),
    memberId: memberIdSchema.nullable(),
    simulation: z.record(z.string(), z.unknown()).nullable(),
    contactConsent: z.boolean(),
  })
  .openapi('LeadPayload');

export const sessionAuditPayloadSchema = z
  .object({
    action: z.enum(['sign-in', 'sign-out', 'timeout', 'max-session', 'crash', 'pin-change']),
    memberId: memberIdSchema.nullable(),
    terminalId: z.string().max(40),
    teller: z.string().max(40).nullable(),
  })
  .openapi('SessionAuditPayload');

/** Event types the centre applies; anything else is rejected as 'unknown-type'. */
export const syncPayloadSchemas = {
  'print.audit': printAuditPayloadSchema,
  'data-update.request': dataUpdatePayloadSchema,
  'statement.email': statementEmailPayloadSchema,
  lead: leadPayloadSchema,
  'session.audit': sessionAuditPayloadSchema,
} as const;
export type SyncEventType = keyof typeof syncPayloadSchemas;
export type SyncPayload<T extends SyncEventType> = z.infer<(typeof syncPayloadSchemas)[T]>;

export function isSyncEventType(type: string): type is SyncEventType {
  return Object.hasOwn(syncPayloadSchemas, type);
}
