/**
 * npm run screens: builds the kiosk and walks every screen of every flow at
 * 1920×1080, 1280×1024 and 1080×1920 (the layout e2e), saving a screenshot of
 * each into docs/screens/ so a reviewer can see the product without running it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const out = resolve('docs/screens');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void => {
  const result = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (result.status !== 0) {
    process.exit(result.status ?? 1);
  }
};
run('npm', ['run', 'build']);
run('npx', ['playwright', 'test', 'test/e2e/layout.spec.ts', '--workers=1'], {
  ...process.env,
  COOPKIOSK_SCREENS_DIR: out,
});
const shots = readdirSync(out, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.png'))
  .sort();
const lines = [
  '# Screens',
  '',
  'Every screen of every flow at the three terminal sizes, written by `npm run screens` (the layout e2e',
  '`test/e2e/layout.spec.ts`, which also asserts that no screen scrolls and every control is in view).',
  '',
  ...shots.map((f) => `- [${f}](${f.split('\\').join('/')})`),
  '',
];
writeFileSync(join(out, 'README.md'), lines.join('\n'));
console.log(`${shots.length} screenshots in docs/screens/`);
