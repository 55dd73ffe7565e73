import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/*
 * `npm run security`: Electronegativity over the main-process and preload
 * sources, failing on any HIGH finding. Its CLI always exits 0 and its CSV
 * severities are unreliable, so the programmatic API is used instead. It
 * parses TypeScript itself (Babel's typescript plugin), so the sources are
 * scanned directly rather than the esbuild output, which keeps file names and
 * line numbers meaningful.
 */

interface Finding {
  readonly id: string;
  readonly file: string;
  readonly location: { readonly line: number; readonly column: number };
  readonly severity: { readonly name: string };
  readonly confidence: { readonly name: string };
  readonly description: string;
  readonly manualReview?: boolean;
}

type Run = (
  options: Record<string, unknown>,
) => Promise<{ issues: Finding[]; errors: { file: string; message: string; tolerable: boolean }[] }>;

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const electronegativity = require('@doyensec/electronegativity') as Run | { default: Run };
const run = typeof electronegativity === 'function' ? electronegativity : electronegativity.default;
const electronVersion = (
  JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
).version;

// An optional folder argument checks something else (e.g. proving the gate fails on a bad sample).
const input = resolve(process.argv[2] ?? join(root, 'electron'));

const { issues, errors } = await run({
  input,
  // The electron/ folder has no package.json to read the version from.
  electronVersionOverride: electronVersion,
  // It fetches release data from the internet; offline it only slows the run down.
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  output: undefined,
  isSarif: false,
  customScan: [],
  severitySet: undefined,
  confidenceSet: undefined,
  isRelative: true,
  parserPlugins: [],
});

for (const error of errors) {
  process.stdout.write(`parse-${error.tolerable ? 'warning' : 'error'} ${error.file}: ${error.message}\n`);
}
for (const issue of issues) {
  const review = issue.manualReview ? ' (manual review)' : '';
  process.stdout.write(
    `${issue.severity.name} ${issue.confidence.name} ${issue.id} ${issue.file}:${issue.location.line}:${issue.location.column} ${issue.description}${review}\n`,
  );
}
const high = issues.filter((issue) => issue.severity.name === 'HIGH');
const unparsed = errors.filter((error) => !error.tolerable);
process.stdout.write(
  `electronegativity ${electronVersion}: ${issues.length} findings, ${high.length} HIGH, ${unparsed.length} files not parsed\n`,
);
// A file it cannot parse is a file it did not check: that fails the gate too.
process.exit(high.length > 0 || unparsed.length > 0 ? 1 : 0);
