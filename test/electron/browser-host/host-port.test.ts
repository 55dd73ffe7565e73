import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createBrowserHostPort } from '../../../electron/browser-host/host-port';
import { createLogger } from '../../../electron/services/logger';

/** An event stream as the host sees it: what was written, and a close the page's reload causes. */
function stream(): ServerResponse & { written: string[]; close: () => void } {
  const emitter = new EventEmitter() as EventEmitter & { written: string[]; write: (s: string) => boolean };
  emitter.written = [];
  emitter.write = (s: string) => (emitter.written.push(s), true);
  return Object.assign(emitter, { close: () => emitter.emit('close') }) as unknown as ServerResponse & {
    written: string[];
    close: () => void;
  };
}

const reloads = (s: { written: string[] }): string[] => s.written.filter((w) => w.startsWith('event: reload'));

describe('browser host port', () => {
  it('a reload asked for while the page was itself reloading reaches it when it reconnects', () => {
    let clock = 0;
    const port = createBrowserHostPort({
      log: createLogger(),
      quit: () => undefined,
      relaunch: () => undefined,
      now: () => clock,
    });
    const first = stream();
    port.attach(first);
    port.reload('/');
    expect(reloads(first)).toHaveLength(1);
    // The page reloads: its stream closes; a second relaunch asks for a reload before it is back.
    first.close();
    port.reload('/');
    clock += 1_500;
    const second = stream();
    port.attach(second);
    expect(reloads(second)).toEqual(['event: reload\ndata: {"route":"/"}\n\n']);
    // Told once: the next page to connect is not reloaded again.
    second.close();
    const third = stream();
    port.attach(third);
    expect(reloads(third)).toEqual([]);
  });

  it('a reload nobody heard long ago is not played to a page that opens later', () => {
    let clock = 0;
    const port = createBrowserHostPort({
      log: createLogger(),
      quit: () => undefined,
      relaunch: () => undefined,
      now: () => clock,
    });
    port.reload('/hasta-pronto?motivo=idle');
    clock += 60_000;
    const late = stream();
    port.attach(late);
    expect(reloads(late)).toEqual([]);
  });
});
