import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from '../logger';
import { vaultKeyBytes, type KeyProvider } from './key-provider';

/**
 * The browser host's key: 32 random bytes in `<dataDir>/vault.key`, created
 * with mode 0600. A key file that group or others can read is refused (the
 * sealed outbox would be only as private as that file), and the log says so.
 * Windows has no such mode bits: there the folder's ACL is what protects it.
 */
export function fileKeyProvider(path: string, log: Logger, platform: NodeJS.Platform = process.platform): KeyProvider {
  return {
    name: 'file',
    getKey: () => Promise.resolve().then(() => readOrCreate(path, log, platform)),
  };
}

function readOrCreate(path: string, log: Logger, platform: NodeJS.Platform): Buffer {
  mkdirSync(dirname(path), { recursive: true });
  const created = createExclusive(path);
  if (created) {
    log.info('vault.key-created', { provider: 'file' });
    return created;
  }
  const mode = statSync(path).mode & 0o777;
  if (platform !== 'win32' && (mode & 0o077) !== 0) {
    log.error('vault.key-file-too-open', { path, mode: mode.toString(8), fix: `chmod 600 ${path}` });
    throw new Error(
      `vault key file ${path} is readable by group/others (mode ${mode.toString(8)}); refusing to use it`,
    );
  }
  const key = readFileSync(path);
  if (key.length !== vaultKeyBytes) {
    log.error('vault.key-file-invalid', { path, bytes: key.length });
    throw new Error(`vault key file ${path} must hold ${vaultKeyBytes} bytes`);
  }
  return key;
}

/** 'wx': two processes starting at once cannot both create (and one overwrite) the key. */
function createExclusive(path: string): Buffer | null {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return null;
    }
    throw error;
  }
  const key = randomBytes(vaultKeyBytes);
  try {
    writeSync(fd, key);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return key;
}
