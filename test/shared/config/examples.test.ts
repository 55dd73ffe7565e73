import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTerminalConfig } from '../../../shared/config/terminal-config';

const dir = resolve(import.meta.dirname, '../../../build/config-examples');

describe('example configs shipped for IT', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  it('exist', () => expect(files.length).toBeGreaterThanOrEqual(3));
  for (const file of files) {
    it(`${file} is valid`, () => {
      const result = parseTerminalConfig(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      expect(result.ok ? [] : result.problems).toEqual([]);
    });
  }
});
