import { z } from './zod';

/** The terminal's own traffic: heartbeat and the maintenance screen's PIN. */

export const heartbeatRequestSchema = z
  .object({
    terminalId: z.string().regex(/^[A-Za-z0-9_-]{3,40}$/),
    appVersion: z.string().max(40),
    outboxDepth: z.number().int().min(0),
    oldestPendingAgeSeconds: z.number().int().min(0).nullable(),
    deadLetters: z.number().int().min(0),
    /** Printer role → state, e.g. { receipt: 'ready', laser: 'offline' }. */
    printers: z.record(z.string(), z.string().max(40)),
    /** A technical message without personal data, or null. */
    lastError: z.string().max(500).nullable(),
  })
  .openapi('HeartbeatRequest');
export type HeartbeatRequest = z.infer<typeof heartbeatRequestSchema>;

export const maintenanceVerifyRequestSchema = z
  .object({ pin: z.string().regex(/^\d{4,12}$/) })
  .openapi('MaintenanceVerifyRequest');
export type MaintenanceVerifyRequest = z.infer<typeof maintenanceVerifyRequestSchema>;
