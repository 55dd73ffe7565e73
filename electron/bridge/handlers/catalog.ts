import type { KioskHandlers } from '../../../shared/contract/kiosk-api';
import type { CentralClient } from '../../services/central-client';

/** `catalog.get`: always live; the renderer keeps the last good copy for when the centre is down. */
export function createCatalogHandlers(central: CentralClient): KioskHandlers['catalog'] {
  return { get: () => central.catalog() };
}
