import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { auditRecordSchema, dataUpdateRecordSchema, terminalBeatSchema } from '../../shared/contract/central';

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

export interface DemoState {
  version: 1;
  members: Record<string, MemberState>;
  staff: Record<string, StaffState>;
  maintenancePinHash: string;
  /** Ids of accepted sync events: the idempotency keys. */
  processedEvents: Record<string, { readonly type: string; readonly at: string }>;
  /** Last accepted sequence per stream. */
  streams: Record<string, number>;
  audit: z.infer<typeof auditRecordSchema>[];
  dataUpdates: z.infer<typeof dataUpdateRecordSchema>[];
  leads: {
    readonly eventId: string;
    readonly receivedAt: string;
    readonly payload: Readonly<Record<string, unknown>>;
  }[];
  sessionAudit: {
    readonly eventId: string;
    readonly receivedAt: string;
    readonly payload: Readonly<Record<string, unknown>>;
  }[];
  documents: Record<string, DocumentRecord>;
  terminals: Record<string, z.infer<typeof terminalBeatSchema>>;
}

export interface StateStore {
  readonly state: DemoState;
  /** Writes atomically: temp file, fsync, rename, fsync of the folder. */
  save(): void;
}

export function statePath(dataDir: string): string {
  return join(dataDir, 'state.json');
}

export function loadState(dataDir: string): DemoState | null {
  try {
    const parsed = JSON.parse(readFileSync(statePath(dataDir), 'utf8')) as DemoState;
    return parsed.version === 1 ? parsed : null;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      return null;
    }
    throw err;
  }
}

export function writeStateAtomically(dataDir: string, state: DemoState): void {
  mkdirSync(dataDir, { recursive: true });
  const target = statePath(dataDir);
  const temp = `${target}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeFileSync(fd, JSON.stringify(state));
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

export function createStore(dataDir: string, state: DemoState): StateStore {
  return { state, save: () => writeStateAtomically(dataDir, state) };
}
