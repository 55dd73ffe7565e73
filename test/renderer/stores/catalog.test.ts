import 'fake-indexeddb/auto';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Catalog } from '../../../shared/contract/kiosk-api';
import { fail, ok } from '../../../shared/result';
import { useCatalogStore } from '../../../renderer/stores/catalog';
import { freshDb } from '../outbox/support';

const kiosk = vi.hoisted(() => ({ catalog: { get: vi.fn() } }));
vi.mock('../../../renderer/bridge', () => ({ kiosk }));

const catalog = {
  validFrom: '2026-11-01',
  creditLines: [],
  cdatRates: [],
  cdatLiquidationPeriods: [],
  withholding: { savingsInterestBps: 700, cdatInterestBps: 400, savingsDailyExemptInterest: 0, gmfBps: 40 },
  businessDays: { moveMaturityToNextBusinessDay: true, holidays: ['2026-12-08', '2026-12-25'] },
} as unknown as Catalog;

describe('catalog store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.resetAllMocks();
  });

  it('keeps what the centre sent, with its date, and serves it from IndexedDB when the centre is down', async () => {
    const db = freshDb();
    kiosk.catalog.get.mockResolvedValue(ok(catalog));
    const first = useCatalogStore();
    first.useDatabase(db);
    await first.refresh(new Date('2026-11-20T15:00:00Z'));
    expect(first.catalog).toEqual(catalog);
    expect(first.fromCache).toBe(false);

    // A new page (the renderer reloads after each session) while the centre is down.
    setActivePinia(createPinia());
    kiosk.catalog.get.mockResolvedValue(fail('central-unreachable', 'network', { cause: 'network' }));
    const later = useCatalogStore();
    later.useDatabase(db);
    await later.loadCached();
    await later.refresh();
    expect(later.catalog).toEqual(catalog);
    expect(later.fromCache).toBe(true);
    expect(later.validAsOf).toBe('2026-11-20');
    expect(later.lastError?.code).toBe('central-unreachable');
  });

  it("late at night in Bogotá the date is Bogotá's, not UTC's", async () => {
    const store = useCatalogStore();
    store.useDatabase(freshDb());
    kiosk.catalog.get.mockResolvedValue(ok(catalog));
    await store.refresh(new Date('2026-11-21T03:30:00Z'));
    expect(store.validAsOf).toBe('2026-11-20');
  });

  it('pulls at start and every 15 minutes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const store = useCatalogStore();
    store.useDatabase(freshDb());
    kiosk.catalog.get.mockResolvedValue(ok(catalog));
    const stop = store.startAutoRefresh();
    await vi.waitFor(() => expect(kiosk.catalog.get).toHaveBeenCalledTimes(1));
    await vi.advanceTimersByTimeAsync(15 * 60_000);
    await vi.waitFor(() => expect(kiosk.catalog.get).toHaveBeenCalledTimes(2));
    stop();
    vi.useRealTimers();
  });
});
