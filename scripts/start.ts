import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { electronBinaryPath } from './electron-binary';

/**
 * `npm start`: build, then run the kiosk in Electron with the embedded demo
 * central and virtual printers. Where Electron's binary is not installed
 * (it cannot be downloaded on every machine), say so and run the same
 * services in the browser host, opened in Chromium's kiosk mode.
 */
const root = resolve(import.meta.dirname, '..');
const passThrough = process.argv.slice(2);

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    process.exit(result.status ?? 1);
  }
}

run('npm', ['run', '--silent', 'build:renderer']);
const electron = electronBinaryPath(root);
if (electron) {
  run('npm', ['run', '--silent', 'build:electron']);
  const child = spawn(electron, ['.', ...passThrough], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    "Electron's binary is not installed here (node_modules/electron/dist is missing: it is downloaded on first use, " +
      "which needs access to Electron's release host).\nStarting the same kiosk in the browser host instead: " +
      'open the URL below in Chromium, or it opens by itself when Chromium is installed.',
  );
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/browser-host/cli.ts', '--open', ...passThrough], {
    cwd: root,
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal));
  }
}
