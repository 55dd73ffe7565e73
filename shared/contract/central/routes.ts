import type { ZodObject, ZodType } from 'zod';
import {
  forgotPinRequestSchema,
  forgotPinResponseSchema,
  healthSchema,
  loginRequestSchema,
  loginResponseSchema,
  pinChangeRequestSchema,
  pinCheckRequestSchema,
  pinVerifyRequestSchema,
} from './auth';
import { catalogSchema } from './catalog';
import { certificateListSchema, certificateYearParamsSchema, withholdingCertificateSchema } from './certificates';
import {
  issueDocumentRequestSchema,
  issuedDocumentSchema,
  verifiedDocumentSchema,
  verifyParamsSchema,
} from './documents';
import { accountsSummarySchema, loanDetailSchema, loanIdParamsSchema, memberProfileSchema } from './members';
import {
  activationCodeSchema,
  auditListSchema,
  dataUpdateListSchema,
  leadListSchema,
  memberLookupQuerySchema,
  memberPathSchema,
  staffLoginRequestSchema,
  staffLoginResponseSchema,
  staffMemberViewSchema,
  terminalListSchema,
} from './staff';
import { statementQuerySchema, statementSchema } from './statement';
import { syncRequestSchema, syncResponseSchema } from './sync';
import { heartbeatRequestSchema, maintenanceVerifyRequestSchema } from './terminal';
import { z } from './zod';

/**
 * Who may call a route, on top of the terminal credential (X-Terminal-Id and
 * X-Terminal-Key), which every route but 'public' requires. The key is the
 * terminal's own (HMAC-SHA256 of its id under the centre's master key, issued
 * by IT per terminal), so the id is proven rather than claimed: limits and
 * ordering are keyed on it.
 * - member: a member session that has a PIN; member-limited: also one signed in
 *   with a temporary credential; session: any member or staff session.
 */
export type RouteAuth = 'public' | 'terminal' | 'member' | 'member-limited' | 'session' | 'member-or-staff' | 'staff';

export interface CentralRoute {
  readonly method: 'get' | 'post';
  /** OpenAPI style, e.g. /v1/members/me/loans/{id}. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly auth: RouteAuth;
  readonly body?: ZodType;
  readonly query?: ZodObject;
  readonly params?: ZodObject;
  /** Success status; 204 and 202 without `response` have no body. */
  readonly status: 200 | 202 | 204;
  readonly response?: ZodType;
  /** Error statuses this route may answer besides 401 (terminal) and 500. */
  readonly errors: readonly number[];
}

function route<const R extends CentralRoute>(r: R): R {
  return r;
}

const member = { params: memberPathSchema } as const;

export const centralRoutes = {
  health: route({
    method: 'get',
    path: '/v1/health',
    summary: 'Liveness and contract version',
    tag: 'terminal',
    auth: 'terminal',
    status: 200,
    response: healthSchema,
    errors: [],
  }),
  login: route({
    method: 'post',
    path: '/v1/auth/login',
    summary: 'Member sign-in with document and PIN or temporary credential',
    tag: 'auth',
    auth: 'terminal',
    body: loginRequestSchema,
    status: 200,
    response: loginResponseSchema,
    errors: [400, 401, 423, 429],
  }),
  logout: route({
    method: 'post',
    path: '/v1/auth/logout',
    summary: 'End a member or staff session',
    tag: 'auth',
    auth: 'session',
    status: 204,
    errors: [401],
  }),
  changePin: route({
    method: 'post',
    path: '/v1/auth/pin',
    summary: 'Set a new PIN (cambiar clave / crear clave)',
    tag: 'auth',
    auth: 'member-limited',
    body: pinChangeRequestSchema,
    status: 204,
    errors: [400, 401, 422, 423],
  }),
  checkPin: route({
    method: 'post',
    path: '/v1/auth/pin/check',
    summary: 'Check a new PIN against the rules before it is confirmed (nothing is stored)',
    tag: 'auth',
    auth: 'member-limited',
    body: pinCheckRequestSchema,
    status: 204,
    errors: [400, 401, 422],
  }),
  verifyPin: route({
    method: 'post',
    path: '/v1/auth/pin/verify',
    summary: 'Prove the current PIN before a new one is asked; a wrong one counts towards the lock',
    tag: 'auth',
    auth: 'member',
    body: pinVerifyRequestSchema,
    status: 204,
    errors: [400, 401, 423],
  }),
  forgotPin: route({
    method: 'post',
    path: '/v1/auth/pin/forgot',
    summary: 'Olvidé mi clave: e-mail a temporary credential',
    tag: 'auth',
    auth: 'terminal',
    body: forgotPinRequestSchema,
    status: 202,
    response: forgotPinResponseSchema,
    errors: [400, 429],
  }),
  profile: route({
    method: 'get',
    path: '/v1/members/me',
    summary: 'Member profile',
    tag: 'members',
    auth: 'member',
    status: 200,
    response: memberProfileSchema,
    errors: [401, 403],
  }),
  accounts: route({
    method: 'get',
    path: '/v1/members/me/accounts',
    summary: 'Contributions, savings, CDATs and loans',
    tag: 'members',
    auth: 'member',
    status: 200,
    response: accountsSummarySchema,
    errors: [401, 403],
  }),
  statement: route({
    method: 'get',
    path: '/v1/members/me/statement',
    summary: 'Statement of a period (max 5 years)',
    tag: 'members',
    auth: 'member',
    query: statementQuerySchema,
    status: 200,
    response: statementSchema,
    errors: [400, 401, 403],
  }),
  loan: route({
    method: 'get',
    path: '/v1/members/me/loans/{id}',
    summary: 'Loan detail with repayment schedule',
    tag: 'members',
    auth: 'member',
    params: loanIdParamsSchema,
    status: 200,
    response: loanDetailSchema,
    errors: [401, 403, 404],
  }),
  certificates: route({
    method: 'get',
    path: '/v1/members/me/certificates',
    summary: 'Certificates available',
    tag: 'certificates',
    auth: 'member',
    status: 200,
    response: certificateListSchema,
    errors: [401, 403],
  }),
  certificate: route({
    method: 'get',
    path: '/v1/members/me/certificates/{year}',
    summary: 'Withholding certificate of a year',
    tag: 'certificates',
    auth: 'member',
    params: certificateYearParamsSchema,
    status: 200,
    response: withholdingCertificateSchema,
    errors: [401, 403, 404],
  }),
  catalog: route({
    method: 'get',
    path: '/v1/catalog',
    summary: 'Credit lines, CDAT rates, withholding rates',
    tag: 'catalog',
    auth: 'terminal',
    status: 200,
    response: catalogSchema,
    errors: [],
  }),
  sync: route({
    method: 'post',
    path: '/v1/sync',
    summary: 'Deliver outbox events (idempotent by event id)',
    tag: 'sync',
    auth: 'terminal',
    body: syncRequestSchema,
    status: 200,
    response: syncResponseSchema,
    errors: [400, 413],
  }),
  heartbeat: route({
    method: 'post',
    path: '/v1/terminals/heartbeat',
    summary: 'Terminal health report',
    tag: 'terminal',
    auth: 'terminal',
    body: heartbeatRequestSchema,
    status: 204,
    errors: [400],
  }),
  maintenanceVerify: route({
    method: 'post',
    path: '/v1/terminals/maintenance/verify',
    summary: 'Check the maintenance screen PIN (locked on the terminal after 5 wrong tries, for 30 minutes)',
    tag: 'terminal',
    auth: 'terminal',
    body: maintenanceVerifyRequestSchema,
    status: 204,
    errors: [400, 401, 423, 429],
  }),
  issueDocument: route({
    method: 'post',
    path: '/v1/documents',
    summary: 'Register a printed document and get its verification code',
    tag: 'documents',
    auth: 'member-or-staff',
    body: issueDocumentRequestSchema,
    status: 200,
    response: issuedDocumentSchema,
    errors: [400, 401, 403, 404],
  }),
  verifyDocument: route({
    method: 'get',
    path: '/v1/verify/{code}',
    summary: 'Check a verification code (no terminal credential needed)',
    tag: 'documents',
    auth: 'public',
    params: verifyParamsSchema,
    status: 200,
    response: verifiedDocumentSchema,
    errors: [404],
  }),
  staffLogin: route({
    method: 'post',
    path: '/v1/staff/login',
    summary: 'Teller or admin sign-in',
    tag: 'staff',
    auth: 'terminal',
    body: staffLoginRequestSchema,
    status: 200,
    response: staffLoginResponseSchema,
    errors: [400, 401, 423, 429],
  }),
  staffFindMember: route({
    method: 'get',
    path: '/v1/staff/members',
    summary: 'Find a member by document',
    tag: 'staff',
    auth: 'staff',
    query: memberLookupQuerySchema,
    status: 200,
    response: staffMemberViewSchema,
    errors: [400, 401, 404],
  }),
  staffUnlock: route({
    method: 'post',
    path: '/v1/staff/members/{docType}/{docNumber}/unlock',
    summary: 'Reset failures and lock',
    tag: 'staff',
    auth: 'staff',
    ...member,
    status: 204,
    errors: [401, 404],
  }),
  staffActivationCode: route({
    method: 'post',
    path: '/v1/staff/members/{docType}/{docNumber}/activation-code',
    summary: 'One-time activation code (15 min); also clears a lock',
    tag: 'staff',
    auth: 'staff',
    ...member,
    status: 200,
    response: activationCodeSchema,
    errors: [401, 404],
  }),
  staffStatement: route({
    method: 'get',
    path: '/v1/staff/members/{docType}/{docNumber}/statement',
    summary: 'A walk-in member statement',
    tag: 'staff',
    auth: 'staff',
    ...member,
    query: statementQuerySchema,
    status: 200,
    response: statementSchema,
    errors: [400, 401, 404],
  }),
  staffCertificate: route({
    method: 'get',
    path: '/v1/staff/members/{docType}/{docNumber}/certificates/{year}',
    summary: 'A walk-in member withholding certificate',
    tag: 'staff',
    auth: 'staff',
    params: z.object({
      docType: memberPathSchema.shape.docType,
      docNumber: memberPathSchema.shape.docNumber,
      year: certificateYearParamsSchema.shape.year,
    }),
    status: 200,
    response: withholdingCertificateSchema,
    errors: [401, 404],
  }),
  staffAudit: route({
    method: 'get',
    path: '/v1/staff/audit',
    summary: 'Print audit records',
    tag: 'staff',
    auth: 'staff',
    status: 200,
    response: auditListSchema,
    errors: [401],
  }),
  staffDataUpdates: route({
    method: 'get',
    path: '/v1/staff/data-updates',
    summary: 'Data-update requests',
    tag: 'staff',
    auth: 'staff',
    status: 200,
    response: dataUpdateListSchema,
    errors: [401],
  }),
  staffLeads: route({
    method: 'get',
    path: '/v1/staff/leads',
    summary: 'Members who asked an adviser to contact them after a simulation',
    tag: 'staff',
    auth: 'staff',
    status: 200,
    response: leadListSchema,
    errors: [401],
  }),
  staffTerminals: route({
    method: 'get',
    path: '/v1/staff/terminals',
    summary: 'Last heartbeat of each terminal',
    tag: 'staff',
    auth: 'staff',
    status: 200,
    response: terminalListSchema,
    errors: [401],
  }),
} as const;

export type CentralRouteName = keyof typeof centralRoutes;
