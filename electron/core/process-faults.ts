import type { Logger } from '../services/logger';

/** The part of Node's `process` the core listens on; a test hands in an EventEmitter. */
export interface ProcessLike {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  off(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  off(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

export interface ProcessFaultHandlers {
  /** A rejected promise nobody handled: logged, the page goes back to welcome, the process carries on. */
  readonly onRejection: () => void;
  /** An exception nobody caught: the process is in an unknown state; relaunch (or park out of service). */
  readonly onFatal: () => void;
}

/** Message and the first lines of the stack only; the logger scrubs them as free text. */
export function describeFault(fault: unknown): {
  readonly name: string;
  readonly message: string;
  readonly stack: string;
} {
  if (fault instanceof Error) {
    return {
      name: fault.name.slice(0, 60),
      message: fault.message.slice(0, 300),
      stack: (fault.stack ?? '').split('\n').slice(1, 8).join(' | ').slice(0, 1_000),
    };
  }
  return { name: typeof fault, message: String(fault).slice(0, 300), stack: '' };
}

/**
 * Every error of the main process is caught, logged and recovered from, in
 * both hosts: a listener on `uncaughtException` also keeps Electron from
 * showing its native "A JavaScript error occurred" dialog, which on a kiosk
 * would be a dead screen and an escape route. Returns the unsubscribe.
 */
export function watchProcessFaults(proc: ProcessLike, log: Logger, handlers: ProcessFaultHandlers): () => void {
  const onRejection = (reason: unknown): void => {
    log.error('process.unhandled-rejection', describeFault(reason));
    handlers.onRejection();
  };
  const onException = (error: Error): void => {
    log.error('process.uncaught-exception', describeFault(error));
    handlers.onFatal();
  };
  proc.on('unhandledRejection', onRejection);
  proc.on('uncaughtException', onException);
  return () => {
    proc.off('unhandledRejection', onRejection);
    proc.off('uncaughtException', onException);
  };
}
