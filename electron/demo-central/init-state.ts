import { randomUUID } from 'node:crypto';
import { maintenancePin, personas, staffPersonas } from './personas';
import { hashSecret } from './secrets';
import type { DemoState, MemberState } from './store';

/** First start on an empty data folder: hash the demo credentials into a fresh state. */
export async function initialState(): Promise<DemoState> {
  const members: Record<string, MemberState> = {};
  for (const p of personas) {
    const birth = p.birthDate.replace(/-/g, '');
    members[p.id] = {
      pinHash: p.pin ? await hashSecret(p.pin) : null,
      failures: p.initialStatus === 'locked' ? 5 : 0,
      locked: p.initialStatus === 'locked',
      // A never-activated member signs in the first time with the birth date (YYYYMMDD).
      temp: p.pin
        ? []
        : [{ id: randomUUID(), kind: 'birth-date', hash: await hashSecret(birth), expiresAt: null, used: false }],
    };
  }
  const staff: DemoState['staff'] = {};
  for (const s of staffPersonas) {
    staff[s.username] = { passwordHash: await hashSecret(s.password), failures: 0, locked: false };
  }
  return {
    version: 1,
    members,
    staff,
    maintenancePinHash: await hashSecret(maintenancePin),
    processedEvents: {},
    streams: {},
    audit: [],
    dataUpdates: [],
    leads: [],
    sessionAudit: [],
    documents: {},
    terminals: {},
  };
}
