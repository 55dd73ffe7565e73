import type { z, ZodType } from 'zod';
import type { Catalog, CentralRouteName, centralRoutes } from '../../shared/contract/central';
import type { Logger } from '../services/logger';
import type { Portfolio } from './generate';
import type { Reply } from './http';
import type { Mailer } from './mail';
import type { Persona } from './personas';
import type { RateLimiter } from './rate-limit';
import type { Session, SessionStore } from './sessions';
import type { StateStore } from './store';

/** What every route handler may use: the demo central's services, built once in server.ts. */
export interface CentralContext {
  readonly store: StateStore;
  readonly sessions: SessionStore;
  /** Sign-in, "Olvidé mi clave" and maintenance PIN tries per terminal (the id its credential proved). */
  readonly loginLimiter: RateLimiter;
  /** PIN tries per document, from any terminal (known documents or not). */
  readonly documentLimiter: RateLimiter;
  /** Consecutive failed sign-ins of documents the centre does not know, counted like real ones (memory only). */
  readonly unknownFailures: Map<string, number>;
  /** Sync event ids being applied right now: claimed before any side effect, released after the commit. */
  readonly inFlight: Set<string>;
  readonly mailer: Mailer;
  readonly log: Logger;
  readonly today: string;
  readonly catalog: Catalog;
  readonly portfolio: (persona: Persona) => Portfolio;
  /** Verified against for unknown documents, so they cost the same time as known ones. */
  readonly dummyHash: string;
  readonly now: () => Date;
}

type Route<N extends CentralRouteName> = (typeof centralRoutes)[N];
type Part<N extends CentralRouteName, K extends string> =
  Route<N> extends { readonly [P in K]: infer S } ? (S extends ZodType ? z.output<S> : undefined) : undefined;

export interface HandlerInput<N extends CentralRouteName> {
  readonly body: Part<N, 'body'>;
  readonly query: Part<N, 'query'>;
  readonly params: Part<N, 'params'>;
  readonly terminalId: string;
  /** The session the route's auth rule admitted; null for terminal-only routes. */
  readonly session: Session | null;
  readonly token: string | null;
}

export type Handlers = { readonly [N in CentralRouteName]: (input: HandlerInput<N>) => Reply | Promise<Reply> };
