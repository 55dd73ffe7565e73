import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import StatusStrip from '../../../renderer/components/StatusStrip.vue';
import { STATUS_POLL_MS } from '../../../renderer/composables/useStatusPolling';
import { useTerminalStore } from '../../../renderer/stores/terminal';
import { demoInfo, onlineStatus } from '../support/fixtures';
import { mountWithApp } from '../support/mount';

vi.mock('../../../renderer/bridge', () => import('../support/bridge-mock'));

describe('StatusStrip', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2026-01-15T20:05:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('shows the centre, both printers in plain Spanish, the terminal and the Bogotá time', async () => {
    const { wrapper } = await mountWithApp(StatusStrip, {
      initialState: { terminal: { info: demoInfo(), status: onlineStatus() } },
    });
    const text = wrapper.text();
    expect(text).toContain('Central: en línea');
    expect(text).toContain('Recibos: lista (virtual)');
    expect(text).toContain('Láser: sin papel (virtual)');
    expect(text).toContain('DEMO-KIOSK-01');
    expect(text).toMatch(/3:05\sp.\sm./);
  });

  it('says "sin conexión" when the centre is unreachable', async () => {
    const status = onlineStatus();
    const { wrapper } = await mountWithApp(StatusStrip, {
      initialState: {
        terminal: { info: demoInfo(), status: { ...status, central: { ...status.central, reachable: false } } },
      },
    });
    expect(wrapper.text()).toContain('Central: sin conexión');
  });

  it('polls every 15 s while mounted and stops when unmounted', async () => {
    const { wrapper } = await mountWithApp(StatusStrip, { initialState: { terminal: { info: demoInfo() } } });
    const terminal = useTerminalStore();
    expect(terminal.refreshStatus).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(STATUS_POLL_MS);
    expect(terminal.refreshStatus).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(STATUS_POLL_MS);
    expect(terminal.refreshStatus).toHaveBeenCalledTimes(3);
    wrapper.unmount();
    await vi.advanceTimersByTimeAsync(STATUS_POLL_MS * 3);
    expect(terminal.refreshStatus).toHaveBeenCalledTimes(3);
  });
});
