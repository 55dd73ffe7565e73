import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type {
  auditRecordSchema,
  dataUpdateRecordSchema,
  leadRecordSchema,
  terminalBeatSchema,
} from '../../shared/contract/central';

/** Everything the demo central must remember across restarts, in <dataDir>/state.json. */

export interface TempCredential {
  readonly id: string;
  /** birth-date: first access; forgot: e-mailed by "Olvidé mi clave"; activation: issued by a teller. */
  readonly kind: 'birth-date' | 'forgot' | 'activation';
  readonly hash: string;
  readonly expiresAt: string | null;
  used: boolean;
}

export interface MemberState {
  pinHash: string | null;
  failures: number;
  locked: boolean;
  temp: TempCredential[];
}

export interface StaffState {
  passwordHash: string;
  failures: number;
  locked: boolean;
}

export interface DocumentRecord {
  readonly kind: 'statement' | 'certificate' | 'simulation';
  readonly period: string | null;
  readonly sha256: string;
  readonly memberId: string;
  readonly issuedAt: string;
  readonly issuedBy: string;
}

/** Per-member state of the maintenance PIN on one terminal: it locks after repeated failures. */
export interface MaintenanceLock {
  failures: number;
  /** ISO instant until which the PIN is refused on that terminal; null when not locked. */
  lockedUntil: string | null;
}

export interface DemoState {
  version: 1;
  /** HMAC key of the opaque per-terminal member stream ids (generated once). */
  streamSecret: string;
  members: Record<string, MemberState>;
  staff: Record<string, StaffState>;
  maintenancePinHash: string;
  /** Ids of accepted sync events: the idempotency keys. */
  processedEvents: Record<string, { readonly type: string; readonly at: string }>;
  /** Last accepted sequence per (terminal, stream): keyed by `streamKey(terminalId, stream)`. */
  streams: Record<string, number>;
  audit: z.infer<typeof auditRecordSchema>[];
  dataUpdates: z.infer<typeof dataUpdateRecordSchema>[];
  leads: z.infer<typeof leadRecordSchema>[];
  sessionAudit: {
    readonly eventId: string;
    readonly receivedAt: string;
    readonly payload: Readonly<Record<string, unknown>>;
  }[];
  documents: Record<string, DocumentRecord>;
  terminals: Record<string, z.infer<typeof terminalBeatSchema>>;
  /** Maintenance PIN failures by terminal id. */
  maintenance: Record<string, MaintenanceLock>;
}

/** The maps whose keys come from requests (event ids, streams, terminal ids): held as null-prototype objects. */
const inputKeyedMaps = [
  'members',
  'staff',
  'processedEvents',
  'streams',
  'documents',
  'terminals',
  'maintenance',
] as const;

/** A record without a prototype: a key named `__proto__` is a key like any other, not a way to the prototype. */
export function dictionary<T>(entries: Readonly<Record<string, T>> = {}): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** The key of the ordering scope: one terminal's stream (terminal ids never hold a space). */
export function streamKey(terminalId: string, stream: string): string {
  return `${terminalId} ${stream}`;
}

export interface StateStore {
  /** Read freely; change only inside `commit`. */
  readonly state: DemoState;
  /**
   * Applies `change` and writes the state atomically (temp file, fsync,
   * rename, fsync of the folder), synchronously, so no other request sees
   * the change before it is on disk. When the write fails (disk full, a value
   * that cannot be serialised) the state is put back as it was on disk and
   * the error is thrown: memory never holds what the file does not.
   */
  commit<T>(change: (state: DemoState) => T): T;
}

export function statePath(dataDir: string): string {
  return join(dataDir, 'state.json');
}

/** Brings a parsed state file to the current shape: null-prototype maps, fields added since version 1. */
export function reviveState(parsed: DemoState): DemoState {
  const revived = { ...parsed, maintenance: parsed.maintenance ?? {}, streamSecret: parsed.streamSecret ?? '' };
  for (const key of inputKeyedMaps) {
    (revived as Record<string, unknown>)[key] = dictionary<unknown>(parsed[key] ?? {});
  }
  return revived;
}

export function loadState(dataDir: string): DemoState | null {
  try {
    const parsed = JSON.parse(readFileSync(statePath(dataDir), 'utf8')) as DemoState;
    return parsed.version === 1 ? reviveState(parsed) : null;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      return null;
    }
    throw err;
  }
}

export function writeStateAtomically(dataDir: string, state: DemoState): string {
  const json = JSON.stringify(state);
  writeJsonAtomically(dataDir, json);
  return json;
}

function writeJsonAtomically(dataDir: string, json: string): void {
  mkdirSync(dataDir, { recursive: true });
  const target = statePath(dataDir);
  const temp = `${target}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeFileSync(fd, json);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, target);
  try {
    const dir = openSync(dataDir, 'r');
    fsyncSync(dir);
    closeSync(dir);
  } catch {
    // Some platforms (Windows) cannot fsync a folder; the rename is still atomic.
  }
}

export function createStore(
  dataDir: string,
  state: DemoState,
  write: typeof writeJsonAtomically = writeJsonAtomically,
): StateStore {
  let persisted = JSON.stringify(state);
  const restore = (): void => {
    const previous = reviveState(JSON.parse(persisted) as DemoState);
    for (const key of Object.keys(state)) {
      Reflect.deleteProperty(state, key);
    }
    Object.assign(state, previous);
  };
  return {
    state,
    commit(change) {
      let json: string;
      let value: ReturnType<typeof change>;
      try {
        value = change(state);
        json = JSON.stringify(state);
        write(dataDir, json);
      } catch (error) {
        restore();
        throw error;
      }
      persisted = json;
      return value;
    },
  };
}
