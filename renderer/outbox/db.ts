import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { CachedCatalogRow, OutboxEvent, OutboxStream } from './types';

/**
 * The terminal's IndexedDB: the outbox and the catalog cache. Every
 * transaction commits with strict durability, so an acknowledged enqueue is
 * on disk (Chromium flushes before it reports success) and survives a power
 * cut.
 *
 * Schema changes append a version below, never edit a released one; an
 * `upgrade` function moves existing rows (Dexie runs the missing versions in
 * order when an older database is opened).
 */
export class OutboxDb extends Dexie {
  events!: Table<OutboxEvent, string>;
  streams!: Table<OutboxStream, string>;
  catalog!: Table<CachedCatalogRow, string>;

  constructor(name = 'coopkiosk', options: DexieOptions = {}) {
    super(name, { chromeTransactionDurability: 'strict', ...options });
    for (const { version, stores, upgrade } of schemaVersions) {
      const v = this.version(version).stores(stores);
      if (upgrade) {
        v.upgrade(upgrade);
      }
    }
  }
}

interface SchemaVersion {
  readonly version: number;
  readonly stores: Record<string, string | null>;
  readonly upgrade?: Parameters<ReturnType<Dexie['version']>['upgrade']>[0];
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // [state+stream+sequence]: each stream's pending events in order (the worker's batches);
      // [state+nextAttemptAt]: when to wake; [state+deliveredAt]: pruning; [state+createdAtMs]: oldest pending.
      events: 'id, [state+stream+sequence], [state+nextAttemptAt], [state+deliveredAt], [state+createdAtMs]',
      streams: 'name',
      catalog: 'key',
    },
  },
];

export const currentSchemaVersion = schemaVersions.length;
