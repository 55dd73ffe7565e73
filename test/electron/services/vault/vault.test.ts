import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../../electron/services/logger';
import { fileKeyProvider } from '../../../../electron/services/vault/file-key';
import type { KeyProvider } from '../../../../electron/services/vault/key-provider';
import { createVault } from '../../../../electron/services/vault/vault';
import { wrappedKeyProvider } from '../../../../electron/services/vault/wrapped-key';
import { sealedPattern } from '../../../../shared/sync/event-types';

const log = createLogger();
const fixedKey = (key: Buffer): KeyProvider => ({ name: 'test', getKey: () => Promise.resolve(key) });
const member = {
  memberId: 'M-0009',
  fullName: 'Begoña Muñoz Peñaloza',
  docNumber: '43777888',
  email: 'begona.munoz@example.com',
};

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vault-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    rmSync(dir, { recursive: true, force: true });
  }
});

async function sealed(
  vault = createVault(fixedKey(randomBytes(32)), log),
): Promise<{ vault: ReturnType<typeof createVault>; envelope: string }> {
  const result = await vault.seal('outbox-payload', member);
  if (!result.ok) {
    throw new Error(result.error.message);
  }
  return { vault, envelope: result.value };
}

describe('vault', () => {
  it('round trip: what is sealed opens to the same value, and holds nothing readable', async () => {
    const { vault, envelope } = await sealed();
    expect(envelope).toMatch(sealedPattern);
    for (const clear of ['Begoña', 'Muñoz', '43777888', 'begona.munoz', 'example.com']) {
      expect(envelope).not.toContain(clear);
      expect(Buffer.from(envelope.split('.')[2] ?? '', 'base64url').toString('latin1')).not.toContain(clear);
    }
    await expect(vault.open('outbox-payload', envelope)).resolves.toEqual({ ok: true, value: member });
  });

  it('uses a fresh IV every time', async () => {
    const { vault, envelope } = await sealed();
    const again = await vault.seal('outbox-payload', member);
    expect(again.ok && again.value).not.toBe(envelope);
    expect(again.ok && again.value.split('.')[1]).not.toBe(envelope.split('.')[1]);
  });

  it.each([
    ['a flipped ciphertext bit', (e: string) => flip(e, 2)],
    ['a flipped tag bit', (e: string) => flip(e, 3)],
    ['a flipped IV bit', (e: string) => flip(e, 1)],
    ['another version', (e: string) => e.replace('ckv1', 'ckv2')],
    ['a truncated envelope', (e: string) => e.split('.').slice(0, 3).join('.')],
  ])('refuses %s', async (_name, tamper) => {
    const { vault, envelope } = await sealed();
    await expect(vault.open('outbox-payload', tamper(envelope))).resolves.toEqual({ ok: false, failure: 'refused' });
  });

  it('refuses an envelope sealed under another key', async () => {
    const { envelope } = await sealed();
    const other = createVault(fixedKey(randomBytes(32)), log);
    await expect(other.open('outbox-payload', envelope)).resolves.toEqual({ ok: false, failure: 'refused' });
  });

  it('says so when the key cannot be had, and tries again next time', async () => {
    let calls = 0;
    const flaky: KeyProvider = {
      name: 'flaky',
      getKey: () => (++calls === 1 ? Promise.reject(new Error('keyring locked')) : Promise.resolve(randomBytes(32))),
    };
    const vault = createVault(flaky, log);
    const first = await vault.seal('outbox-payload', member);
    expect(first.ok).toBe(false);
    expect((await vault.seal('outbox-payload', member)).ok).toBe(true);
  });
});

describe('file key provider', () => {
  it('creates a 32-byte key with mode 0600 and reuses it', async () => {
    const path = join(tempDir(), 'sub', 'vault.key');
    const key = await fileKeyProvider(path, log, 'linux').getKey();
    expect(key).toHaveLength(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    await expect(fileKeyProvider(path, log, 'linux').getKey()).resolves.toEqual(key);
  });

  it('refuses a key file readable by group or others, and logs why', async () => {
    const path = join(tempDir(), 'vault.key');
    writeFileSync(path, randomBytes(32));
    chmodSync(path, 0o644);
    const logged = createLogger();
    await expect(fileKeyProvider(path, logged, 'linux').getKey()).rejects.toThrow(/readable by group\/others/);
    expect(logged.recent().some((e) => e.event === 'vault.key-file-too-open' && e.fields.mode === '644')).toBe(true);
  });

  it('refuses a key file of the wrong size', async () => {
    const path = join(tempDir(), 'vault.key');
    writeFileSync(path, randomBytes(16), { mode: 0o600 });
    await expect(fileKeyProvider(path, log, 'linux').getKey()).rejects.toThrow(/32 bytes/);
  });
});

describe('wrapped key provider (safeStorage under Electron)', () => {
  const fakeOs = {
    available: () => true,
    encrypt: (s: string) => Buffer.from(s, 'utf8').reverse(),
    decrypt: (b: Buffer) => Buffer.from(b).reverse().toString('utf8'),
  };

  it('keeps the key only in wrapped form and unwraps the same key later', async () => {
    const path = join(tempDir(), 'vault.key.enc');
    const key = await wrappedKeyProvider(path, fakeOs, log).getKey();
    expect(readFileSync(path).includes(Buffer.from(key.toString('base64')))).toBe(false);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    await expect(wrappedKeyProvider(path, fakeOs, log).getKey()).resolves.toEqual(key);
  });

  it('refuses while the OS protection is not available', async () => {
    await expect(
      wrappedKeyProvider(join(tempDir(), 'k'), { ...fakeOs, available: () => false }, log).getKey(),
    ).rejects.toThrow(/not available/);
  });
});

function flip(envelope: string, part: number): string {
  const parts = envelope.split('.');
  const bytes = Buffer.from(parts[part] ?? '', 'base64url');
  bytes[0] = (bytes[0] ?? 0) ^ 0x01;
  parts[part] = bytes.toString('base64url');
  return parts.join('.');
}
