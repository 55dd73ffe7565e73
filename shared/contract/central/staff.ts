import { checkDocument, docNumberSchema, docTypeSchema, timestampSchema } from './common';
import { accountsSummarySchema } from './members';
import { heartbeatRequestSchema } from './terminal';
import { sessionMemberSchema } from './auth';
import { dataUpdatePayloadSchema, leadPayloadSchema, printAuditPayloadSchema } from './sync';
import { z } from './zod';

/** Teller (cajero / asesor) and admin operations. */

export const staffRoleSchema = z.enum(['teller', 'admin']).openapi('StaffRole');

export const staffLoginRequestSchema = z
  .object({ username: z.string().min(1).max(40), password: z.string().min(1).max(128) })
  .openapi('StaffLoginRequest');
export type StaffLoginRequest = z.infer<typeof staffLoginRequestSchema>;

export const staffLoginResponseSchema = z
  .object({
    token: z.string().min(20),
    expiresAt: timestampSchema,
    staff: z.object({ username: z.string(), displayName: z.string(), role: staffRoleSchema }),
  })
  .openapi('StaffLoginResponse');
export type StaffLoginResponse = z.infer<typeof staffLoginResponseSchema>;

/** Path parameters naming a member: /v1/staff/members/{docType}/{docNumber}/... */
export const memberPathSchema = z
  .object({ docType: docTypeSchema, docNumber: docNumberSchema })
  .superRefine(checkDocument);
export const memberLookupQuerySchema = memberPathSchema;

export const memberStatusSchema = z.enum(['active', 'locked', 'pending-activation']).openapi('MemberStatus');
export type MemberStatus = z.infer<typeof memberStatusSchema>;

export const staffMemberViewSchema = z
  .object({
    member: sessionMemberSchema,
    status: memberStatusSchema,
    consecutiveFailures: z.number().int().min(0),
    accounts: accountsSummarySchema,
  })
  .openapi('StaffMemberView');
export type StaffMemberView = z.infer<typeof staffMemberViewSchema>;

export const activationCodeSchema = z
  .object({ code: z.string().regex(/^\d{6,12}$/), expiresAt: timestampSchema })
  .openapi('ActivationCode');
export type ActivationCode = z.infer<typeof activationCodeSchema>;

const received = { eventId: z.string(), receivedAt: timestampSchema };

export const auditRecordSchema = printAuditPayloadSchema.extend(received).openapi('AuditRecord');
export const auditListSchema = z.array(auditRecordSchema).openapi('AuditList');
export type AuditList = z.infer<typeof auditListSchema>;

export const dataUpdateRecordSchema = dataUpdatePayloadSchema
  .extend({ ...received, status: z.enum(['pending', 'approved', 'rejected']) })
  .openapi('DataUpdateRecord');
export const dataUpdateListSchema = z.array(dataUpdateRecordSchema).openapi('DataUpdateList');
export type DataUpdateList = z.infer<typeof dataUpdateListSchema>;

/** A member asked to be contacted after a simulation ("Quiero que un asesor me contacte"), as received. */
export const leadRecordSchema = z
  .object({ ...received, terminalId: z.string(), payload: leadPayloadSchema })
  .openapi('LeadRecord');
export const leadListSchema = z.array(leadRecordSchema).openapi('LeadList');
export type LeadList = z.infer<typeof leadListSchema>;

export const terminalBeatSchema = heartbeatRequestSchema
  .extend({ receivedAt: timestampSchema })
  .openapi('TerminalBeat');
export const terminalListSchema = z.array(terminalBeatSchema).openapi('TerminalList');
export type TerminalList = z.infer<typeof terminalListSchema>;
