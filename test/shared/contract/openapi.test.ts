import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCentralOpenApi, stableStringify } from '../../../shared/contract/central/openapi';
import { centralRoutes, loginRequestSchema, statementQuerySchema } from '../../../shared/contract/central';

describe('central contract', () => {
  it('docs/central-api.openapi.json is not stale (run `npm run contract`)', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../../../docs/central-api.openapi.json'), 'utf8');
    expect(committed).toBe(stableStringify(buildCentralOpenApi()));
  });

  it('is OpenAPI 3.1 with every route', () => {
    const doc = buildCentralOpenApi() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    for (const r of Object.values(centralRoutes)) {
      expect(doc.paths[r.path]?.[r.method], `${r.method} ${r.path}`).toBeDefined();
    }
  });

  it('validates document numbers per type', () => {
    const ok = (docType: string, docNumber: string): boolean =>
      loginRequestSchema.safeParse({ docType, docNumber, secret: '4719' }).success;
    expect(ok('CC', '1010101010')).toBe(true);
    expect(ok('CC', '12')).toBe(false);
    expect(ok('CC', '12345678901')).toBe(false);
    expect(ok('TI', '123456789')).toBe(false);
    expect(ok('TI', '1234567890')).toBe(true);
    expect(ok('PA', 'AB1234')).toBe(true);
    expect(ok('PA', 'AB-1234')).toBe(false);
  });

  it('refuses a reversed or too long statement period', () => {
    expect(statementQuerySchema.safeParse({ from: '2026-01-01', to: '2025-01-01' }).success).toBe(false);
    expect(statementQuerySchema.safeParse({ from: '2020-01-01', to: '2026-01-01' }).success).toBe(false);
    expect(statementQuerySchema.safeParse({ from: '2021-01-01', to: '2026-01-01' }).success).toBe(true);
    expect(statementQuerySchema.safeParse({ from: '2026-02-30', to: '2026-03-01' }).success).toBe(false);
  });
});
