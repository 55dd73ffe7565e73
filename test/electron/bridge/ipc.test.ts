import { describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../../electron/bridge/dispatch';
import {
  handleIpcCall,
  registerKioskIpc,
  senderFacts,
  type IpcInvokeEventLike,
  type IpcMainLike,
} from '../../../electron/bridge/ipc';
import { createLogger } from '../../../electron/services/logger';
import { isTrustedSender, type SenderFacts } from '../../../electron/window/guards';
import {
  methodNames,
  type KioskHandlers,
  type SystemInfo,
  type SystemStatus,
} from '../../../shared/contract/kiosk-api';
import { ok, type Result } from '../../../shared/result';
import { fakeHandlers } from '../../support/fake-handlers';

const KIOSK_ID = 7;

function setup(
  info: KioskHandlers['system']['info'] = () => Promise.resolve(ok({ terminalId: 'T-01' } as SystemInfo)),
) {
  const system = {
    info: vi.fn(info),
    status: vi.fn(() => Promise.resolve(ok({} as SystemStatus))),
    reportError: vi.fn(() => Promise.resolve(ok(null))),
  };
  const handlers = { ...fakeHandlers({ system }), system };
  const dispatch = createDispatcher(handlers, createLogger());
  const isTrusted = (sender: SenderFacts): boolean => isTrustedSender(sender, { expectedWebContentsId: KIOSK_ID });
  return { handlers, dispatch, isTrusted };
}

const mainFrame = { url: 'app://kiosk/index.html#/welcome', parent: null };
const kioskEvent: IpcInvokeEventLike = { sender: { id: KIOSK_ID }, senderFrame: mainFrame };

describe('handleIpcCall', () => {
  it('answers the kiosk page with the handler result', async () => {
    const { dispatch, isTrusted, handlers } = setup();
    const result = await handleIpcCall(dispatch, isTrusted, 'system.info', kioskEvent, undefined);
    expect(result).toEqual({ ok: true, value: { terminalId: 'T-01' } });
    expect(handlers.system.info).toHaveBeenCalledWith(undefined, { via: 'ipc' });
  });

  it('refuses invalid input with a typed invalid-input error, without running the handler', async () => {
    const { dispatch, isTrusted, handlers } = setup();
    const result = await handleIpcCall(dispatch, isTrusted, 'system.info', kioskEvent, { sneaky: true });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('invalid-input');
    expect(handlers.system.info).not.toHaveBeenCalled();
  });

  it.each<[string, IpcInvokeEventLike]>([
    ['another origin', { sender: { id: KIOSK_ID }, senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a file: page', { sender: { id: KIOSK_ID }, senderFrame: { url: 'file:///tmp/evil.html', parent: null } }],
    ['another webContents', { sender: { id: 99 }, senderFrame: mainFrame }],
    [
      'a subframe of the kiosk page',
      { sender: { id: KIOSK_ID }, senderFrame: { url: 'app://kiosk/index.html', parent: mainFrame } },
    ],
    ['a frame that is gone', { sender: { id: KIOSK_ID }, senderFrame: null }],
  ])('refuses %s with forbidden-sender before the handler runs (even with invalid input)', async (_label, event) => {
    const { dispatch, isTrusted, handlers } = setup();
    for (const input of [undefined, { sneaky: true }]) {
      const result = await handleIpcCall(dispatch, isTrusted, 'system.info', event, input);
      expect(!result.ok && result.error.code).toBe('forbidden-sender');
    }
    expect(handlers.system.info).not.toHaveBeenCalled();
  });

  it('turns a handler exception into a typed internal error, not a rejection', async () => {
    const { dispatch, isTrusted } = setup(() => Promise.reject(new Error('boom')));
    const result: Result<unknown> = await handleIpcCall(dispatch, isTrusted, 'system.info', kioskEvent, undefined);
    expect(!result.ok && result.error.code).toBe('internal');
  });

  it('turns a sender check that throws into an internal error', async () => {
    const { dispatch } = setup();
    const result = await handleIpcCall(
      dispatch,
      () => {
        throw new Error('destroyed');
      },
      'system.info',
      kioskEvent,
      undefined,
    );
    expect(!result.ok && result.error.code).toBe('internal');
  });

  it('reads a frame that throws on access as gone', () => {
    const event = {
      sender: { id: KIOSK_ID },
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    };
    expect(senderFacts(event)).toEqual({ frameUrl: null, webContentsId: KIOSK_ID, isMainFrame: false });
  });
});

describe('registerKioskIpc', () => {
  function fakeIpcMain() {
    const listeners = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
    const handle = vi.fn((channel: string, listener: Parameters<IpcMainLike['handle']>[1]) => {
      if (listeners.has(channel)) {
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      }
      listeners.set(channel, listener);
    });
    return { ipcMain: { handle } satisfies IpcMainLike, listeners, handle };
  }

  it('registers exactly one handler per contract method, on the method name', () => {
    const { dispatch, isTrusted } = setup();
    const { ipcMain, handle, listeners } = fakeIpcMain();
    registerKioskIpc(ipcMain, dispatch, isTrusted);
    expect(handle).toHaveBeenCalledTimes(methodNames.length);
    expect([...listeners.keys()].sort()).toEqual([...methodNames].sort());
  });

  it('routes each channel through the sender check and the dispatcher', async () => {
    const { dispatch, isTrusted, handlers } = setup();
    const { ipcMain, listeners } = fakeIpcMain();
    registerKioskIpc(ipcMain, dispatch, isTrusted);
    const status = listeners.get('system.status');
    expect(await status?.(kioskEvent, undefined)).toEqual({ ok: true, value: {} });
    const refused = await status?.({ sender: { id: 99 }, senderFrame: mainFrame }, undefined);
    expect(refused && !refused.ok && refused.error.code).toBe('forbidden-sender');
    expect(handlers.system.status).toHaveBeenCalledTimes(1);
  });
});
