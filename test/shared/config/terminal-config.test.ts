import { describe, expect, it } from 'vitest';
import { demoConfigInput, demoVerifyUrl, parseTerminalConfig } from '../../../shared/config/terminal-config';
import { isValidNit, nitCheckDigit } from '../../../shared/domain/nit';

const valid = {
  terminalId: 'KIOSK-MED-01',
  role: 'member-kiosk',
  branch: { code: 'MED', name: 'Centro', city: 'Medellín' },
  brand: { name: 'Cooperativa X', nit: '900.123.456-8' },
};

function problemsOf(raw: unknown): string[] {
  const result = parseTerminalConfig(raw);
  return result.ok ? [] : result.problems.map((p) => p.message);
}

describe('terminal config', () => {
  it('accepts the demo defaults and fills role-dependent session timings', () => {
    const result = parseTerminalConfig(demoConfigInput);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.config.session).toEqual({ idleSeconds: 90, warningSeconds: 30, maxSessionMinutes: 15 });
      expect(result.config.pinKeypad.shuffle).toBe(true);
      expect(result.config.central.mode).toBe('demo');
      expect(result.config.printers.receipt.interface).toBe('virtual');
    }
  });

  it('gives teller workstations a 5-minute idle time and a fixed keypad', () => {
    const result = parseTerminalConfig({ ...valid, role: 'teller' });
    expect(result.ok && result.config.session.idleSeconds).toBe(300);
    expect(result.ok && result.config.pinKeypad.shuffle).toBe(false);
  });

  it('names the field and the problem for each mistake', () => {
    const problems = problemsOf({
      ...valid,
      role: 'kiosk',
      brand: { name: 'X', nit: '900.123.456-1' },
      printers: { receipt: { interface: 'lpt1:', paperWidthMm: 76 }, laser: { paper: 'legal' } },
      central: { mode: 'remote', url: 'http://central.example.com', credential: 'hunter2' },
      surprise: true,
    });
    const paths = problems.map((p) => /^[^\s:]+/.exec(p)?.[0]);
    expect(paths).toEqual(
      expect.arrayContaining([
        'role',
        'brand.nit',
        'printers.receipt.interface',
        'printers.receipt.paperWidthMm',
        'printers.laser.paper',
        '(root)',
      ]),
    );
    expect(problems.join('\n')).toContain('(root) has field(s) this version does not know: surprise.');
    expect(problems.some((p) => p.startsWith('central'))).toBe(true);
  });

  it('says each mistake as a plain sentence with its path and a rule for the screen, never the validator wording', () => {
    const result = parseTerminalConfig({
      ...valid,
      role: 'kiosk',
      terminalId: 7,
      session: { idleSeconds: 1.5, warningSeconds: 30, maxSessionMinutes: 15 },
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          path: 'role',
          rule: 'one-of',
          params: { values: 'member-kiosk, teller' },
          message: 'role must be one of: member-kiosk, teller.',
        },
        { path: 'terminalId', rule: 'type', params: { expected: 'string' }, message: 'terminalId must be text.' },
        expect.objectContaining({ path: 'session.idleSeconds', rule: 'integer' }),
      ]),
    );
    for (const p of problems) {
      expect(p.message).not.toMatch(/Invalid input|expected \w+, received/);
    }
    const missing = parseTerminalConfig({ ...valid, terminalId: undefined });
    expect(missing.ok ? null : missing.problems[0]).toMatchObject({ path: 'terminalId', rule: 'missing' });
  });

  it('refuses plain http to a remote centre but allows it on loopback', () => {
    const remote = (url: string) => ({
      ...valid,
      brand: { ...valid.brand, verifyUrl: 'https://verifica.coop.co/v' },
      central: { mode: 'remote', url, credential: 'env:COOP_KEY' },
    });
    expect(problemsOf(remote('http://central.coop.co/api')).join()).toContain('https');
    expect(problemsOf(remote('https://central.coop.co/api'))).toEqual([]);
    expect(problemsOf(remote('http://127.0.0.1:9000'))).toEqual([]);
  });

  it('needs a public https verification page with a remote centre, and defaults it on a demo terminal', () => {
    const central = { mode: 'remote', url: 'https://central.coop.co/api', credential: 'env:COOP_KEY' };
    expect(problemsOf({ ...valid, central })).toEqual([expect.stringMatching(/^brand.verifyUrl is required/)]);
    const withUrl = (verifyUrl: string) => ({ ...valid, brand: { ...valid.brand, verifyUrl }, central });
    expect(problemsOf(withUrl('http://verifica.coop.co/v')).join()).toContain('https');
    expect(problemsOf(withUrl('https://verifica.coop.co/v?x=1')).join()).toContain('https');
    const parsed = parseTerminalConfig(withUrl('https://verifica.coop.co/v/'));
    expect(parsed.ok && parsed.config.brand.verifyUrl).toBe('https://verifica.coop.co/v');
    const demo = parseTerminalConfig(valid);
    expect(demo.ok && demo.config.brand.verifyUrl).toBe(demoVerifyUrl);
    expect(demo.ok && demo.config.printers.laser.maxPages).toBe(30);
  });

  it('refuses a warning period longer than the idle time', () => {
    expect(problemsOf({ ...valid, session: { idleSeconds: 20, warningSeconds: 30, maxSessionMinutes: 5 } })[0]).toMatch(
      /^session.warningSeconds/,
    );
  });

  it('accepts the receipt interfaces the kiosk supports', () => {
    for (const iface of ['tcp://192.168.1.50:9100', 'printer:EPSON_TM_T20', 'virtual']) {
      expect(problemsOf({ ...valid, printers: { receipt: { interface: iface } } })).toEqual([]);
    }
  });
});

describe('NIT check digit', () => {
  it('matches published NITs', () => {
    expect(nitCheckDigit('890903938')).toBe(8);
    expect(isValidNit('890.903.938-8')).toBe(true);
    expect(isValidNit('890903938-8')).toBe(true);
    expect(isValidNit('890903938-7')).toBe(false);
    expect(isValidNit('not a nit')).toBe(false);
  });
});
