import type { IncomingMessage, ServerResponse } from 'node:http';
import { centralRoutes, type CentralRoute, type CentralRouteName } from '../../shared/contract/central';
import type { Logger } from '../services/logger';
import type { Handlers } from './context';
import { errorReply, HttpError, readBody, send, type Reply } from './http';
import { sameSecret, terminalKeyFor } from './secrets';
import type { Session, SessionStore } from './sessions';

/**
 * Turns a request into a validated handler call, driven by the contract's
 * route table: terminal credential, session rule, params/query/body schemas,
 * and the response schema (so the demo central cannot drift from the contract).
 */

interface Compiled {
  readonly name: CentralRouteName;
  readonly route: CentralRoute;
  readonly pattern: RegExp;
}

const compiled: readonly Compiled[] = (Object.entries(centralRoutes) as [CentralRouteName, CentralRoute][]).map(
  ([name, route]) => ({
    name,
    route,
    pattern: new RegExp(`^${route.path.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`),
  }),
);

function issuesOf(error: {
  readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[];
}): Record<string, unknown> {
  return { issues: error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) };
}

function parse(schema: CentralRoute['body'], value: unknown, where: string): unknown {
  if (!schema) {
    return undefined;
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new HttpError('invalid-input', `invalid ${where}`, issuesOf(result.error));
  }
  return result.data;
}

function authorize(
  route: CentralRoute,
  sessions: SessionStore,
  header: string | undefined,
): { session: Session | null; token: string | null } {
  if (route.auth === 'public' || route.auth === 'terminal') {
    return { session: null, token: null };
  }
  const token = /^Bearer (\S+)$/.exec(header ?? '')?.[1] ?? null;
  const session = token ? sessions.get(token) : null;
  if (!token || !session) {
    throw new HttpError('session-expired', 'no valid session');
  }
  const member = session.kind === 'member';
  if (route.auth === 'staff' && member) {
    throw new HttpError('forbidden', 'staff session required');
  }
  if ((route.auth === 'member' || route.auth === 'member-limited') && !member) {
    throw new HttpError('forbidden', 'member session required');
  }
  if (session.limited && route.auth !== 'member-limited' && route.auth !== 'session') {
    throw new HttpError('pin-change-required', 'set a PIN first');
  }
  return { session, token };
}

/** A path parameter with a broken %-escape is the caller's mistake: 400, never a 500. */
function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    throw new HttpError('invalid-input', 'malformed %-escape in the path');
  }
}

async function dispatch(
  req: IncomingMessage,
  handlers: Handlers,
  sessions: SessionStore,
  masterKey: string,
): Promise<Reply> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = (req.method ?? 'GET').toLowerCase();
  let found: { readonly c: Compiled; readonly params: Record<string, string> } | null = null;
  for (const c of compiled) {
    const m = c.route.method === method ? c.pattern.exec(url.pathname) : null;
    if (m) {
      found = { c, params: Object.fromEntries(Object.entries(m.groups ?? {}).map(([k, v]) => [k, decodeParam(v)])) };
      break;
    }
  }
  if (!found) {
    throw new HttpError('not-found', 'no such route');
  }
  const { route, name } = found.c;
  const terminalId = String(req.headers['x-terminal-id'] ?? '');
  if (route.auth !== 'public') {
    const key = String(req.headers['x-terminal-key'] ?? '');
    // The key is the terminal's own (derived from its id): the id is proven, not claimed.
    if (!/^[A-Za-z0-9_-]{3,40}$/.test(terminalId) || !sameSecret(key, terminalKeyFor(masterKey, terminalId))) {
      throw new HttpError('terminal-unauthorized', 'terminal credential refused');
    }
  }
  const { session, token } = authorize(route, sessions, req.headers.authorization);
  const params = parse(route.params, found.params, 'path');
  const query = parse(route.query, Object.fromEntries(url.searchParams), 'query');
  let body: unknown;
  if (route.body) {
    const raw = await readBody(req);
    let json: unknown;
    try {
      json = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new HttpError('invalid-input', 'body is not JSON');
    }
    body = parse(route.body, json, 'body');
  }
  const handler = handlers[name] as (input: unknown) => Reply | Promise<Reply>;
  const reply = await handler({ body, query, params, terminalId, session, token });
  if (route.response && reply.status === route.status) {
    const check = route.response.safeParse(reply.body);
    if (!check.success) {
      throw new Error(
        `response of ${name} breaks the contract: ${JSON.stringify(issuesOf(check.error)).slice(0, 500)}`,
      );
    }
  }
  return reply;
}

export function createRequestListener(handlers: Handlers, sessions: SessionStore, masterKey: string, log: Logger) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    dispatch(req, handlers, sessions, masterKey)
      .then((reply) => send(res, reply))
      .catch((err: unknown) => {
        if (err instanceof HttpError) {
          send(res, errorReply(err));
          return;
        }
        log.error('demo-central.internal-error', { message: (err as Error).message });
        send(res, errorReply(new HttpError('internal', 'internal error')));
      });
  };
}
