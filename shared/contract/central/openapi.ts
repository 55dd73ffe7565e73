import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { errorBodySchema, errorDescriptions } from './errors';
import { centralRoutes, type CentralRoute } from './routes';
import { z } from './zod';

/**
 * The published contract: the document the cooperative's IT implements on
 * their core. Generated from the same schemas the kiosk and the demo central
 * validate with, so it cannot drift from them.
 */

const terminalHeaders = z.object({
  'x-terminal-id': z.string().openapi({ description: 'Terminal id from its config', example: 'DEMO-KIOSK-01' }),
  'x-terminal-key': z.string().openapi({ description: 'Terminal credential' }),
});

function security(auth: CentralRoute['auth']): RouteConfig['security'] {
  switch (auth) {
    case 'public':
      return [];
    case 'terminal':
      return [{ terminalId: [], terminalKey: [] }];
    default:
      return [{ terminalId: [], terminalKey: [], session: [] }];
  }
}

function toRouteConfig(name: string, r: CentralRoute): RouteConfig {
  const errorStatuses = [...new Set([...r.errors, ...(r.auth === 'public' ? [] : [401]), 500])].sort((a, b) => a - b);
  const responses: RouteConfig['responses'] = {
    [r.status]: r.response
      ? { description: 'Success', content: { 'application/json': { schema: r.response } } }
      : { description: r.status === 204 ? 'Done, no body' : 'Accepted' },
  };
  for (const status of errorStatuses) {
    responses[status] = {
      description: errorDescriptions[status] ?? 'Error',
      content: { 'application/json': { schema: errorBodySchema } },
    };
  }
  return {
    method: r.method,
    path: r.path,
    operationId: name,
    summary: r.summary,
    tags: [r.tag],
    security: security(r.auth),
    request: {
      ...(r.auth === 'public' ? {} : { headers: terminalHeaders }),
      ...(r.params ? { params: r.params } : {}),
      ...(r.query ? { query: r.query } : {}),
      ...(r.body ? { body: { required: true, content: { 'application/json': { schema: r.body } } } } : {}),
    },
    responses,
  };
}

export function buildCentralOpenApiRegistry(): OpenAPIRegistry {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'terminalId', { type: 'apiKey', in: 'header', name: 'X-Terminal-Id' });
  registry.registerComponent('securitySchemes', 'terminalKey', {
    type: 'apiKey',
    in: 'header',
    name: 'X-Terminal-Key',
    description:
      "The terminal's own key: base64url HMAC-SHA256 of 'terminal:' + its X-Terminal-Id under the centre's master key. " +
      'It proves the terminal id; rate limits and event ordering are keyed on the proven id.',
  });
  registry.registerComponent('securitySchemes', 'session', {
    type: 'http',
    scheme: 'bearer',
    description: 'Member or staff session token',
  });
  registry.register('Error', errorBodySchema);
  for (const [name, r] of Object.entries(centralRoutes)) {
    registry.registerPath(toRouteConfig(name, r));
  }
  return registry;
}

/** OpenAPI 3.1 document of the central HTTP API v1. */
export function buildCentralOpenApi(): object {
  const generator = new OpenApiGeneratorV31(buildCentralOpenApiRegistry().definitions);
  return generator.generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'CoopKiosk central API',
      version: '1.0.0',
      description:
        'What a CoopKiosk terminal needs from the cooperative core system. JSON over HTTPS; every request but ' +
        '/v1/verify carries the terminal credential; errors are { "error": { "code", "message", "details"? } }. ' +
        'Money is integer COP, rates are basis points of E.A., dates are YYYY-MM-DD (Bogotá).',
    },
    servers: [{ url: 'https://central.example.coop' }],
  });
}

/** JSON with object keys sorted at every level, so the committed file diffs cleanly. */
export function stableStringify(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      return v.map(sort);
    }
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v as Record<string, unknown>)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}
