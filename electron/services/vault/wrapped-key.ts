import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from '../logger';
import { vaultKeyBytes, type KeyProvider } from './key-provider';

/** What the OS offers to protect a secret for this user (Electron's safeStorage, or a fake in tests). */
export interface OsProtection {
  readonly available: () => boolean;
  readonly encrypt: (plain: string) => Buffer;
  readonly decrypt: (wrapped: Buffer) => string;
}

/**
 * The vault key kept wrapped by the OS (DPAPI, Keychain, libsecret): the file
 * on disk is useless without this user's OS login. Pure Node, so it is tested
 * without Electron; the adapter in electron/adapters passes safeStorage in.
 */
export function wrappedKeyProvider(path: string, os: OsProtection, log: Logger): KeyProvider {
  return {
    name: 'safe-storage',
    getKey: () =>
      Promise.resolve().then(() => {
        if (!os.available()) {
          throw new Error('OS secret protection is not available yet');
        }
        if (existsSync(path)) {
          const key = Buffer.from(os.decrypt(readFileSync(path)), 'base64');
          if (key.length !== vaultKeyBytes) {
            throw new Error(`wrapped vault key at ${path} is not ${vaultKeyBytes} bytes`);
          }
          return key;
        }
        const key = randomBytes(vaultKeyBytes);
        mkdirSync(dirname(path), { recursive: true });
        const fd = openSync(path, 'wx', 0o600);
        try {
          writeSync(fd, os.encrypt(key.toString('base64')));
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        log.info('vault.key-created', { provider: 'safe-storage' });
        return key;
      }),
  };
}
