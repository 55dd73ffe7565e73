import { startHost } from '../support/browser-host';
import { expect, test } from './fixtures';

test('the welcome screen greets members in Spanish with the demo cooperative name', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByRole('heading', { name: /Cooperativa Demo de Ahorro y Crédito/ })).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Ingresar' }).or(page.getByRole('link', { name: 'Ingresar' })),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es-CO');
});

test('a bridge round trip reaches the demo central', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
  // The status strip is fed by kiosk.system.status, which calls the centre's /v1/health.
  await expect(page.getByText(/Central: en línea/)).toBeVisible();
  const status = await page.evaluate(async () => {
    const secret = document.querySelector<HTMLMetaElement>('meta[name="coopkiosk-launch"]')?.content ?? '';
    const response = await fetch('/api/system.status', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kiosk-launch': secret },
      body: '{}',
    });
    return (await response.json()) as { ok: boolean; value: { central: { reachable: boolean; name: string | null } } };
  });
  expect(status.ok).toBe(true);
  expect(status.value.central.reachable).toBe(true);
  expect(status.value.central.name).toBeTruthy();
});

test('the bridge refuses callers without the launch secret and bad input', async ({ request, host }) => {
  const noSecret = await request.post(`${host.origin}/api/system.info`, { data: {} });
  expect(noSecret.status()).toBe(403);
  expect(await noSecret.json()).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });

  const page = await request.get(`${host.origin}/`);
  expect(page.status()).toBe(403);

  const secret = new URL(host.url).searchParams.get('launch') ?? '';
  const bad = await request.post(`${host.origin}/api/system.info`, {
    data: { input: { unexpected: true } },
    headers: { 'x-kiosk-launch': secret },
  });
  expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  const badEscape = await request.post(`${host.origin}/api/system.info%E0%A4%A`, {
    data: {},
    headers: { 'x-kiosk-launch': secret },
  });
  expect(badEscape.status()).toBe(400);
  expect(await badEscape.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  const alias = await request.post(`${host.origin}/api/system.info.extra`, {
    data: {},
    headers: { 'x-kiosk-launch': secret },
  });
  expect(await alias.json()).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  const unknown = await request.post(`${host.origin}/api/system.format`, {
    data: {},
    headers: { 'x-kiosk-launch': secret },
  });
  expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
});

test('an invalid config shows the out-of-service screen naming the field, and the log says the same', async ({
  page,
}) => {
  const host = await startHost({
    config: {
      terminalId: 'KIOSK-01',
      role: 'member-kiosk',
      branch: { code: 'MED', name: 'Centro', city: 'Medellín' },
      brand: { name: 'Cooperativa X', nit: '900.123.456-8' },
      printers: { receipt: { interface: 'lpt1:' } },
    },
  });
  try {
    await page.goto(host.url);
    await expect(page.locator('#app')).toHaveAttribute('data-state', 'out-of-service');
    await expect(page.getByText(/fuera de servicio/i).first()).toBeVisible();
    await expect(page.getByText(/printers\.receipt\.interface/)).toBeVisible();
    await expect(page.getByText(/tcp:\/\/host:port, printer:NAME or virtual/)).toBeVisible();
    expect(host.output()).toContain('printers.receipt.interface');
  } finally {
    await host.stop();
  }
});

test('a config file that is not JSON is reported, not crashed on', async ({ page }) => {
  const host = await startHost({ rawConfig: '{ "terminalId": "KIOSK-01", ' });
  try {
    await page.goto(host.url);
    await expect(page.locator('#app')).toHaveAttribute('data-state', 'out-of-service');
    await expect(page.getByText(/not valid JSON/)).toBeVisible();
  } finally {
    await host.stop();
  }
});
