import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildCentralOpenApi, stableStringify } from '../shared/contract/central/openapi';

/**
 * npm run contract          writes docs/central-api.openapi.json
 * npm run contract -- --check  exits 1 when the committed file is stale
 */
const target = resolve(import.meta.dirname, '..', 'docs', 'central-api.openapi.json');
const fresh = stableStringify(buildCentralOpenApi());

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // Missing counts as stale.
  }
  if (current !== fresh) {
    process.stderr.write('docs/central-api.openapi.json is stale: run `npm run contract` and commit the result.\n');
    process.exit(1);
  }
  process.stdout.write('docs/central-api.openapi.json is up to date.\n');
} else {
  writeFileSync(target, fresh);
  process.stdout.write(`wrote ${target}\n`);
}
