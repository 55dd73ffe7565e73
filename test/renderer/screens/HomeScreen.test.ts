import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../shared/result';
import HomeScreen from '../../../renderer/screens/HomeScreen.vue';
import { kiosk } from '../support/bridge-mock';
import { buttonNamed } from '../support/keypad';
import { mountWithApp } from '../support/mount';
import { lauraAccounts } from '../support/products';
import { lauraSession } from '../support/session';

vi.mock('../../../renderer/bridge', () => import('../support/bridge-mock'));

async function mountHome() {
  const mounted = await mountWithApp(HomeScreen, {
    stubActions: false,
    initialState: { session: { session: lauraSession() } },
    path: '/inicio',
  });
  await flushPromises();
  return mounted;
}

const arrears = lauraAccounts({
  loans: [
    {
      ...lauraAccounts().loans[0]!,
      daysPastDue: 45,
      overdueAmount: 1_234_567,
      overdueInstallments: 2,
      overdueSince: '2025-12-20',
      lineName: 'Vehículo',
    },
  ],
});

describe('home product cards', () => {
  beforeEach(() => {
    vi.resetAllMocks();
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('one card per product with the figures that matter, masked numbers, rate E.A. and dates dd/mm/aaaa', async () => {
    kiosk.accounts.summary.mockResolvedValue(ok(lauraAccounts()));
    const { wrapper } = await mountHome();
    const contributions = wrapper.get('[data-product="contributions"]').text();
    expect(contributions).toContain('Aportes sociales');
    expect(contributions).toContain('$\u00a04.320.000');
    expect(contributions).toContain('Cuota mensual$\u00a060.000');

    const savings = wrapper.get('[data-product="savings"]').text();
    expect(savings).toContain('Ahorro a la vista');
    expect(savings).toContain('****1234');
    expect(savings).not.toContain('2001-001234');
    expect(savings).toContain('Disponible$\u00a01.200.500');
    expect(savings).toContain('2,50\u00a0% E.A.');

    const cdat = wrapper.get('[data-product="cdat"]').text();
    expect(cdat).toContain('****5678');
    expect(cdat).toContain('12,68\u00a0% E.A.');
    expect(cdat).toContain('Vence27/05/2026');

    const loan = wrapper.get('[data-product="loan"]');
    expect(loan.text()).toContain('Libre inversión');
    expect(loan.text()).toContain('****9876');
    expect(loan.text()).toContain('$\u00a07.654.321');
    expect(loan.text()).toContain('Cuota$\u00a0410.000');
    expect(loan.text()).toContain('05/02/2026');
    expect(loan.text()).toContain('Cuota 14 de 36');
    // Up to date: no alert anywhere.
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
  });

  it('a loan in arrears carries an alert in words, with an icon, not colour alone', async () => {
    kiosk.accounts.summary.mockResolvedValue(ok(arrears));
    const { wrapper } = await mountHome();
    const alert = wrapper.get('[data-product="loan"] [role="alert"]');
    expect(alert.text()).toContain('Cuotas vencidas: 2 — $\u00a01.234.567 — 45 días de mora');
    expect(alert.text()).toContain('Para ponerse al día, pague en caja o hable con un asesor.');
    // Due since the oldest unpaid installment, not a "next payment" date already past.
    const loan = wrapper.get('[data-product="loan"]');
    expect(loan.text()).toContain('Vencida desde20/12/2025');
    expect(loan.text()).not.toContain('Próximo pago');
    expect(alert.find('[aria-hidden="true"]').exists()).toBe(true);
  });

  it('the tiles lead to the screens that exist; tiles without screens are not shown', async () => {
    kiosk.accounts.summary.mockResolvedValue(ok(lauraAccounts()));
    const { wrapper } = await mountHome();
    expect(wrapper.get('a[href="/estado-de-cuenta"]').text()).toMatch(/^Estado de cuenta/);
    expect(wrapper.get('a[href="/cambiar-clave"]').text()).toMatch(/^Cambiar clave/);
    expect(wrapper.get('a[href="/simulador-credito"]').text()).toMatch(/^Simulador de crédito/);
    expect(wrapper.get('a[href="/simulador-cdat"]').text()).toMatch(/^Simulador CDAT/);
    for (const dead of ['Actualizar datos', 'Certificados']) {
      expect(wrapper.text()).not.toContain(dead);
    }
  });

  it('says when the products could not be read, and retries', async () => {
    kiosk.accounts.summary
      .mockResolvedValueOnce(fail('central-unreachable', 'down'))
      .mockResolvedValueOnce(ok(lauraAccounts()));
    const { wrapper } = await mountHome();
    expect(wrapper.get('[role="alert"]').text()).toBe('No pudimos consultar sus productos. Intente de nuevo.');
    await buttonNamed(wrapper, 'Intentar de nuevo').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-product="contributions"]').exists()).toBe(true);
    expect(kiosk.accounts.summary).toHaveBeenCalledTimes(2);
  });
});
