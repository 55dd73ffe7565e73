import { join } from 'node:path';
import { safeStorage } from 'electron';
import type { Logger } from '../services/logger';
import type { KeyProvider } from '../services/vault/key-provider';
import { wrappedKeyProvider } from '../services/vault/wrapped-key';

/**
 * Under Electron the vault key lives in userData wrapped by safeStorage. On
 * Linux without a keyring safeStorage falls back to a fixed password
 * ("basic_text"): still works, but the log says the key is weakly protected.
 */
export function safeStorageKeyProvider(userData: string, log: Logger): KeyProvider {
  return wrappedKeyProvider(
    join(userData, 'vault.key.enc'),
    {
      available: () => {
        const ready = safeStorage.isEncryptionAvailable();
        if (ready && process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
          log.warn('vault.weak-os-protection', { backend: 'basic_text' });
        }
        return ready;
      },
      encrypt: (plain) => safeStorage.encryptString(plain),
      decrypt: (wrapped) => safeStorage.decryptString(wrapped),
    },
    log,
  );
}
