import { freeFormBounds, jsonBoundsProblem, payloadBounds } from '../bounded-json';
import { boundedRecord } from '../bounded-record';
import { streamPattern, syncResultStatuses } from '../../sync/event-types';
import { printTargets } from '../values';
import { isoDateSchema, timestampSchema } from './common';
import { z } from './zod';

/**
 * The outbox's delivery: a batch of events, each with its own client-made id
 * (UUIDv7 or ULID) that the centre uses as the idempotency key, and a
 * sequence within its stream. Order is kept per (terminal, stream): each
 * terminal numbers its own events from 1, and the centre refuses a sequence
 * not above the last one it accepted from the same terminal for that stream.
 * The terminal is the one its credential proves, never a claim in the body.
 */

/** A UUID (any version, either case) or a ULID; no regex flags, so every JSON Schema validator reads it alike. */
export const syncEventIdPattern =
  /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25})$/;

export const maxSyncBatch = 100;

export const syncEventSchema = z
  .object({
    id: z.string().regex(syncEventIdPattern, 'must be a UUID or ULID'),
    type: z.string().min(1).max(60),
    /** Ordering scope within the sending terminal. */
    stream: z.string().regex(streamPattern, 'must be kind:identifier'),
    sequence: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    createdAt: timestampSchema,
    /**
     * Taken as sent (not copied: a `__proto__` key is seen, not dropped), then, one event at a time, bounded
     * in depth, size and key names (`syncPayloadProblem`) and checked against the schema of `type`: one bad
     * payload rejects only itself ('invalid-payload'), never the batch.
     */
    payload: z
      .custom<Record<string, unknown>>(
        (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
        'must be an object',
      )
      .openapi({
        type: 'object',
        description:
          'At most 10 levels deep and 20,000 keys and items in all; key names [A-Za-z][A-Za-z0-9_.-]{0,63}, never __proto__',
      }),
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
    /**
     * accepted: applied now. duplicate: applied before (same id). in-progress: another request is applying
     * this id right now; send it again later. rejected: never applied (see reason).
     */
    status: z.enum(syncResultStatuses),
    /** For 'rejected': 'stale-sequence', 'unknown-type', 'invalid-payload', 'unknown-member', 'stream-mismatch'. */
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
    changes: z.partialRecord(z.enum(dataUpdateSections), boundedRecord(freeFormBounds)),
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
    simulation: boundedRecord(freeFormBounds).nullable(),
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

/** Why an event's payload is refused before its schema reads it (too deep, too big, a forbidden key), or null. */
export function syncPayloadProblem(payload: unknown): string | null {
  return jsonBoundsProblem(payload, payloadBounds);
}

export function isSyncEventType(type: string): type is SyncEventType {
  return Object.hasOwn(syncPayloadSchemas, type);
}
