import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialState } from '../../../electron/demo-central/init-state';
import { createStore, loadState, writeStateAtomically } from '../../../electron/demo-central/store';
import { tempDir } from './harness';

describe('demo central state store', () => {
  it('a commit whose write fails leaves memory as it was on disk, and the next commit works', async () => {
    const dir = tempDir();
    const state = await initialState();
    writeStateAtomically(dir, state);
    let failNext = true;
    const store = createStore(dir, state, (d, json) => {
      if (failNext) {
        failNext = false;
        throw new Error('disk full');
      }
      writeStateAtomically(d, JSON.parse(json) as typeof state);
    });
    expect(() =>
      store.commit((s) => {
        s.sessionAudit.push({ eventId: 'e1', receivedAt: 'now', payload: { lost: true } });
        s.streams['KIOSK terminal:KIOSK'] = 7;
      }),
    ).toThrow('disk full');
    expect(store.state.sessionAudit).toEqual([]);
    expect(store.state.streams['KIOSK terminal:KIOSK']).toBeUndefined();
    store.commit((s) => s.sessionAudit.push({ eventId: 'e2', receivedAt: 'now', payload: {} }));
    expect(loadState(dir)?.sessionAudit.map((l) => l.eventId)).toEqual(['e2']);
  });

  it('a value that cannot be serialised is refused at commit, and nothing of it stays', async () => {
    const dir = tempDir();
    const state = await initialState();
    const store = createStore(dir, state);
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(() =>
      store.commit((s) => s.sessionAudit.push({ eventId: 'e1', receivedAt: 'now', payload: cyclic })),
    ).toThrow();
    expect(store.state.sessionAudit).toEqual([]);
    store.commit((s) => s.sessionAudit.push({ eventId: 'e2', receivedAt: 'now', payload: { ok: true } }));
    expect(JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8'))).toMatchObject({
      sessionAudit: [{ eventId: 'e2' }],
    });
  });

  it('maps keyed by request data have no prototype, also after a reload', async () => {
    const dir = tempDir();
    const store = createStore(dir, await initialState());
    store.commit((s) => {
      s.terminals['__proto__'] = { receivedAt: 'x' } as never;
    });
    expect(Object.getPrototypeOf(store.state.terminals)).toBeNull();
    const reloaded = loadState(dir);
    expect(Object.getPrototypeOf(reloaded?.streams)).toBeNull();
    expect(Object.keys(reloaded?.terminals ?? {})).toEqual(['__proto__']);
  });
});
