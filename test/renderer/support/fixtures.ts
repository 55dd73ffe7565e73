import type { SystemInfo, SystemStatus } from '../../../shared/contract/kiosk-api';

/** A terminal in service, shaped like the demo defaults. */
export function demoInfo(overrides: Partial<SystemInfo> = {}): SystemInfo {
  return {
    appVersion: '0.1.0',
    host: 'browser',
    inService: true,
    configSource: 'demo defaults',
    configProblems: [],
    terminalId: 'DEMO-KIOSK-01',
    role: 'member-kiosk',
    locale: 'es-CO',
    demo: true,
    branch: { code: 'MED-CENTRO', name: 'Sede Centro', city: 'Medellín' },
    brand: {
      name: 'Cooperativa Demo de Ahorro y Crédito',
      nit: '900.123.456-8',
      logoDataUrl: null,
      colors: { primary: '#0A5C36', accent: '#F2B705' },
    },
    session: { idleSeconds: 90, warningSeconds: 30, maxSessionMinutes: 15 },
    pinKeypad: { shuffle: true },
    ...overrides,
  };
}

export function onlineStatus(): SystemStatus {
  return {
    checkedAt: '2026-01-15T15:00:00.000Z',
    central: { reachable: true, latencyMs: 12, name: 'demo-central 1', error: null },
    printers: {
      receipt: { kind: 'virtual', state: 'ready', virtual: true },
      laser: { kind: 'virtual', state: 'paper-out', virtual: true },
    },
  };
}
