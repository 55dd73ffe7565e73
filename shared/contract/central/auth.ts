import { checkDocument, docNumberSchema, docTypeSchema, timestampSchema } from './common';
import { z } from './zod';

/** Sign-in, PIN life cycle and sign-out (Fineract: /self/authentication, /self/user, /self/password/request). */

export const healthSchema = z
  .object({ name: z.string(), contractVersion: z.literal('1'), time: timestampSchema })
  .openapi('Health');
export type Health = z.infer<typeof healthSchema>;

/**
 * `secret` is the 4-digit PIN ("clave") or a temporary credential: the birth
 * date YYYYMMDD of a never-activated member, an 8-digit code e-mailed by
 * "Olvidé mi clave", or a teller's one-time activation code.
 */
export const loginRequestSchema = z
  .object({ docType: docTypeSchema, docNumber: docNumberSchema, secret: z.string().regex(/^\d{4,12}$/) })
  .superRefine(checkDocument)
  .openapi('LoginRequest');
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionMemberSchema = z
  .object({
    id: z.string(),
    /**
     * The member's outbox stream on this terminal: opaque, different on every terminal, mapped back to the
     * member only by the centre. The terminal names the member's events "member:<streamId>", so what stays in
     * its outbox after sign-out identifies no one.
     */
    streamId: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
    firstName: z.string(),
    fullName: z.string(),
    docType: docTypeSchema,
    docNumberMasked: z.string(),
    emailMasked: z.string().nullable(),
  })
  .openapi('SessionMember');
export type SessionMember = z.infer<typeof sessionMemberSchema>;

export const loginResponseSchema = z
  .object({
    token: z.string().min(20),
    expiresAt: timestampSchema,
    /** True after a temporary credential: only POST /v1/auth/pin and logout work until a PIN is set. */
    mustChangePin: z.boolean(),
    member: sessionMemberSchema,
  })
  .openapi('LoginResponse');
export type LoginResponse = z.infer<typeof loginResponseSchema>;

/**
 * `currentSecret` is the current PIN, required for "Cambiar clave". A limited
 * session (signed in moments ago with a temporary credential) omits it: the
 * token itself proves that credential, so the terminal never holds it.
 */
export const pinChangeRequestSchema = z
  .object({
    currentSecret: z
      .string()
      .regex(/^\d{4,12}$/)
      .optional(),
    newPin: z.string().max(12),
  })
  .openapi('PinChangeRequest');
export type PinChangeRequest = z.infer<typeof pinChangeRequestSchema>;

/** A new PIN checked against the centre's rules (blocklist, birth date, document) before it is confirmed. */
export const pinCheckRequestSchema = z.object({ newPin: z.string().max(12) }).openapi('PinCheckRequest');
export type PinCheckRequest = z.infer<typeof pinCheckRequestSchema>;

/** The current PIN proven before a new one is asked ("Cambiar clave"); a wrong one counts as a failure. */
export const pinVerifyRequestSchema = z
  .object({ currentSecret: z.string().regex(/^\d{4,12}$/) })
  .openapi('PinVerifyRequest');
export type PinVerifyRequest = z.infer<typeof pinVerifyRequestSchema>;

export const forgotPinRequestSchema = z
  .object({ docType: docTypeSchema, docNumber: docNumberSchema })
  .superRefine(checkDocument)
  .openapi('ForgotPinRequest');
export type ForgotPinRequest = z.infer<typeof forgotPinRequestSchema>;

/** The same body whether or not the document exists, so the answer reveals nothing. */
export const forgotPinResponseSchema = z.object({ status: z.literal('accepted') }).openapi('ForgotPinResponse');
export type ForgotPinResponse = z.infer<typeof forgotPinResponseSchema>;
