import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTerminalConfig } from '../../../electron/services/config-loader';
import { defaultConfigPath, resolveConfigPath } from '../../../electron/services/config-path';
import { readTerminalCredential } from '../../../electron/services/terminal-credential';

const dir = mkdtempSync(join(tmpdir(), 'coopkiosk-config-'));
const base = {
  terminalId: 'KIOSK-MED-01',
  role: 'teller',
  branch: { code: 'MED', name: 'Centro', city: 'Medellín' },
  brand: { name: 'Cooperativa X', nit: '900.123.456-8' },
};

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('loadTerminalConfig', () => {
  it('falls back to the demo when the OS default file does not exist', () => {
    const loaded = loadTerminalConfig(join(dir, 'absent.json'), false);
    expect(loaded.ok && loaded.source).toBe('demo defaults');
  });

  it('reports a missing file that was named explicitly', () => {
    const loaded = loadTerminalConfig(join(dir, 'absent.json'), true);
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.problems[0]?.message).toContain('not found');
  });

  it('reports broken JSON with the parser message', () => {
    const loaded = loadTerminalConfig(write('broken.json', '{"terminalId": '), true);
    expect(!loaded.ok && loaded.problems[0]).toMatchObject({ path: '(file)', rule: 'file' });
    expect(!loaded.ok && loaded.problems[0]?.message).toMatch(/broken\.json is not valid JSON/);
  });

  it('reads a file with a byte-order mark and embeds the logo as a data URL', () => {
    write('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const path = write('ok.json', `\uFEFF${JSON.stringify({ ...base, brand: { ...base.brand, logo: 'logo.svg' } })}`);
    const loaded = loadTerminalConfig(path, true);
    expect(loaded.ok).toBe(true);
    expect(loaded.ok && loaded.logoDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it('names brand.logo when the logo cannot be read or is of the wrong type', () => {
    const missing = loadTerminalConfig(
      write('nologo.json', JSON.stringify({ ...base, brand: { ...base.brand, logo: 'nope.png' } })),
      true,
    );
    expect(!missing.ok && missing.problems[0]?.path).toBe('brand.logo');
    const wrongType = loadTerminalConfig(
      write('gif.json', JSON.stringify({ ...base, brand: { ...base.brand, logo: 'x.gif' } })),
      true,
    );
    expect(!wrongType.ok && wrongType.problems[0]?.message).toContain('.png');
  });
});

describe('resolveConfigPath', () => {
  it('prefers --config, then COOPKIOSK_CONFIG, then the OS default', () => {
    expect(resolveConfigPath(['--config', '/a.json'], { COOPKIOSK_CONFIG: '/b.json' }, 'linux')).toEqual({
      path: '/a.json',
      explicit: true,
    });
    expect(resolveConfigPath(['--config=/c.json'], {}, 'linux')).toEqual({ path: '/c.json', explicit: true });
    expect(resolveConfigPath([], { COOPKIOSK_CONFIG: '/b.json' }, 'linux')).toEqual({
      path: '/b.json',
      explicit: true,
    });
    expect(resolveConfigPath([], {}, 'linux')).toEqual({ path: '/etc/coopkiosk/terminal.json', explicit: false });
  });

  it('knows each OS default location', () => {
    expect(defaultConfigPath('win32', { PROGRAMDATA: 'D:\\PD' })).toBe('D:\\PD\\CoopKiosk\\terminal.json');
    expect(defaultConfigPath('darwin', {})).toBe('/Library/Application Support/CoopKiosk/terminal.json');
  });
});

describe('readTerminalCredential', () => {
  it('reads env: and file: references and says precisely what is missing', () => {
    expect(readTerminalCredential('env:COOP_KEY', { COOP_KEY: ' s3cret ' })).toEqual({ ok: true, key: 's3cret' });
    expect(readTerminalCredential('env:COOP_KEY', {})).toEqual({
      ok: false,
      message: 'environment variable COOP_KEY is not set',
    });
    expect(readTerminalCredential(`file:${write('key.txt', 'abc\n')}`, {})).toEqual({ ok: true, key: 'abc' });
    const missing = readTerminalCredential(`file:${join(dir, 'nokey')}`, {});
    expect(!missing.ok && missing.message).toContain('ENOENT');
  });
});

describe('files IT points the kiosk at are checked before they are read', () => {
  const problem = (loaded: ReturnType<typeof loadTerminalConfig>): string =>
    loaded.ok ? '' : loaded.problems.map((p) => p.message).join('; ');

  it.runIf(process.platform !== 'win32')('a FIFO where the config should be is refused at once, not waited on', () => {
    const fifo = join(dir, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    const loaded = loadTerminalConfig(fifo, true);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(problem(loaded)).toBe(`config file ${fifo} is not a regular file (a device, FIFO, socket or folder)`);
  });

  it.runIf(process.platform !== 'win32')('a link to /dev/zero (config or logo) is refused without reading it', () => {
    const zero = join(dir, 'zero.json');
    symlinkSync('/dev/zero', zero);
    expect(problem(loadTerminalConfig(zero, true))).toContain('is not a regular file');
    const logo = join(dir, 'zero.png');
    symlinkSync('/dev/zero', logo);
    const config = write(
      'with-zero-logo.json',
      JSON.stringify({ ...base, brand: { ...base.brand, logo: 'zero.png' } }),
    );
    expect(problem(loadTerminalConfig(config, true))).toMatch(/^logo file .*zero\.png is not a regular file/);
    const credential = join(dir, 'zero.key');
    symlinkSync('/dev/zero', credential);
    expect(readTerminalCredential(`file:${credential}`, {})).toEqual({
      ok: false,
      message: `credential file ${credential} is not a regular file (a device, FIFO, socket or folder)`,
    });
  });

  it('a folder, an oversized file and a dangling link are each said plainly', () => {
    expect(problem(loadTerminalConfig(dir, true))).toContain('is not a regular file');
    const big = write('big.json', Buffer.alloc(300 * 1024, 32));
    expect(problem(loadTerminalConfig(big, true))).toContain('is larger than 262144 bytes');
    const dangling = join(dir, 'dangling.json');
    symlinkSync(join(dir, 'nowhere.json'), dangling);
    expect(problem(loadTerminalConfig(dangling, false))).toContain('cannot open (ENOENT)');
  });

  it('the receipt printer TCP port must be 1-65535', () => {
    const withPort = (port: number) =>
      write(
        `port-${port}.json`,
        JSON.stringify({ ...base, printers: { receipt: { interface: `tcp://10.0.0.5:${port}` } } }),
      );
    expect(problem(loadTerminalConfig(withPort(0), true))).toContain(
      'printers.receipt.interface: the TCP port must be 1-65535',
    );
    expect(problem(loadTerminalConfig(withPort(99999), true))).toContain('the TCP port must be 1-65535');
    expect(loadTerminalConfig(withPort(9100), true).ok).toBe(true);
  });
});
