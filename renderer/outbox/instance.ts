import { OutboxDb } from './db';
import type { OutboxService } from './service';

/**
 * The page's one database and one running outbox. The renderer is reloaded
 * after every session, so these live exactly as long as one page.
 */
let db: OutboxDb | null = null;
let outbox: OutboxService | null = null;

export function appDb(): OutboxDb {
  db ??= new OutboxDb();
  return db;
}

/** The running outbox, or null before startBackgroundServices() (and in component tests). */
export function currentOutbox(): OutboxService | null {
  return outbox;
}

export function setCurrentOutbox(service: OutboxService | null): void {
  outbox = service;
}
