import { plainProblem } from '../../shared/config/config-problems';
import { lstatSync } from 'node:fs';
import { dirname, extname, isAbsolute, resolve } from 'node:path';
import {
  demoConfigInput,
  parseTerminalConfig,
  type ConfigProblem,
  type TerminalConfig,
} from '../../shared/config/terminal-config';
import { FileRefused, readRegularFile } from './regular-file';

export type LoadedConfig =
  | { readonly ok: true; readonly config: TerminalConfig; readonly source: string; readonly logoDataUrl: string | null }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[]; readonly source: string };

const maxConfigBytes = 256 * 1024;
const maxLogoBytes = 512 * 1024;
const logoTypes: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};

/**
 * Reads and validates the terminal config. A missing file at the OS default
 * location means "demo terminal"; a missing file that was named explicitly,
 * unreadable JSON or a schema violation yields problems for the
 * out-of-service screen instead of a throw, so the kiosk never crash-loops.
 */
export function loadTerminalConfig(path: string, explicit: boolean): LoadedConfig {
  if (!exists(path)) {
    if (explicit) {
      return { ok: false, source: path, problems: [plainProblem('(file)', 'file', `config file not found: ${path}`)] };
    }
    return withLogo(parseTerminalConfig(demoConfigInput), 'demo defaults', null);
  }
  let text: string;
  try {
    text = readRegularFile(path, maxConfigBytes).toString('utf8');
  } catch (error) {
    const why = error instanceof FileRefused ? error.message : 'cannot be read';
    return { ok: false, source: path, problems: [plainProblem('(file)', 'file', `config file ${path} ${why}`)] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      source: path,
      problems: [plainProblem('(file)', 'file', `config file ${path} is not valid JSON: ${(error as Error).message}`)],
    };
  }
  return withLogo(parseTerminalConfig(raw), path, dirname(path));
}

function withLogo(
  parsed: ReturnType<typeof parseTerminalConfig>,
  source: string,
  baseDir: string | null,
): LoadedConfig {
  if (!parsed.ok) {
    return { ok: false, source, problems: parsed.problems };
  }
  const logo = parsed.config.brand.logo;
  if (logo === undefined) {
    return { ok: true, config: parsed.config, source, logoDataUrl: null };
  }
  const logoPath = isAbsolute(logo) || baseDir === null ? logo : resolve(baseDir, logo);
  const type = logoTypes[extname(logoPath).toLowerCase()];
  if (!type) {
    return {
      ok: false,
      source,
      problems: [
        plainProblem('brand.logo', 'format', 'brand.logo must be a .png, .svg or .jpg file.', {
          format: 'png-svg-jpg',
        }),
      ],
    };
  }
  try {
    const data = readRegularFile(logoPath, maxLogoBytes);
    return { ok: true, config: parsed.config, source, logoDataUrl: `data:${type};base64,${data.toString('base64')}` };
  } catch (error) {
    const why = error instanceof FileRefused ? error.message : 'cannot be read';
    return { ok: false, source, problems: [plainProblem('brand.logo', 'file', `logo file ${logoPath} ${why}`)] };
  }
}

/** Something is at the path (a dangling link counts: reading it then says what is wrong). */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
