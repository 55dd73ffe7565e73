import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { terminalKeyFor, type DemoCentral } from '../../../../electron/demo-central/server';
import { createSignInThrottle } from '../../../../electron/services/auth/throttle';
import { createCentralClient, type CentralClient } from '../../../../electron/services/central-client';
import { createAuthHandlers } from '../../../../electron/bridge/handlers/auth';
import { createLogger } from '../../../../electron/services/logger';
import { createSessionManager, type SessionManager } from '../../../../electron/services/session';
import type { CallContext, SignOutReason } from '../../../../shared/contract/kiosk-api';
import { start, stop } from '../../demo-central/harness';

// The real demo central on 127.0.0.1 and the real client: only the clock of the terminal's delay is ours.
let central: DemoCentral;
let client: CentralClient;
beforeAll(async () => {
  central = await start({ terminalKey: 'k' });
  client = createCentralClient({
    baseUrl: central.url,
    terminalId: 'TEST-01',
    terminalKey: terminalKeyFor('k', 'TEST-01'),
    connectTimeoutMs: 2000,
    requestTimeoutMs: 5000,
    log: createLogger(),
  });
});
afterAll(async () => {
  client.close();
  await stop(central);
});

const ctx: CallContext = { via: 'ipc' };

function setup() {
  let now = 0;
  const ended: SignOutReason[] = [];
  const log = createLogger();
  const sessions: SessionManager = createSessionManager({
    timings: { idleSeconds: 90, warningSeconds: 30, maxSessionMinutes: 15 },
    onEnded: (session, reason) => {
      ended.push(reason);
      void client.logout(session.token);
    },
  });
  const throttle = createSignInThrottle(() => now);
  const wiped: SignOutReason[] = [];
  const wipePage = (reason: SignOutReason): Promise<void> => {
    wiped.push(reason);
    return Promise.resolve();
  };
  const handlers = createAuthHandlers({ central: client, sessions, throttle, log, wipePage });
  return { handlers, sessions, ended, wiped, log, advance: (ms: number) => (now += ms) };
}

describe('auth handlers against the demo central', () => {
  it('signs Laura in, keeps the token in main and gives the page only masked data', async () => {
    const { handlers, sessions } = setup();
    const result = await handlers.auth.signIn({ docType: 'CC', docNumber: '1010101010', secret: '4719' }, ctx);
    expect(result.ok).toBe(true);
    const text = JSON.stringify(result);
    expect(text).toContain('Laura');
    expect(text).toContain('******1010');
    expect(text).not.toContain('1010101010');
    expect(text).not.toContain(sessions.current()?.token ?? 'no token');
    sessions.end('button');
  });

  it('answers a wrong PIN and an unknown document alike, and makes the terminal wait more after each failure', async () => {
    const { handlers, advance } = setup();
    const unknown = await handlers.auth.signIn({ docType: 'CC', docNumber: '123456789', secret: '4719' }, ctx);
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'invalid-credentials', details: { retryAfterSeconds: 0 } },
    });
    const wrong = await handlers.auth.signIn({ docType: 'CC', docNumber: '43777888', secret: '1111' }, ctx);
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'invalid-credentials', details: { retryAfterSeconds: 2 } },
    });
    const tooSoon = await handlers.auth.signIn({ docType: 'CC', docNumber: '43777888', secret: '8026' }, ctx);
    expect(tooSoon).toMatchObject({ ok: false, error: { code: 'rate-limited', details: { retryAfterSeconds: 2 } } });
    advance(2_000);
    await expect(
      handlers.auth.signIn({ docType: 'CC', docNumber: '43777888', secret: '8026' }, ctx),
    ).resolves.toMatchObject({ ok: true });
  });

  it('takes Diana from her birth date through "Cree su clave", refusing weak PINs, to a sign-in with her new PIN', async () => {
    const { handlers, sessions, ended } = setup();
    const first = await handlers.auth.signIn({ docType: 'CC', docNumber: '52333444', secret: '19850314' }, ctx);
    expect(first).toMatchObject({ ok: true, value: { mustChangePin: true } });
    await expect(
      handlers.auth.changePin({ currentPin: '1985', newPin: '7362', confirmPin: '7362' }, ctx),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'pin-change-required' },
    });
    const reasons = [];
    for (const [newPin, confirmPin] of [
      ['1234', '1234'],
      ['1985', '1985'],
      ['1403', '1403'],
      ['3444', '3444'],
      ['7362', '7363'],
    ] as const) {
      const refused = await handlers.auth.createPin({ newPin, confirmPin }, ctx);
      expect(refused.ok).toBe(false);
      reasons.push(!refused.ok && refused.error.details?.reason);
    }
    // Her birth year is also a common PIN; 1403 (DDMM) is only known to the centre, which holds the birth date: the kiosk relays its reason.
    expect(reasons).toEqual(['common', 'common', 'birth-date', 'document', 'mismatch']);
    await expect(handlers.auth.createPin({ newPin: '7362', confirmPin: '7362' }, ctx)).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(ended).toEqual(['pin-created']);
    expect(sessions.current()).toBeNull();
    await expect(
      handlers.auth.signIn({ docType: 'CC', docNumber: '52333444', secret: '19850314' }, ctx),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-credentials' },
    });
  });

  it('says Jorge is locked', async () => {
    const { handlers } = setup();
    await expect(
      handlers.auth.signIn({ docType: 'CC', docNumber: '80555666', secret: '2749' }, ctx),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'account-locked' },
    });
  });

  it('answers "Olvidé mi clave" the same for a real and an unknown document', async () => {
    const { handlers } = setup();
    const real = await handlers.auth.forgotPin({ docType: 'CC', docNumber: '43777888' }, ctx);
    const unknown = await handlers.auth.forgotPin({ docType: 'CC', docNumber: '99999999' }, ctx);
    expect(real).toEqual({ ok: true, value: { accepted: true } });
    expect(unknown).toEqual(real);
  });

  it('signs out at the centre too, and has the page wiped: the old token is refused afterwards', async () => {
    const { handlers, sessions, ended, wiped } = setup();
    await handlers.auth.signIn({ docType: 'CC', docNumber: '1010101010', secret: '4719' }, ctx);
    const token = sessions.current()?.token ?? '';
    expect((await client.accounts(token)).ok).toBe(true);
    await handlers.auth.signOut({ reason: 'button' }, ctx);
    expect(ended).toEqual(['button']);
    expect(wiped).toEqual(['button']);
    await expect(handlers.session.current(undefined, ctx)).resolves.toEqual({ ok: true, value: null });
    await expect.poll(async () => (await client.accounts(token)).ok).toBe(false);
    expect(await client.accounts(token)).toMatchObject({ ok: false, error: { code: 'session-expired' } });
  });

  it('refuses keepAlive and changePin without a session', async () => {
    const { handlers } = setup();
    await expect(handlers.session.keepAlive(undefined, ctx)).resolves.toMatchObject({
      ok: false,
      error: { code: 'session-expired' },
    });
    await expect(
      handlers.auth.changePin({ currentPin: '4719', newPin: '5830', confirmPin: '5830' }, ctx),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'session-expired' },
    });
  });

  it('never logs a PIN', async () => {
    const { handlers, log } = setup();
    await handlers.auth.signIn({ docType: 'CC', docNumber: '79111222', secret: '6352' }, ctx);
    await handlers.auth.changePin({ currentPin: '6352', newPin: '1111', confirmPin: '1111' }, ctx);
    const logged = JSON.stringify(log.recent());
    expect(logged).not.toMatch(/6352|1111|79111222/);
  });
});

describe('early PIN checks against a fresh demo central', () => {
  let fresh: DemoCentral;
  let freshClient: CentralClient;
  beforeAll(async () => {
    fresh = await start({ terminalKey: 'k' });
    freshClient = createCentralClient({
      baseUrl: fresh.url,
      terminalId: 'TEST-02',
      terminalKey: terminalKeyFor('k', 'TEST-02'),
      connectTimeoutMs: 2000,
      requestTimeoutMs: 5000,
      log: createLogger(),
    });
  });
  afterAll(async () => {
    freshClient.close();
    await stop(fresh);
  });

  function freshHandlers() {
    const sessions = createSessionManager({
      timings: { idleSeconds: 90, warningSeconds: 30, maxSessionMinutes: 15 },
      onEnded: () => undefined,
    });
    const handlers = createAuthHandlers({
      central: freshClient,
      sessions,
      throttle: createSignInThrottle(() => 0),
      log: createLogger(),
      wipePage: () => Promise.resolve(),
    });
    return { handlers, sessions };
  }

  it("refuses a PIN from Diana's birth date or the blocklist after its first entry, and accepts a good one", async () => {
    const { handlers, sessions } = freshHandlers();
    await handlers.auth.signIn({ docType: 'CC', docNumber: '52333444', secret: '19850314' }, ctx);
    // The birth date is known only to the centre: the terminal's own rules pass it, the centre refuses it.
    await expect(handlers.auth.checkNewPin({ newPin: '0314' }, ctx)).resolves.toMatchObject({
      ok: false,
      error: { code: 'pin-rejected', details: { reason: 'birth-date' } },
    });
    await expect(handlers.auth.checkNewPin({ newPin: '1234' }, ctx)).resolves.toMatchObject({
      ok: false,
      error: { code: 'pin-rejected', details: { reason: 'common' } },
    });
    await expect(handlers.auth.checkNewPin({ newPin: '7306' }, ctx)).resolves.toEqual({ ok: true, value: null });
    expect(sessions.current()).not.toBeNull();
    sessions.end('button');
  });

  it('catches a wrong current PIN before the new one, and the lock ends the session', async () => {
    const { handlers, sessions } = freshHandlers();
    await handlers.auth.signIn({ docType: 'CC', docNumber: '43777888', secret: '8026' }, ctx);
    await expect(handlers.auth.verifyPin({ currentPin: '8026' }, ctx)).resolves.toEqual({ ok: true, value: null });
    await expect(handlers.auth.verifyPin({ currentPin: '0000' }, ctx)).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-credentials', details: { attemptsRemaining: 4 } },
    });
    for (let i = 0; i < 3; i += 1) {
      await handlers.auth.verifyPin({ currentPin: '0000' }, ctx);
    }
    await expect(handlers.auth.verifyPin({ currentPin: '0000' }, ctx)).resolves.toMatchObject({
      ok: false,
      error: { code: 'account-locked' },
    });
    expect(sessions.current()).toBeNull();
  });

  it('passes the attempts left on a failed sign-in to the page', async () => {
    const { handlers } = freshHandlers();
    const wrong = await handlers.auth.signIn({ docType: 'CC', docNumber: '1010101010', secret: '0000' }, ctx);
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'invalid-credentials', details: { attemptsRemaining: 4 } },
    });
  });
});
