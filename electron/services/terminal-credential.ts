import { FileRefused, readRegularFile } from './regular-file';

const maxCredentialBytes = 4_096;

/**
 * Resolves the config's credential reference (`env:NAME` or `file:/path`) to
 * the secret. The secret never sits in the config file and never reaches the
 * renderer.
 */
export function readTerminalCredential(
  reference: string,
  env: Readonly<Record<string, string | undefined>>,
): { readonly ok: true; readonly key: string } | { readonly ok: false; readonly message: string } {
  if (reference.startsWith('env:')) {
    const name = reference.slice(4);
    const value = env[name]?.trim();
    return value ? { ok: true, key: value } : { ok: false, message: `environment variable ${name} is not set` };
  }
  const path = reference.slice('file:'.length);
  try {
    const value = readRegularFile(path, maxCredentialBytes).toString('utf8').trim();
    return value ? { ok: true, key: value } : { ok: false, message: `credential file ${path} is empty` };
  } catch (error) {
    return {
      ok: false,
      message: `credential file ${path} ${error instanceof FileRefused ? error.message : 'cannot be read'}`,
    };
  }
}
