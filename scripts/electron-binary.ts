import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where Electron's binary is, found WITHOUT `require('electron')`: that call
 * downloads the binary on first use, which fails on machines that only reach
 * the npm registry.
 */
export function electronBinaryPath(root = resolve(import.meta.dirname, '..')): string | null {
  const pkg = join(root, 'node_modules/electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) {
    return null;
  }
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
