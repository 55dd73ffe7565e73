import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../shared/result';
import { demoCatalog } from '../../../electron/demo-central/catalog-data';
import CdatSimulatorScreen from '../../../renderer/screens/CdatSimulatorScreen.vue';
import LoanSimulatorScreen from '../../../renderer/screens/LoanSimulatorScreen.vue';
import { kiosk } from '../support/bridge-mock';
import { buttonNamed } from '../support/keypad';
import { mountWithApp } from '../support/mount';
import { lauraSession } from '../support/session';

vi.mock('../../../renderer/bridge', () => import('../support/bridge-mock'));

const catalog = demoCatalog('2026-11-01');

async function mount(screen: typeof LoanSimulatorScreen, withCatalog: boolean, fromCache = false) {
  const mounted = await mountWithApp(screen, {
    stubActions: false,
    path: screen === LoanSimulatorScreen ? '/simulador-credito' : '/simulador-cdat',
    initialState: {
      session: { session: lauraSession() },
      catalog: withCatalog
        ? { catalog, fetchedAt: '2026-11-20T15:00:00.000Z', fromCache }
        : { catalog: null, fetchedAt: null, fromCache: false },
    },
  });
  await flushPromises();
  return mounted;
}

async function typeAmount(wrapper: Awaited<ReturnType<typeof mount>>['wrapper'], digits: string): Promise<void> {
  for (const d of digits) {
    await buttonNamed(wrapper, d).trigger('click');
  }
}

describe('simulator screens', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    kiosk.print.status.mockResolvedValue(fail('internal', 'not in this test'));
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('with no rates at all (centre down, nothing cached) they say so and offer only to go back', async () => {
    kiosk.catalog.get.mockResolvedValue(fail('central-unreachable', 'down'));
    for (const screen of [LoanSimulatorScreen, CdatSimulatorScreen]) {
      const { wrapper } = await mount(screen, false);
      expect(wrapper.get('[role="alert"]').text()).toContain('No podemos simular ahora');
      expect(wrapper.find('button.button--primary').exists()).toBe(false);
      wrapper.unmount();
    }
  });

  it('with the centre down they use the cached rates and name their date', async () => {
    kiosk.catalog.get.mockResolvedValue(fail('central-unreachable', 'down'));
    const { wrapper } = await mount(CdatSimulatorScreen, true);
    await flushPromises();
    expect(wrapper.text()).toContain('Sin conexión con la cooperativa: tarifas vigentes al 20/11/2026');
  });

  it('formats the amount as it is typed and names the allowed range when it is out of it', async () => {
    kiosk.catalog.get.mockResolvedValue(ok(catalog));
    const { wrapper } = await mount(LoanSimulatorScreen, true);
    await typeAmount(wrapper, '99000000');
    expect(wrapper.get('[data-amount]').text()).toBe('$\u00a099.000.000');
    await buttonNamed(wrapper, 'Simular').trigger('click');
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'El valor máximo es $\u00a060.000.000. Digite un valor entre $\u00a01.000.000 y $\u00a060.000.000.',
    );
    expect(wrapper.get('.simulator').attributes('data-step')).toBe('input');
  });

  it('a CDAT term too short for the liquidation period is refused with a plain sentence', async () => {
    kiosk.catalog.get.mockResolvedValue(ok(catalog));
    const { wrapper } = await mount(CdatSimulatorScreen, true);
    await typeAmount(wrapper, '5000000');
    await buttonNamed(wrapper, '90 días').trigger('click');
    await buttonNamed(wrapper, 'Semestral').trigger('click');
    await buttonNamed(wrapper, 'Simular').trigger('click');
    expect(wrapper.get('[role="alert"]').text()).toContain('El periodo de liquidación es más largo que el plazo');
  });
});
