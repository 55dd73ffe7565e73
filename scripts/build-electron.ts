import { join, resolve } from 'node:path';
import { buildElectronBundles } from './electron-bundles';

/** `npm run build:electron`: the bundles of scripts/electron-bundles.ts into dist-electron/. */
const root = resolve(import.meta.dirname, '..');
const { files } = await buildElectronBundles(root, join(root, 'dist-electron'));
process.stdout.write(`built ${files.map((f) => join('dist-electron', f)).join(', ')}\n`);
