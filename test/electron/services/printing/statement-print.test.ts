import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { statementSha256 } from '../../../../electron/services/printing/document-hash';
import { expectEveryMovement, pdfText, popplerAvailable } from './laser/pdf-tools';
import { printRig, via, type PrintRig } from './print-rig';

const period = { from: '2026-05-01', to: '2026-10-31' };

describe('print.statement and print.preview as Laura (demo central on 127.0.0.1)', { timeout: 60_000 }, () => {
  let rig: PrintRig;
  beforeAll(async () => {
    rig = await printRig();
    await rig.signIn('1010101010', '4719');
  });
  afterAll(() => rig.close());

  it('prints on the laser printer with a code the centre registered for the same hash', async () => {
    const result = await rig.handlers.print.statement({ ...period, target: 'laser', locale: 'es-CO' }, via);
    if (!result.ok) {
      throw new Error(`${result.error.code}: ${result.error.message}`);
    }
    const { verificationCode, pages, virtualCopy } = result.value;
    expect(result.value).toMatchObject({ outcome: 'printed', target: 'laser' });
    expect(verificationCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(pages).toBeGreaterThan(0);
    expect(virtualCopy?.previewLines).toContain('Laura Gómez Restrepo · CC ******1010');
    expect(JSON.stringify(result.value)).not.toContain(rig.dataDir);

    const [document] = rig.laserDocs;
    expect(document?.verification).toEqual({
      code: verificationCode,
      url: `https://verifica.coopdemo.com.co/v/${verificationCode}`,
    });
    expect(document?.member).toEqual({ fullName: 'Laura Gómez Restrepo', documentMasked: 'CC ******1010' });
    expect(document?.branch.name).toBe('Sede Centro');
    const verified = await rig.central.verifyDocument(verificationCode);
    expect(verified.ok && verified.value).toMatchObject({
      valid: true,
      kind: 'statement',
      period: '2026-05-01/2026-10-31',
      sha256: statementSha256(document!),
    });

    if (popplerAvailable) {
      const dir = join(rig.dataDir, 'virtual-printer');
      const text = pdfText(join(dir, readdirSync(dir)[0] ?? ''));
      expect(text).toContain('Laura Gómez Restrepo');
      expect(text).toContain('Periodo: 01/05/2026 a 31/10/2026');
      expect(text).toContain(`Código de verificación ${verificationCode}`);
      expect(text).toMatch(/Cuota \d+ de 36/);
      expectEveryMovement(text, document!);
    }
  });

  it('reports paper out in the middle of a receipt as print-failed, never as printed', async () => {
    rig.receipt.outcome = { ok: false, state: 'paper-out', reason: 'paper end during job' };
    const result = await rig.handlers.print.statement({ ...period, target: 'receipt', locale: 'es-CO' }, via);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({
      code: 'print-failed',
      details: { state: 'paper-out', target: 'receipt' },
    });
    expect(rig.receipt.printed).toHaveLength(1);
    rig.receipt.outcome = { ok: true, pages: 40, virtualCopy: null };
  });

  it('refuses a printer that is not ready before registering any code', async () => {
    rig.receipt.state = 'offline';
    const issue = vi.spyOn(rig.central, 'issueDocument');
    try {
      const result = await rig.handlers.print.statement({ ...period, target: 'receipt', locale: 'es-CO' }, via);
      expect(!result.ok && result.error).toMatchObject({ code: 'printer-unavailable', details: { state: 'offline' } });
      expect(issue).not.toHaveBeenCalled();
    } finally {
      issue.mockRestore();
      rig.receipt.state = 'ready';
    }
  });

  it('previews a draft without registering a code, and says it is a draft', async () => {
    const issue = vi.spyOn(rig.central, 'issueDocument');
    try {
      const laser = await rig.handlers.print.preview({ ...period, target: 'laser', locale: 'es-CO' }, via);
      expect(laser.ok && laser.value.pages).toBeGreaterThan(0);
      expect(laser.ok && laser.value.lines).toContain('BORRADOR — el código de verificación se asigna al imprimir');
      // The draft PDF itself, for the screen to draw page 1.
      const pdf = Buffer.from((laser.ok && laser.value.pdfBase64) || '', 'base64');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      if (popplerAvailable) {
        expect(pdfText(new Uint8Array(pdf))).toContain('BORRADOR — el código de verificación se asigna al imprimir');
      }
      expect(JSON.stringify(laser)).not.toContain('PENDIENTE');
      const receipt = await rig.handlers.print.preview({ ...period, target: 'receipt', locale: 'es-CO' }, via);
      expect(receipt).toEqual({
        ok: true,
        value: { lines: ['Laura Gómez Restrepo', 'Código ninguno (borrador)'] },
      });
      expect(issue).not.toHaveBeenCalled();
    } finally {
      issue.mockRestore();
    }
  });

  it('reports both printers fresh, and a device that does not answer as unknown', async () => {
    expect(await rig.handlers.print.status(undefined, via)).toEqual({
      ok: true,
      value: {
        receipt: { kind: 'tcp', state: 'ready', virtual: false },
        laser: { kind: 'virtual', state: 'ready', virtual: true },
      },
    });
    const hang = vi.spyOn(rig.receipt, 'status').mockReturnValue(new Promise(() => undefined));
    try {
      const status = await rig.handlers.print.status(undefined, via);
      expect(status.ok && status.value.receipt.state).toBe('unknown');
    } finally {
      hang.mockRestore();
    }
  });
});

describe('the page cap of a laser statement (printers.laser.maxPages)', { timeout: 60_000 }, () => {
  let rig: PrintRig;
  beforeAll(async () => {
    rig = await printRig({ maxPages: 2 });
    await rig.signIn('1010101010', '4719');
  });
  afterAll(() => rig.close());

  it('refuses the preview and the print with too-many-pages, the pages and the cap, and prints nothing', async () => {
    const preview = await rig.handlers.print.preview({ ...period, target: 'laser', locale: 'es-CO' }, via);
    expect(preview.ok).toBe(false);
    const error = !preview.ok ? preview.error : null;
    expect(error).toMatchObject({ code: 'too-many-pages', details: { maxPages: 2, target: 'laser' } });
    expect(error?.details?.['pages']).toBeGreaterThan(2);

    const printed = await rig.handlers.print.statement({ ...period, target: 'laser', locale: 'es-CO' }, via);
    expect(!printed.ok && printed.error).toMatchObject({
      code: 'too-many-pages',
      details: { pages: error?.details?.['pages'], maxPages: 2, target: 'laser' },
    });
    expect(!printed.ok && printed.error.details?.['verificationCode']).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(readdirSync(rig.dataDir)).not.toContain('virtual-printer');

    // The receipt has no page cap.
    const receipt = await rig.handlers.print.preview({ ...period, target: 'receipt', locale: 'es-CO' }, via);
    expect(receipt.ok).toBe(true);
  });
});

describe('the paper language of a print request', { timeout: 60_000 }, () => {
  let rig: PrintRig;
  beforeAll(async () => {
    rig = await printRig();
    await rig.signIn('1010101010', '4719');
  });
  afterAll(() => rig.close());

  it('reaches the printed document and the laser preview, the centre’s data unchanged', async () => {
    const printed = await rig.handlers.print.statement({ ...period, target: 'receipt', locale: 'en' }, via);
    expect(printed.ok).toBe(true);
    const document = rig.receipt.printed.at(-1);
    expect(document?.locale).toBe('en');
    expect(document?.member.fullName).toBe('Laura Gómez Restrepo');

    const preview = await rig.handlers.print.preview({ ...period, target: 'laser', locale: 'en' }, via);
    const lines = preview.ok ? preview.value.lines : [];
    expect(lines).toContain('DRAFT — the verification code is assigned when printing');
    expect(lines.some((l) => l.startsWith('Account statement: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('Share contributions: $ '))).toBe(true);
  });
});
