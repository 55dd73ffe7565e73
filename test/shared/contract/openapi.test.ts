import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCentralOpenApi, stableStringify } from '../../../shared/contract/central/openapi';
import {
  centralRoutes,
  loginRequestSchema,
  statementQuerySchema,
  syncEventSchema,
} from '../../../shared/contract/central';

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

  it('is a valid OpenAPI 3.1 document for an independent validator', async () => {
    const doc: Record<string, unknown> = { ...buildCentralOpenApi() };
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('every pattern is plain JSON Schema (no JS flags), and a JSON Schema validator accepts what the contract does', () => {
    const doc = buildCentralOpenApi() as { components: { schemas: Record<string, unknown> } };
    const patterns: string[] = [];
    JSON.stringify(doc, (key, value: unknown) => {
      if (key === 'pattern' && typeof value === 'string') {
        patterns.push(value);
      }
      return value;
    });
    expect(patterns.length).toBeGreaterThan(10);
    for (const pattern of patterns) {
      expect(pattern, pattern).not.toMatch(/\/[a-z]*$/);
      expect(() => new RegExp(pattern, 'u'), pattern).not.toThrow();
    }
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      ajv.addSchema(schema as object, `#/components/schemas/${name}`);
    }
    const syncEvent = ajv.compile({ $ref: '#/components/schemas/SyncEvent' });
    const sample = {
      id: '0190A6F8-7C3E-7A00-8000-000000000001',
      type: 'lead',
      stream: 'member:q7Xr2Lk9Vb3Nw8Tz',
      sequence: 1,
      createdAt: '2026-12-03T12:00:00.000Z',
      payload: { product: 'cdat' },
    };
    expect(syncEventSchema.safeParse(sample).success).toBe(true);
    expect(syncEvent(sample), JSON.stringify(syncEvent.errors)).toBe(true);
    for (const id of ['01J9ZQ7M3K5X2V8R4T6Y0B1C2D', '0190a6f8-7c3e-7a00-8000-000000000001']) {
      expect(syncEvent({ ...sample, id }), id).toBe(true);
      expect(syncEventSchema.safeParse({ ...sample, id }).success, id).toBe(true);
    }
    for (const id of ['not-an-id', '0190a6f8-7c3e-7a00-8000-00000000000']) {
      expect(syncEvent({ ...sample, id }), id).toBe(false);
      expect(syncEventSchema.safeParse({ ...sample, id }).success, id).toBe(false);
    }
  });
});
