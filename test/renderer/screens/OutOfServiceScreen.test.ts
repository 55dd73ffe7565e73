import { afterEach, describe, expect, it, vi } from 'vitest';
import OutOfServiceScreen from '../../../renderer/screens/OutOfServiceScreen.vue';
import { demoInfo } from '../support/fixtures';
import { plainProblem } from '../../../shared/config/config-problems';
import { demoConfigInput, parseTerminalConfig } from '../../../shared/config/terminal-config';
import { mountWithApp } from '../support/mount';

vi.mock('../../../renderer/bridge', () => import('../support/bridge-mock'));

describe('OutOfServiceScreen', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('tells members to see an adviser and lists every config problem for IT', async () => {
    // The problems main would send for this config, from the real validator.
    const parsed = parseTerminalConfig({
      ...demoConfigInput,
      terminalId: undefined,
      role: 'kiosk',
      session: { idleSeconds: 'ninety', warningSeconds: 30, maxSessionMinutes: 15 },
      surprise: true,
    });
    const problems = [
      ...(parsed.ok ? [] : parsed.problems),
      plainProblem('(file)', 'file', 'config file /etc/coopkiosk/terminal.json is not valid JSON: Unexpected end'),
    ];
    const info = demoInfo({ inService: false, configProblems: problems, configSource: '/etc/coopkiosk/terminal.json' });
    const { wrapper } = await mountWithApp(OutOfServiceScreen, { initialState: { terminal: { info } } });

    expect(wrapper.text()).toContain(
      'Este punto de autoservicio está fuera de servicio. Por favor acérquese a un asesor.',
    );
    expect(wrapper.get('h2').text()).toBe('Información para soporte técnico');
    const items = wrapper.findAll('li').map((li) => li.text());
    expect(items).toEqual(
      expect.arrayContaining([
        'Falta el campo terminalId, que es obligatorio.',
        'El campo role debe ser uno de estos valores: member-kiosk, teller.',
        'El campo session.idleSeconds debe ser un número.',
        'El campo (root) tiene campos que esta versión no conoce: surprise.',
        'Archivo ((file)): config file /etc/coopkiosk/terminal.json is not valid JSON: Unexpected end',
      ]),
    );
    expect(items.join(' ')).not.toMatch(/Invalid input|expected \w+, received/);
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
