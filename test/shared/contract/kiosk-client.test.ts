import { describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../../shared/contract/kiosk-api';
import { buildKioskClient, kioskMethodNames } from '../../../shared/contract/kiosk-client';
import { ok } from '../../../shared/result';

describe('kiosk client', () => {
  it('lists exactly the contract methods', () => {
    expect([...kioskMethodNames].sort()).toEqual([...methodNames].sort());
  });

  it('routes each method to the transport by its name', async () => {
    const invoke = vi.fn((name: string) => Promise.resolve(ok(name)));
    const api = buildKioskClient(invoke, () => () => undefined);
    await expect(api.system.status()).resolves.toEqual(ok('system.status'));
    expect(invoke).toHaveBeenCalledWith('system.status', undefined);
  });
});
