import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { fail, ok, type Result } from '../../../shared/result';
import type { Logger } from '../logger';
import type { KeyProvider } from './key-provider';

/**
 * Seals personal data at rest: AES-256-GCM with a random 96-bit IV per
 * envelope and the purpose as associated data, so a payload sealed for one
 * use cannot be opened as another. The envelope is one string,
 * `ckv1.<iv>.<ciphertext>.<tag>` (base64url), so its version can change
 * without guessing. The key never leaves main.
 */

export type VaultPurpose = 'outbox-payload';

export type OpenFailure = 'key-unavailable' | 'refused';

export interface Vault {
  seal(purpose: VaultPurpose, value: unknown): Promise<Result<string>>;
  /** `refused`: not an envelope of ours, tampered with, sealed for another purpose or under another key. */
  open(
    purpose: VaultPurpose,
    sealed: string,
  ): Promise<{ ok: true; value: unknown } | { ok: false; failure: OpenFailure }>;
}

const version = 'ckv1';
const ivBytes = 12;
const tagBytes = 16;

function aad(purpose: VaultPurpose): Buffer {
  return Buffer.from(`coopkiosk:${version}:${purpose}`, 'utf8');
}

export function createVault(keys: KeyProvider, log: Logger): Vault {
  let key: Promise<Buffer> | null = null;
  const getKey = async (): Promise<Buffer | null> => {
    key ??= keys.getKey();
    try {
      return await key;
    } catch (error) {
      key = null; // the next call tries again (e.g. the OS keyring was not ready yet)
      log.error('vault.key-unavailable', {
        provider: keys.name,
        error: error instanceof Error ? error.message : 'unknown',
      });
      return null;
    }
  };

  return {
    async seal(purpose, value) {
      const k = await getKey();
      if (!k) {
        return fail('internal', 'vault key unavailable; see the log');
      }
      const iv = randomBytes(ivBytes);
      const cipher = createCipheriv('aes-256-gcm', k, iv, { authTagLength: tagBytes });
      cipher.setAAD(aad(purpose));
      const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
      return ok(
        [version, iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join(
          '.',
        ),
      );
    },

    async open(purpose, sealed) {
      const parts = sealed.split('.');
      if (parts.length !== 4 || parts[0] !== version) {
        return { ok: false, failure: 'refused' };
      }
      const k = await getKey();
      if (!k) {
        return { ok: false, failure: 'key-unavailable' };
      }
      const [, ivText = '', bodyText = '', tagText = ''] = parts;
      const iv = Buffer.from(ivText, 'base64url');
      const tag = Buffer.from(tagText, 'base64url');
      if (iv.length !== ivBytes || tag.length !== tagBytes) {
        return { ok: false, failure: 'refused' };
      }
      try {
        const decipher = createDecipheriv('aes-256-gcm', k, iv, { authTagLength: tagBytes });
        decipher.setAAD(aad(purpose));
        decipher.setAuthTag(tag);
        const plain = Buffer.concat([decipher.update(Buffer.from(bodyText, 'base64url')), decipher.final()]);
        return { ok: true, value: JSON.parse(plain.toString('utf8')) as unknown };
      } catch {
        // GCM's tag check failed: altered bytes, another purpose or another key. Nothing about the content is logged.
        return { ok: false, failure: 'refused' };
      }
    },
  };
}
