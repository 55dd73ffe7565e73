import { z } from 'zod';
import { jsonBoundsProblem, type JsonBounds } from './bounded-json';

/**
 * A JSON object within `bounds`, checked on the raw input before anything
 * else reads it (zod would silently drop a `__proto__` key; this refuses it).
 */
export function boundedRecord(bounds: JsonBounds, { maxJsonLength }: { readonly maxJsonLength?: number } = {}) {
  return z
    .unknown()
    .superRefine((value, ctx) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON object' });
        return;
      }
      const problem = jsonBoundsProblem(value, bounds);
      if (problem) {
        ctx.addIssue({ code: 'custom', message: problem });
      } else if (maxJsonLength !== undefined && JSON.stringify(value).length > maxJsonLength) {
        // Only now, within bounds, is serialising it safe.
        ctx.addIssue({ code: 'custom', message: 'payload too large' });
      }
    })
    .pipe(z.record(z.string(), z.unknown()));
}
