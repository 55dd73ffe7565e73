import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startHost, type RunningHost } from '../support/browser-host';
import { hostConfigFor, keyEnv, startTestCentral, type TestCentral } from '../support/test-central';
import { everythingThePageHolds, onScreen, onSignedOut, signIn } from './support/kiosk-page';

/*
 * Main ends a session on its own (maximum time, idle backstop): the page is
 * told, records one session audit, and main wipes and reloads it. The same
 * core code path runs under Electron; its host port is unit-tested in
 * test/electron/adapters/electron-host-port.test.ts.
 */
let central: TestCentral;
let host: RunningHost;

test.beforeEach(async () => {
  central = await startTestCentral();
});
test.afterEach(async () => {
  await host?.stop();
  await central.stop();
});

/** The centre's session audit for this terminal, as "action" strings in arrival order. */
function audited(): string[] {
  const state = JSON.parse(readFileSync(join(central.central.dataDir, 'state.json'), 'utf8')) as {
    sessionAudit: { payload: { action: string; terminalId: string } }[];
  };
  return state.sessionAudit.filter((a) => a.payload.terminalId === 'E2E-KIOSK-01').map((a) => a.payload.action);
}

test('maximum session time: main ends it, the page audits it exactly once, and is wiped', async ({ page }) => {
  host = await startHost({
    config: hostConfigFor(central, { session: { idleSeconds: 60, warningSeconds: 20, maxSessionMinutes: 0.15 } }),
    env: { [keyEnv]: central.key },
  });
  await page.goto(host.url);
  await signIn(page, '1010101010', '4719');
  await onScreen(page, 'home');
  await onSignedOut(page);
  expect(page.url()).toContain('motivo=max-time');
  await expect.poll(audited, { timeout: 20_000 }).toEqual(['sign-in', 'max-session']);
  expect(await everythingThePageHolds(page)).not.toContain('Laura');
});

test('idle backstop: a page whose timers stopped is signed out by main, audited exactly once as a timeout', async ({
  page,
}) => {
  host = await startHost({
    config: hostConfigFor(central, { session: { idleSeconds: 6, warningSeconds: 3, maxSessionMinutes: 5 } }),
    env: { [keyEnv]: central.key },
  });
  await page.clock.install();
  await page.goto(host.url);
  await signIn(page, '43777888', '8026');
  await onScreen(page, 'home');
  await expect.poll(audited, { timeout: 20_000 }).toEqual(['sign-in']);
  // The page freezes: its inactivity guard never fires and it stops telling main the member is there.
  await page.clock.pauseAt(Date.now() + 1_000);
  // Main's backstop (idle limit + 15 s) ends the session and tells the page, which records the end and asks for its wipe.
  await expect(page).toHaveURL(/motivo=idle/, { timeout: 40_000 });
  await page.clock.resume();
  await onSignedOut(page);
  await expect.poll(audited, { timeout: 20_000 }).toEqual(['sign-in', 'timeout']);
  expect(await everythingThePageHolds(page)).not.toContain('Begoña');
  expect(host.output()).toContain('session.ended');
});

test('one member at two terminals: every session audit from both reaches the centre, none refused', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const second = await startHost({
    config: hostConfigFor(central, { terminalId: 'E2E-KIOSK-02' }),
    env: { [keyEnv]: central.keyFor('E2E-KIOSK-02') },
  });
  host = await startHost({ config: hostConfigFor(central), env: { [keyEnv]: central.key } });
  try {
    for (const terminal of [host, second, host]) {
      await page.goto(terminal.url);
      await signIn(page, '1010101010', '4719');
      await onScreen(page, 'home');
      await page.getByRole('button', { name: 'Salir' }).click();
      await onSignedOut(page);
    }
    const byTerminal = (): string[] => {
      const state = JSON.parse(readFileSync(join(central.central.dataDir, 'state.json'), 'utf8')) as {
        sessionAudit: { payload: { action: string; terminalId: string } }[];
      };
      return state.sessionAudit.map((a) => `${a.payload.terminalId} ${a.payload.action}`).sort();
    };
    await expect
      .poll(byTerminal, { timeout: 30_000 })
      .toEqual([
        'E2E-KIOSK-01 sign-in',
        'E2E-KIOSK-01 sign-in',
        'E2E-KIOSK-01 sign-out',
        'E2E-KIOSK-01 sign-out',
        'E2E-KIOSK-02 sign-in',
        'E2E-KIOSK-02 sign-out',
      ]);
    // Nothing dead-lettered on either terminal: the heartbeat reports each outbox.
    const terminals = (): Record<string, { deadLetters: number }> =>
      (
        JSON.parse(readFileSync(join(central.central.dataDir, 'state.json'), 'utf8')) as {
          terminals: Record<string, { deadLetters: number }>;
        }
      ).terminals;
    for (const id of ['E2E-KIOSK-01', 'E2E-KIOSK-02']) {
      expect(terminals()[id]?.deadLetters ?? 0).toBe(0);
    }
  } finally {
    await second.stop();
  }
});
