import { methodNames } from '../../shared/contract/kiosk-api';
import { fail, type Result } from '../../shared/result';
import type { Dispatch } from './dispatch';
import type { SenderFacts } from '../window/guards';

/** The parts of Electron's IpcMainInvokeEvent the bridge reads; structural so tests need no electron. */
export interface IpcInvokeEventLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, input: unknown) => Promise<Result<unknown>>): void;
}

export type SenderCheck = (sender: SenderFacts) => boolean;

/** Reads who sent an invoke; a frame that navigated away or was destroyed reads as URL-less, hence untrusted. */
export function senderFacts(event: IpcInvokeEventLike): SenderFacts {
  let frame: IpcInvokeEventLike['senderFrame'] = null;
  try {
    frame = event.senderFrame;
  } catch {
    // Electron throws on a disposed frame in some versions: treat it as gone.
  }
  return {
    frameUrl: frame?.url ?? null,
    webContentsId: event.sender.id,
    isMainFrame: frame !== null && frame.parent === null,
  };
}

/**
 * One IPC call: decide whether the sender is the kiosk page, then hand over to
 * the shared dispatcher (which refuses untrusted senders before validating,
 * validates, and types errors). Never rejects: a rejected invoke would reach
 * the renderer as an untyped Error.
 */
export async function handleIpcCall(
  dispatch: Dispatch,
  isTrusted: SenderCheck,
  name: string,
  event: IpcInvokeEventLike,
  input: unknown,
): Promise<Result<unknown>> {
  try {
    const trustedSender = isTrusted(senderFacts(event));
    return await dispatch(name, input, { via: 'ipc', trustedSender });
  } catch {
    return fail('internal', `bridge call ${name} failed before reaching its handler`);
  }
}

/** Registers exactly one handler per contract method; the channel is the method name. */
export function registerKioskIpc(ipcMain: IpcMainLike, dispatch: Dispatch, isTrusted: SenderCheck): void {
  for (const name of methodNames) {
    ipcMain.handle(name, (event, input) => handleIpcCall(dispatch, isTrusted, name, event, input));
  }
}
