import type { SessionInfo } from '../../../shared/contract/kiosk-api';

/** Laura, signed in with her own PIN. */
export function lauraSession(overrides: Partial<SessionInfo> = {}): SessionInfo {
  return {
    member: {
      id: 'M-0001',
      streamId: 'q7Xr2Lk9Vb3Nw8Tz',
      firstName: 'Laura',
      fullName: 'Laura Restrepo Gómez',
      docType: 'CC',
      docNumberMasked: 'CC ******1010',
      emailMasked: 'l***@correo.co',
    },
    mustChangePin: false,
    startedAt: '2026-01-15T15:00:00.000Z',
    endsAt: '2026-01-15T15:15:00.000Z',
    ...overrides,
  };
}
