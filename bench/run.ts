import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { foundationBench } from './foundation';
import { outboxBench } from './outbox';
import { receiptBench } from './receipt';
import { signInBench } from './sign-in';
import { statementBench } from './statement';
import { launchChromium } from './lib';
import { pdfBench } from './pdf';

/**
 * `npm run bench`: the figures the issues ask for, each next to a baseline
 * measured in the same run. Prints `name: value unit` lines.
 */
const root = resolve(import.meta.dirname, '..');
execFileSync('npm', ['run', '--silent', 'build:renderer'], { cwd: root, stdio: 'inherit' });
const browser = await launchChromium();
try {
  console.log('# foundation');
  await foundationBench(browser);
  console.log('# sign-in');
  await signInBench(browser);
  console.log('# statement screen');
  await statementBench(browser);
  console.log('# outbox');
  await outboxBench(browser);
  console.log('# receipt');
  await receiptBench();
  console.log('# statement PDF');
  await pdfBench(browser);
} finally {
  await browser.close();
}
