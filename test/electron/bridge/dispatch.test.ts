import { describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../../electron/bridge/dispatch';
import { createLogger } from '../../../electron/services/logger';
import type { KioskHandlers, SystemInfo } from '../../../shared/contract/kiosk-api';
import { ok } from '../../../shared/result';
import { fakeHandlers } from '../../support/fake-handlers';

function handlers(): KioskHandlers {
  return fakeHandlers({
    system: {
      info: vi.fn(() => Promise.resolve(ok({ terminalId: 'T1' } as SystemInfo))),
      status: vi.fn(() => Promise.reject(new Error('boom'))),
    },
  });
}

describe('createDispatcher', () => {
  it('runs the handler for a trusted sender with valid input', async () => {
    const h = handlers();
    const dispatch = createDispatcher(h, createLogger());
    await expect(dispatch('system.info', undefined, { via: 'ipc', trustedSender: true })).resolves.toMatchObject({
      ok: true,
    });
    expect(h.system.info).toHaveBeenCalledOnce();
  });

  it('refuses an untrusted sender before validating or running anything', async () => {
    const h = handlers();
    const result = await createDispatcher(h, createLogger())('system.info', undefined, {
      via: 'ipc',
      trustedSender: false,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(h.system.info).not.toHaveBeenCalled();
  });

  it('refuses input that does not match the schema, naming fields but not values', async () => {
    const h = handlers();
    const log = createLogger();
    const result = await createDispatcher(h, log)(
      'system.info',
      { doc: '1010101010' },
      { via: 'http', trustedSender: true },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(h.system.info).not.toHaveBeenCalled();
    expect(JSON.stringify(log.recent())).not.toContain('1010101010');
  });

  it('refuses unknown methods, including prototype names', async () => {
    const dispatch = createDispatcher(handlers(), createLogger());
    for (const name of ['system.reboot', 'constructor.name', '__proto__.toString', 'system', '']) {
      await expect(dispatch(name, undefined, { via: 'ipc', trustedSender: true })).resolves.toMatchObject({
        ok: false,
        error: { code: 'unknown-method' },
      });
    }
  });

  it('turns a thrown handler error into a typed internal error', async () => {
    const result = await createDispatcher(handlers(), createLogger())('system.status', undefined, {
      via: 'ipc',
      trustedSender: true,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('boom') as string },
    });
  });

  it('matches a method name exactly: no prefix, suffix or prototype aliases', async () => {
    const h = handlers();
    const dispatch = createDispatcher(h, createLogger());
    for (const name of [
      'system.info.x',
      'system.info.',
      'system',
      'system.',
      '.info',
      'system.toString',
      '__proto__.info',
      'constructor.name',
    ]) {
      await expect(dispatch(name, undefined, { via: 'http', trustedSender: true }), name).resolves.toMatchObject({
        ok: false,
        error: { code: 'unknown-method' },
      });
    }
    expect(h.system.info).not.toHaveBeenCalled();
  });

  it('refuses a payload nested deeper than the bounds without overflowing the stack', async () => {
    const dispatch = createDispatcher(handlers(), createLogger());
    let deep: Record<string, unknown> = { end: true };
    for (let i = 0; i < 20_000; i += 1) {
      deep = { a: deep };
    }
    await expect(
      dispatch('vault.seal', { payload: deep }, { via: 'http', trustedSender: true }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    const proto = JSON.parse('{"payload":{"__proto__":{"x":1}}}') as unknown;
    await expect(dispatch('vault.seal', proto, { via: 'http', trustedSender: true })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});
