import { z } from './zod';

/**
 * Error codes the centre answers with, each tied to one HTTP status. The
 * kiosk's central client maps them onto the bridge's ErrorCode.
 */
export const centralErrorStatus = {
  'invalid-input': 400,
  'terminal-unauthorized': 401,
  'invalid-credentials': 401,
  'session-expired': 401,
  'pin-change-required': 403,
  forbidden: 403,
  'not-found': 404,
  'payload-too-large': 413,
  'pin-rejected': 422,
  'account-locked': 423,
  'rate-limited': 429,
  internal: 500,
} as const;

export type CentralErrorCode = keyof typeof centralErrorStatus;
export const centralErrorCodes = Object.keys(centralErrorStatus) as [CentralErrorCode, ...CentralErrorCode[]];

export const errorBodySchema = z
  .object({
    error: z.object({
      /** One of centralErrorCodes; a string so that a newer centre does not break older kiosks. */
      code: z.string(),
      message: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .openapi('Error');
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const errorDescriptions: Readonly<Record<number, string>> = {
  400: 'invalid-input: the request does not match the contract',
  401: 'terminal-unauthorized | invalid-credentials (details.attemptsRemaining: tries left before the lock) | session-expired',
  403: 'pin-change-required (temporary credential) | forbidden (role)',
  404: 'not-found',
  413: 'payload-too-large',
  422: 'pin-rejected, details.reason: format | common | birth-date | document | mismatch',
  423: 'account-locked: go to a teller',
  429: 'rate-limited, Retry-After header and details.retryAfterSeconds',
  500: 'internal',
};
