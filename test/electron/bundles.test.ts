import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personas, staffPersonas } from '../../electron/demo-central/personas';
import { buildElectronBundles, demoCentralChunk } from '../../scripts/electron-bundles';

const root = resolve(import.meta.dirname, '../..');

describe('Electron bundles', () => {
  let outdir: string;
  const read = (file: string): string => readFileSync(join(outdir, file), 'utf8');

  beforeAll(async () => {
    // Inside the repository, so the bundles resolve their external dependencies from node_modules.
    outdir = mkdtempSync(join(root, 'node_modules', '.coopkiosk-bundles-'));
    await buildElectronBundles(root, outdir);
  }, 60_000);
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('main.cjs holds no persona, no demo PIN or password: the demo central is a chunk of its own', () => {
    const main = read('main.cjs');
    const secrets = [
      ...personas.flatMap((p) => [p.firstName, p.lastName, p.docNumber, p.id]),
      ...staffPersonas.flatMap((s) => [s.username, s.password]),
    ];
    for (const secret of secrets) {
      expect(main, secret).not.toContain(secret);
    }
    expect(main).toContain(`require("./${demoCentralChunk}")`);
    expect(read(demoCentralChunk)).toContain('Begoña');
  });

  it('the demo chunk loads and starts nothing by itself', () => {
    const chunk = createRequire(import.meta.url)(join(outdir, demoCentralChunk)) as { startDemoCentral?: unknown };
    expect(typeof chunk.startDemoCentral).toBe('function');
  });

  it('the sandboxed preload ships the method list, not the schemas', () => {
    const preload = read('preload.cjs');
    expect(preload).toContain('auth.signIn');
    expect(preload).not.toMatch(/ZodError|safeParse/);
    expect(preload.length).toBeLessThan(10_000);
  });
});
