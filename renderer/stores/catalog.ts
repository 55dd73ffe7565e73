import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Catalog } from '../../shared/contract/kiosk-api';
import { bogotaToday } from '../../shared/domain/dates';
import type { KioskError } from '../../shared/result';
import { kiosk } from '../bridge';
import type { OutboxDb } from '../outbox/db';
import { appDb } from '../outbox/instance';

export const CATALOG_REFRESH_MS = 15 * 60_000;

/**
 * Tarifas vigentes: credit lines, CDAT rates and withholding rates. Pulled
 * from the centre at start and every 15 minutes and kept in IndexedDB with
 * its fetch date, so the simulators still work when the centre is down and
 * can say how current their figures are ("tarifas vigentes al 20/11/2026").
 */
export const useCatalogStore = defineStore('catalog', () => {
  const catalog = ref<Catalog | null>(null);
  /** When the centre last sent it (ISO instant). */
  const fetchedAt = ref<string | null>(null);
  /** The last refresh failed: what is shown comes from the cache. */
  const fromCache = ref(false);
  const lastError = ref<KioskError | null>(null);
  /** The Bogotá date the figures were last confirmed by the centre (YYYY-MM-DD). */
  const validAsOf = computed(() => (fetchedAt.value ? bogotaToday(new Date(fetchedAt.value)) : null));

  let db: OutboxDb | null = null;
  const database = (): OutboxDb => (db ??= appDb());

  /** Uses another database (tests). */
  function useDatabase(other: OutboxDb): void {
    db = other;
  }

  /** Shows the cached copy at once, if any; refresh() then replaces it. */
  async function loadCached(): Promise<void> {
    const row = await database().catalog.get('current');
    if (row && !catalog.value) {
      catalog.value = row.catalog as Catalog;
      fetchedAt.value = row.fetchedAt;
      fromCache.value = true;
    }
  }

  /** Asks the centre; on success keeps it (memory and IndexedDB), on failure keeps serving the cached one. */
  async function refresh(now: Date = new Date()): Promise<void> {
    const result = await kiosk.catalog.get();
    if (!result.ok) {
      lastError.value = result.error;
      fromCache.value = catalog.value !== null;
      return;
    }
    catalog.value = result.value;
    fetchedAt.value = now.toISOString();
    fromCache.value = false;
    lastError.value = null;
    await database().catalog.put({ key: 'current', fetchedAt: fetchedAt.value, catalog: result.value });
  }

  /** Cached copy, a fresh pull, then one every 15 minutes; returns the stop function. */
  function startAutoRefresh(intervalMs: number = CATALOG_REFRESH_MS): () => void {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async (): Promise<void> => {
      await refresh().catch(() => undefined);
      if (!stopped) {
        timer = setTimeout(() => void tick(), intervalMs);
      }
    };
    void loadCached()
      .catch(() => undefined)
      .then(tick);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }

  return { catalog, fetchedAt, fromCache, lastError, validAsOf, useDatabase, loadCached, refresh, startAutoRefresh };
});
