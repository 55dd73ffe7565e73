import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startHost, type RunningHost } from '../support/browser-host';
import { hostConfigFor, keyEnv, startTestCentral, type TestCentral } from '../support/test-central';
import { enterDocument, everythingThePageHolds, onScreen, signIn, tapDigits, onSignedOut } from './support/kiosk-page';

// Each test: its own demo central (so it can act as the centre's staff and read
// its mail) and its own browser host pointed at it.
let central: TestCentral;
let host: RunningHost;

async function startKiosk(overrides: Record<string, unknown> = {}): Promise<void> {
  host = await startHost({ config: hostConfigFor(central, overrides), env: { [keyEnv]: central.key } });
}

test.beforeEach(async () => {
  central = await startTestCentral();
});
test.afterEach(async () => {
  await host?.stop();
  await central.stop();
});

function logsOf(dir: string): string {
  return readdirSync(join(dir, 'logs'))
    .map((f) => readFileSync(join(dir, 'logs', f), 'utf8'))
    .join('\n');
}

test('Laura signs in with her document and PIN and sees her home', async ({ page }) => {
  await startKiosk();
  await page.goto(host.url);
  await signIn(page, '1010101010', '4719');
  await onScreen(page, 'home');
  await expect(page.getByText(/Laura/).first()).toBeVisible();
  await expect(page.getByText('CC ******1010').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Salir' })).toBeVisible();
  // The page never shows or holds the full document number once signed in.
  expect(await everythingThePageHolds(page)).not.toContain('1010101010');
  // The PIN was never logged, anywhere.
  expect(logsOf(host.dataDir) + host.output()).not.toContain('4719');
});

test('Diana: first access with her birth date, weak PINs refused, a good PIN, then sign-in with it', async ({
  page,
}) => {
  await startKiosk();
  await page.goto(host.url);
  await signIn(page, '52333444', '19850314');
  await onScreen(page, 'create-pin');
  // Nothing else is reachable until the PIN is set.
  await page.goto(`${host.url}#/inicio`);
  await onScreen(page, 'create-pin');

  const step = page.getByRole('heading', { level: 2 });
  // A weak PIN is refused after its first entry: the confirmation is never asked.
  const firstEntry = async (pin: string): Promise<void> => {
    await tapDigits(page, pin);
    await page.getByRole('button', { name: 'Continuar' }).click();
  };
  await firstEntry('1234');
  await expect(page.getByRole('alert')).toContainText('muy fácil de adivinar');
  await expect(step).toHaveText('Digite su nueva clave de 4 dígitos');
  await firstEntry('1985');
  await expect(page.getByRole('alert')).toContainText(/fecha|muy fácil/);
  await expect(step).toHaveText('Digite su nueva clave de 4 dígitos');
  // 0314 (MMDD) is only known to the centre, which holds her birth date.
  await firstEntry('0314');
  await expect(page.getByRole('alert')).toContainText('fecha');
  await expect(step).toHaveText('Digite su nueva clave de 4 dígitos');
  await firstEntry('7362');
  await expect(step).toHaveText('Digite otra vez la nueva clave');
  await tapDigits(page, '7362');
  await page.getByRole('button', { name: 'Crear clave' }).click();
  await onSignedOut(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clave creada');
  await expect(page.getByText('Ingrese con su nueva clave.')).toBeVisible();
  await expect(page.getByText('Su sesión terminó')).toHaveCount(0);

  // "Ingresar" leads straight to the document entry.
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await onScreen(page, 'sign-in');
  await tapDigits(page, '52333444');
  await page.getByRole('button', { name: 'Continuar' }).click();
  await tapDigits(page, '7362');
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await onScreen(page, 'home');
  await expect(page.getByText(/Diana/).first()).toBeVisible();
  expect(logsOf(host.dataDir) + host.output()).not.toMatch(/7362|19850314/);
});

test('Jorge is told his account is locked and to go to a teller', async ({ page }) => {
  await startKiosk();
  await page.goto(host.url);
  await signIn(page, '80555666', '2749');
  await onScreen(page, 'account-locked');
  await expect(page.getByText(/asesor/).first()).toBeVisible();
});

test('five wrong PINs lock Carlos, the screen warns from the third, the right PIN is refused after, and a teller unlocks him', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await startKiosk();
  await page.goto(host.url);
  await enterDocument(page, '79111222');
  const ingresar = page.getByRole('button', { name: 'Ingresar' });
  for (const [wrong, attemptsLeft] of [
    ['1111', null],
    ['2222', null],
    ['3333', 2],
    ['4444', 1],
  ] as const) {
    // The terminal's growing delay (0, 2, 4, 8 s) keeps Ingresar disabled until it ends.
    await tapDigits(page, wrong);
    await expect(ingresar).toBeEnabled({ timeout: 15_000 });
    await ingresar.click();
    await expect(page.getByRole('alert')).toContainText(/documento o la clave/i);
    // From the third failure the screen says how many attempts remain before the lock.
    const warning = page.getByRole('status').filter({ hasText: 'antes de que su cuenta se bloquee' });
    if (attemptsLeft) {
      await expect(warning).toContainText(
        attemptsLeft === 1 ? 'Le queda 1 intento' : `Le quedan ${attemptsLeft} intentos`,
      );
    } else {
      await expect(warning).toHaveCount(0);
    }
  }
  // The 5th failure locks, and the screen says so at once.
  await tapDigits(page, '5555');
  await expect(ingresar).toBeEnabled({ timeout: 20_000 });
  await ingresar.click();
  await onScreen(page, 'account-locked');
  const state = JSON.parse(readFileSync(join(central.central.dataDir, 'state.json'), 'utf8')) as unknown;
  expect(JSON.stringify(state)).toContain('"locked":true');

  const right = await central.call('POST', '/v1/auth/login', {
    body: { docType: 'CC', docNumber: '79111222', secret: '6352' },
  });
  expect(right.status).toBe(423);

  const staff = await central.staffToken();
  expect((await central.call('POST', '/v1/staff/members/CC/79111222/unlock', { token: staff })).status).toBe(204);
  // The terminal still remembers the failures: the first try is told to wait, as a person would be.
  await page.goto(host.url);
  await signIn(page, '79111222', '6352');
  await expect(page.getByText(/Espere \d+ segundos/)).toBeVisible();
  await tapDigits(page, '6352');
  await expect(ingresar).toBeEnabled({ timeout: 40_000 });
  await ingresar.click();
  await onScreen(page, 'home');
});

test('Olvidé mi clave: the same screen for a real and an unknown document, and only the real one gets an e-mail', async ({
  page,
}) => {
  await startKiosk();
  const forgot = async (docNumber: string): Promise<string> => {
    await page.goto(host.url);
    await enterDocument(page, docNumber);
    await page.getByRole('link', { name: 'Olvidé mi clave' }).click();
    await onScreen(page, 'forgot-pin');
    const send = page.getByRole('button', { name: 'Enviar' });
    if (await send.isDisabled()) {
      await tapDigits(page, docNumber);
    }
    await send.click();
    const sentence = page.getByText(/Si el documento está registrado/);
    await expect(sentence).toBeVisible();
    return (await page.locator('main').innerText()).trim();
  };
  const real = await forgot('43777888');
  const unknown = await forgot('43777889');
  expect(unknown).toBe(real);
  expect(real).not.toMatch(/@/);
  await expect.poll(() => central.mails().length).toBe(1);
  const mail = central.mails()[0] ?? '';
  expect(mail).toMatch(/^To: .*@/m);
  expect(mail).toMatch(/^Subject: /m);
  expect(mail).toMatch(/clave temporal/);
});

test('inactivity signs the member out after a warning, and leaves nothing of her behind', async ({ page }) => {
  await startKiosk({ session: { idleSeconds: 8, warningSeconds: 5, maxSessionMinutes: 5 } });
  await page.goto(host.url);
  await signIn(page, '1010101010', '4719');
  await onScreen(page, 'home');
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible({ timeout: 10_000 });
  await expect(dialog).toContainText('¿Necesita más tiempo?');
  // One tap extends.
  await dialog.getByRole('button').first().click();
  await expect(dialog).toBeHidden();
  await onScreen(page, 'home');
  // Then nobody touches it.
  await expect(dialog).toBeVisible({ timeout: 10_000 });
  await onSignedOut(page);
  await expect(page.getByText(/inactividad/)).toBeVisible();

  const held = await everythingThePageHolds(page);
  // Her centre id too: the outbox names her events by an opaque per-terminal stream, and seals their payloads.
  for (const trace of ['Laura', 'Gómez', 'Restrepo', '1010101010', '******1010', 'laura.gomez', 'M-0001']) {
    expect(held).not.toContain(trace);
  }
  // Going back shows nothing of hers either: the session is gone, so member routes send to welcome.
  await page.goBack();
  await page.goBack();
  await expect(page.locator('main[data-screen]')).not.toHaveAttribute('data-screen', 'home');
  expect(await everythingThePageHolds(page)).not.toContain('Laura');
});

test('main enforces the maximum session time even while the member is active', async ({ page }) => {
  await startKiosk({ session: { idleSeconds: 60, warningSeconds: 20, maxSessionMinutes: 0.15 } });
  await page.goto(host.url);
  await signIn(page, '1010101010', '4719');
  await onScreen(page, 'home');
  await onSignedOut(page);
  expect(page.url()).toContain('motivo=max-time');
  expect(await everythingThePageHolds(page)).not.toContain('Laura');
});

test('Salir ends the session at the centre: the member token replayed afterwards gets 401', async ({ page }) => {
  await startKiosk();
  await page.goto(host.url);
  await signIn(page, '43777888', '8026');
  await onScreen(page, 'home');
  await page.getByRole('button', { name: 'Salir' }).click();
  await onSignedOut(page);
  // The sign-in and the sign-out reached the centre's audit through the outbox (sealed on the way).
  const audited = (): string[] => {
    const state = JSON.parse(readFileSync(join(central.central.dataDir, 'state.json'), 'utf8')) as {
      sessionAudit: { payload: { action: string; terminalId: string } }[];
    };
    return state.sessionAudit.map((a) => `${a.payload.action}@${a.payload.terminalId}`);
  };
  await expect.poll(audited, { timeout: 20_000 }).toEqual(['sign-in@E2E-KIOSK-01', 'sign-out@E2E-KIOSK-01']);
  // The kiosk's token never leaves main; replay one obtained the same way against the same centre.
  const login = await central.call('POST', '/v1/auth/login', {
    body: { docType: 'CC', docNumber: '43777888', secret: '8026' },
  });
  const token = (login.body as { token: string }).token;
  expect((await central.call('GET', '/v1/members/me/accounts', { token })).status).toBe(200);
  expect((await central.call('POST', '/v1/auth/logout', { token })).status).toBe(204);
  const replay = await central.call('GET', '/v1/members/me/accounts', { token });
  expect(replay.status).toBe(401);
  expect(logsOf(host.dataDir) + host.output()).not.toContain('8026');
});
