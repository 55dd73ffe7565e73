/** Where the vault's 32-byte AES key comes from: a 0600 file (browser host) or Electron's safeStorage. */
export interface KeyProvider {
  /** For the log: "file", "safe-storage". */
  readonly name: string;
  /** Creates the key on first use; rejects when the key cannot be trusted or read. */
  getKey(): Promise<Buffer>;
}

export const vaultKeyBytes = 32;
