import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/result';
import { usePrintStore } from '../../../renderer/stores/print';
import { useStatementStore } from '../../../renderer/stores/statement';
import { kiosk } from '../support/bridge-mock';

vi.mock('../../../renderer/bridge', () => import('../support/bridge-mock'));

describe('print store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.resetAllMocks();
    kiosk.print.preview.mockResolvedValue(ok({ lines: ['BALANCE SUMMARY'] }));
  });
  afterEach(() => {
    document.documentElement.lang = '';
  });

  it('asks for the paper in the language on screen', async () => {
    document.documentElement.lang = 'en';
    const { period } = useStatementStore();
    await usePrintStore().choose('receipt');
    expect(kiosk.print.preview).toHaveBeenCalledWith({
      from: period.from,
      to: period.to,
      target: 'receipt',
      locale: 'en',
    });
  });

  it('falls back to Spanish when the page language is not a kiosk locale', async () => {
    document.documentElement.lang = 'fr';
    await usePrintStore().choose('laser');
    expect(kiosk.print.preview).toHaveBeenCalledWith(expect.objectContaining({ target: 'laser', locale: 'es-CO' }));
  });
});
