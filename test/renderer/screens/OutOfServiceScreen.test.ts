import { afterEach, describe, expect, it, vi } from 'vitest';
import OutOfServiceScreen from '../../../renderer/screens/OutOfServiceScreen.vue';
import { demoInfo } from '../support/fixtures';
import { mountWithApp } from '../support/mount';

vi.mock('../../../renderer/bridge', () => import('../support/bridge-mock'));

describe('OutOfServiceScreen', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('tells members to see an adviser and lists every config problem for IT', async () => {
    const problems = [
      { path: 'printers.receipt.interface', message: 'must be tcp://host:port, printer:NAME or virtual' },
      { path: 'brand.nit', message: 'must be a NIT with a valid check digit, like 900.123.456-8' },
      { path: '', message: 'the file is not valid JSON' },
    ];
    const info = demoInfo({ inService: false, configProblems: problems, configSource: '/etc/coopkiosk/terminal.json' });
    const { wrapper } = await mountWithApp(OutOfServiceScreen, { initialState: { terminal: { info } } });

    expect(wrapper.text()).toContain(
      'Este punto de autoservicio está fuera de servicio. Por favor acérquese a un asesor.',
    );
    expect(wrapper.get('h2').text()).toBe('Información para soporte técnico');
    const items = wrapper.findAll('li').map((li) => li.text());
    expect(items).toEqual([
      'printers.receipt.interface: must be tcp://host:port, printer:NAME or virtual',
      'brand.nit: must be a NIT with a valid check digit, like 900.123.456-8',
      'the file is not valid JSON',
    ]);
    for (const fact of ['/etc/coopkiosk/terminal.json', 'DEMO-KIOSK-01', '0.1.0']) {
      expect(wrapper.text()).toContain(fact);
    }
  });

  it('shows the bridge error code and message when system.info failed', async () => {
    const { wrapper } = await mountWithApp(OutOfServiceScreen, {
      initialState: {
        terminal: { info: null, loadError: { code: 'internal', message: 'browser-host bridge unreachable' } },
      },
    });
    expect(wrapper.text()).toContain('fuera de servicio');
    expect(wrapper.text()).toContain('internal: browser-host bridge unreachable');
  });
});
