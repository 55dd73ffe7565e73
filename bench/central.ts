import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoCentral, terminalKeyFor } from '../electron/demo-central/server';
import { median, report } from './lib';

/*
 * Centre figures (issue [6]): what a failed sign-in costs, for an unknown
 * document (the baseline), a real one, and a real one holding a temporary
 * code from "Olvidé mi clave". Medians of 30, measured round-robin so that
 * load on the machine falls on the three alike. Equal medians mean the
 * answer time tells nothing about the document.
 */
const rounds = 30;

export async function centralBench(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'coopkiosk-bench-central-'));
  const central = await startDemoCentral({
    dataDir,
    port: 0,
    terminalKey: 'bench',
    loginsPerMinute: 10_000,
    triesPerDocument: 10_000,
  });
  const headers = {
    'x-terminal-id': 'BENCH-01',
    'x-terminal-key': terminalKeyFor('bench', 'BENCH-01'),
    'content-type': 'application/json',
  };
  const post = async (path: string, body: unknown): Promise<number> => {
    const started = performance.now();
    const res = await fetch(`${central.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    await res.arrayBuffer();
    return performance.now() - started;
  };
  try {
    await post('/v1/auth/pin/forgot', { docType: 'CC', docNumber: '1010101010' });
    const cases = {
      'unknown document': { docType: 'CC', docNumber: '55555555', secret: '0000' },
      'real document': { docType: 'CC', docNumber: '79111222', secret: '0000' },
      'real document with a temporary code': { docType: 'CC', docNumber: '1010101010', secret: '0000' },
    };
    const times = new Map<string, number[]>(Object.keys(cases).map((k) => [k, []]));
    for (let round = 0; round < rounds; round += 1) {
      for (const [name, body] of Object.entries(cases)) {
        times.get(name)?.push(await post('/v1/auth/login', body));
      }
    }
    const baseline = median(times.get('unknown document') ?? []);
    for (const [name, values] of times) {
      report(
        `failed sign-in, ${name} (median of ${rounds})`,
        median(values),
        'ms',
        name === 'unknown document' ? 'baseline' : `${(median(values) / baseline).toFixed(3)}× the unknown document`,
      );
    }
  } finally {
    await central.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
