import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { centralBench } from './central';
import { financeBench } from './finance';
import { foundationBench } from './foundation';
import { launchChromium } from './lib';
import { loggingBench } from './logging';
import { outboxBench } from './outbox';
import { pdfBench } from './pdf';
import { receiptBench } from './receipt';
import { signInBench } from './sign-in';
import { simulatorBench } from './simulator';
import { statementBench } from './statement';

/**
 * `npm run bench [-- SECTION ...]`: the figures the issues ask for, each next
 * to a baseline measured in the same run. Prints `name: value unit` lines.
 * With section names (foundation, sign-in, statement, central, outbox,
 * receipt, logging, pdf, finance, simulator) only those run.
 */
const sections: readonly [string, string, (browser: Browser) => Promise<void>][] = [
  ['foundation', 'foundation', foundationBench],
  ['sign-in', 'sign-in', signInBench],
  ['statement', 'statement screen', statementBench],
  ['central', 'central', () => centralBench()],
  ['outbox', 'outbox', outboxBench],
  ['receipt', 'receipt', () => receiptBench()],
  ['logging', 'logging', loggingBench],
  ['pdf', 'statement PDF', pdfBench],
  ['finance', 'finance', () => Promise.resolve(financeBench())],
  ['simulator', 'simulators', simulatorBench],
];
const only = process.argv.slice(2);
const root = resolve(import.meta.dirname, '..');
execFileSync('npm', ['run', '--silent', 'build:renderer'], { cwd: root, stdio: 'inherit' });
const browser = await launchChromium();
try {
  for (const [id, title, run] of sections) {
    if (only.length === 0 || only.includes(id)) {
      console.log(`# ${title}`);
      await run(browser);
    }
  }
} finally {
  await browser.close();
}
