import type { KioskHandlers } from '../../../shared/contract/kiosk-api';
import { ok } from '../../../shared/result';
import type { Vault } from '../../services/vault/vault';

/** `vault.seal`: the renderer hands over personal data and gets back only an envelope it cannot open. */
export function createVaultHandlers(vault: Vault): KioskHandlers['vault'] {
  return {
    seal: async ({ payload }) => {
      const sealed = await vault.seal('outbox-payload', payload);
      return sealed.ok ? ok({ sealed: sealed.value }) : sealed;
    },
  };
}
