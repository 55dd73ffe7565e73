import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { foundationBench } from './foundation';
import { launchChromium } from './lib';

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
} finally {
  await browser.close();
}
