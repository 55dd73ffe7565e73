import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../shared/result';
import { useTerminalStore } from '../../../renderer/stores/terminal';
import { kiosk } from '../support/bridge-mock';
import { demoInfo, onlineStatus } from '../support/fixtures';

vi.mock('../../../renderer/bridge', () => import('../support/bridge-mock'));

describe('terminal store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.resetAllMocks();
  });

  it('load() keeps the terminal info on success', async () => {
    kiosk.system.info.mockResolvedValue(ok(demoInfo()));
    const terminal = useTerminalStore();
    await terminal.load();
    expect(terminal.info?.brand.name).toBe('Cooperativa Demo de Ahorro y Crédito');
    expect(terminal.loadError).toBeNull();
  });

  it('load() asks the bridge once even when called again', async () => {
    kiosk.system.info.mockResolvedValue(ok(demoInfo()));
    const terminal = useTerminalStore();
    await Promise.all([terminal.load(), terminal.load()]);
    await terminal.load();
    expect(kiosk.system.info).toHaveBeenCalledTimes(1);
  });

  it('load() records the error when the bridge fails, and may be retried', async () => {
    kiosk.system.info.mockResolvedValueOnce(fail('internal', 'browser-host bridge unreachable: TypeError'));
    const terminal = useTerminalStore();
    await terminal.load();
    expect(terminal.info).toBeNull();
    expect(terminal.loadError).toEqual({ code: 'internal', message: 'browser-host bridge unreachable: TypeError' });

    kiosk.system.info.mockResolvedValueOnce(ok(demoInfo()));
    await terminal.load();
    expect(terminal.info).not.toBeNull();
    expect(terminal.loadError).toBeNull();
  });

  it('refreshStatus() keeps the last good status when a check fails', async () => {
    kiosk.system.status.mockResolvedValueOnce(ok(onlineStatus()));
    const terminal = useTerminalStore();
    await terminal.refreshStatus();
    expect(terminal.status?.central.reachable).toBe(true);

    kiosk.system.status.mockResolvedValueOnce(fail('central-unreachable', 'timeout'));
    await terminal.refreshStatus();
    expect(terminal.status?.central.reachable).toBe(true);
    expect(terminal.statusError?.code).toBe('central-unreachable');
  });
});
