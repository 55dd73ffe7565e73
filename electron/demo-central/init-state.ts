import { randomBytes, randomUUID } from 'node:crypto';
import { maintenancePin, personas, staffPersonas } from './personas';
import { hashSecret } from './secrets';
import { dictionary, type DemoState, type MemberState } from './store';

/** First start on an empty data folder: hash the demo credentials into a fresh state. */
export async function initialState(): Promise<DemoState> {
  const members = dictionary<MemberState>();
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
  const staff: DemoState['staff'] = dictionary();
  for (const s of staffPersonas) {
    staff[s.username] = { passwordHash: await hashSecret(s.password), failures: 0, locked: false };
  }
  return {
    version: 1,
    streamSecret: randomBytes(32).toString('base64url'),
    members,
    staff,
    maintenancePinHash: await hashSecret(maintenancePin),
    processedEvents: dictionary(),
    streams: dictionary(),
    audit: [],
    dataUpdates: [],
    leads: [],
    sessionAudit: [],
    documents: dictionary(),
    terminals: dictionary(),
    maintenance: dictionary(),
  };
}
