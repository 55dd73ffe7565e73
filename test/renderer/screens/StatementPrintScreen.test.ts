import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrintStatus } from '../../../shared/contract/kiosk-print';
import { fail, ok } from '../../../shared/result';
import { failureMessageKey } from '../../../renderer/domain/print-messages';
import type { OutboxService } from '../../../renderer/outbox/service';
import { setCurrentOutbox } from '../../../renderer/outbox/instance';
import StatementPrintScreen from '../../../renderer/screens/StatementPrintScreen.vue';
import { kiosk } from '../support/bridge-mock';
import { demoInfo } from '../support/fixtures';
import { buttonNamed } from '../support/keypad';
import { mountWithApp } from '../support/mount';
import { lauraSession } from '../support/session';

vi.mock('../../../renderer/bridge', () => import('../support/bridge-mock'));

/** pdf.js stand-in: happy-dom has no canvas drawing, so the test checks the calls and the fallback. */
const pdfjs = vi.hoisted(() => {
  const state = {
    failNext: false,
    rendered: null as unknown as ReturnType<typeof vi.fn>,
    getDocument: null as unknown as ReturnType<typeof vi.fn>,
  };
  return state;
});
vi.mock('pdfjs-dist', () => {
  pdfjs.rendered = vi.fn(() => ({ promise: Promise.resolve() }));
  pdfjs.getDocument = vi.fn(() => {
    const failing = pdfjs.failNext;
    pdfjs.failNext = false;
    const page = { getViewport: () => ({ width: 612, height: 792 }), render: pdfjs.rendered };
    return {
      promise: failing
        ? Promise.reject(new Error('bad pdf'))
        : Promise.resolve({ getPage: () => Promise.resolve(page) }),
      destroy: () => Promise.resolve(),
    };
  });
  return { GlobalWorkerOptions: { workerSrc: '' }, getDocument: pdfjs.getDocument };
});

const period = { from: '2025-10-16', to: '2026-01-15' };
const enqueue = vi.fn();

function printers(receipt: PrintStatus['receipt']['state'], laser: PrintStatus['laser']['state']): PrintStatus {
  return {
    receipt: { kind: 'tcp', state: receipt, virtual: false },
    laser: { kind: 'spooler', state: laser, virtual: false },
  };
}

async function mountPrint(emailMasked: string | null = 'l*****@e******.com') {
  const session = lauraSession();
  const mounted = await mountWithApp(StatementPrintScreen, {
    stubActions: false,
    path: '/estado-de-cuenta/imprimir',
    initialState: {
      session: { session: { ...session, member: { ...session.member, emailMasked } } },
      terminal: { info: demoInfo({ terminalId: 'TEST-KIOSK-07' }) },
      statement: { period, periodId: 'last-3' },
    },
  });
  await flushPromises();
  return mounted;
}

const step = (wrapper: Awaited<ReturnType<typeof mountPrint>>['wrapper']) =>
  wrapper.get('[data-step]').attributes('data-step');
const optionLabels = (wrapper: Awaited<ReturnType<typeof mountPrint>>['wrapper']) =>
  wrapper.findAll('.print-option__label').map((o) => o.text());

describe('print flow', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    enqueue.mockResolvedValue(ok({ id: '0190a0b0-0000-7000-8000-000000000001', sequence: 1 }));
    setCurrentOutbox({ enqueue } as unknown as OutboxService);
    kiosk.print.preview.mockResolvedValue(ok({ lines: ['COOPERATIVA DEMO', 'Asociado(a): Laura Gómez Restrepo'] }));
  });
  afterEach(() => {
    setCurrentOutbox(null);
    document.body.innerHTML = '';
  });

  it('offers only printers that are ready or low on paper', async () => {
    kiosk.print.status.mockResolvedValue(ok(printers('ready', 'offline')));
    const { wrapper } = await mountPrint();
    expect(step(wrapper)).toBe('choose');
    expect(optionLabels(wrapper)).toEqual(['Recibo']);
    // The e-mail is a choice next to the printers, with the masked address on the button.
    expect(buttonNamed(wrapper, 'Enviar a mi correo (l*****@e******.com)').exists()).toBe(true);
    document.body.innerHTML = '';

    kiosk.print.status.mockResolvedValue(ok(printers('paper-out', 'paper-near-end')));
    const second = await mountPrint();
    expect(optionLabels(second.wrapper)).toEqual(['Hoja carta']);
    expect(second.wrapper.text()).toContain('Queda poco papel.');
  });

  it('with no printer ready it says so and offers the e-mail, masked; sending queues a sealed statement.email', async () => {
    kiosk.print.status.mockResolvedValue(ok(printers('paper-out', 'offline')));
    const { wrapper } = await mountPrint();
    expect(optionLabels(wrapper)).toEqual([]);
    expect(wrapper.get('[role="alert"]').text()).toBe('En este momento no hay impresoras disponibles.');
    expect(wrapper.text()).toContain(
      'Lo enviaremos a l*****@e******.com, con el estado de cuenta completo en PDF; se abre con su número de documento.',
    );
    await buttonNamed(wrapper, 'Enviar a mi correo (l*****@e******.com)').trigger('click');
    await flushPromises();
    expect(enqueue).toHaveBeenCalledExactlyOnceWith(
      'statement.email',
      'member:q7Xr2Lk9Vb3Nw8Tz',
      { memberId: 'M-0001', from: period.from, to: period.to },
      { personal: true },
    );
    expect(step(wrapper)).toBe('emailed');
    expect(wrapper.text()).toContain('Le enviaremos el estado de cuenta a su correo registrado.');
  });

  it('without a registered e-mail it points to a teller', async () => {
    kiosk.print.status.mockResolvedValue(ok(printers('offline', 'offline')));
    const { wrapper } = await mountPrint(null);
    expect(wrapper.text()).toContain('actualice sus datos con un asesor');
    expect(wrapper.findAll('button').some((b) => b.text().startsWith('Enviar a mi correo'))).toBe(false);
  });

  it('receipt: preview on paper, print, the code and the virtual copy; a print.audit "printed" is queued', async () => {
    kiosk.print.status.mockResolvedValue(ok(printers('ready', 'ready')));
    kiosk.print.statement.mockResolvedValue(
      ok({
        outcome: 'printed',
        target: 'receipt',
        verificationCode: 'K7QF-92MD',
        pages: 40,
        virtualCopy: { previewLines: ['COPIA', 'K7QF-92MD'] },
      }),
    );
    const { wrapper } = await mountPrint();
    await wrapper.get('[data-target="receipt"]').trigger('click');
    await flushPromises();
    expect(step(wrapper)).toBe('preview');
    expect(kiosk.print.preview).toHaveBeenCalledWith({ ...period, target: 'receipt', locale: 'es-CO' });
    expect(wrapper.get('[data-testid="preview"] pre').text()).toContain('Asociado(a): Laura Gómez Restrepo');
    await buttonNamed(wrapper, 'Imprimir').trigger('click');
    await flushPromises();
    expect(step(wrapper)).toBe('printed');
    expect(wrapper.text()).toContain('Su estado de cuenta se imprimió');
    expect(wrapper.get('[data-testid="verification-code"]').text()).toBe('K7QF-92MD');
    expect(wrapper.get('[data-testid="virtual-copy"]').text()).toContain('COPIA');
    expect(enqueue).toHaveBeenCalledExactlyOnceWith(
      'print.audit',
      'member:q7Xr2Lk9Vb3Nw8Tz',
      {
        documentKind: 'statement',
        period: '2025-10-16/2026-01-15',
        printer: 'receipt',
        result: 'printed',
        errorCode: null,
        memberId: 'M-0001',
        terminalId: 'TEST-KIOSK-07',
        teller: null,
        verificationCode: 'K7QF-92MD',
      },
      { personal: true },
    );
  });

  it('paper out mid-job: says so in plain Spanish, nothing reported as printed, audit "failed", other options offered', async () => {
    kiosk.print.status
      .mockResolvedValueOnce(ok(printers('ready', 'ready')))
      .mockResolvedValue(ok(printers('paper-out', 'ready')));
    kiosk.print.statement.mockResolvedValue(
      fail('print-failed', 'paper end', { state: 'paper-out', target: 'receipt', verificationCode: 'ZZ12-34YX' }),
    );
    const { wrapper } = await mountPrint();
    await wrapper.get('[data-target="receipt"]').trigger('click');
    await flushPromises();
    await buttonNamed(wrapper, 'Imprimir').trigger('click');
    await flushPromises();
    expect(step(wrapper)).toBe('failed');
    expect(wrapper.get('[role="alert"]').text()).toContain('La impresora de recibos se quedó sin papel.');
    expect(wrapper.text()).not.toContain('Su estado de cuenta se imprimió');
    expect(wrapper.find('[data-testid="verification-code"]').exists()).toBe(false);
    expect(optionLabels(wrapper)).toEqual(['Hoja carta']);
    expect(wrapper.text()).toContain('Enviar a mi correo');
    expect(enqueue).toHaveBeenCalledExactlyOnceWith(
      'print.audit',
      'member:q7Xr2Lk9Vb3Nw8Tz',
      expect.objectContaining({
        result: 'failed',
        errorCode: 'print-failed:paper-out',
        printer: 'receipt',
        verificationCode: 'ZZ12-34YX',
      }),
      { personal: true },
    );
  });

  it('with printers ready, the e-mail can be chosen directly instead of printing', async () => {
    kiosk.print.status.mockResolvedValue(ok(printers('ready', 'ready')));
    const { wrapper } = await mountPrint();
    expect(optionLabels(wrapper)).toEqual(['Recibo', 'Hoja carta']);
    await buttonNamed(wrapper, 'Enviar a mi correo (l*****@e******.com)').trigger('click');
    await flushPromises();
    expect(step(wrapper)).toBe('emailed');
    expect(kiosk.print.preview).not.toHaveBeenCalled();
    expect(enqueue).toHaveBeenCalledWith('statement.email', expect.any(String), expect.any(Object), {
      personal: true,
    });
  });

  it('laser preview: page 1 of the draft PDF on a canvas when pdf.js can draw it, else the summary lines', async () => {
    kiosk.print.status.mockResolvedValue(ok(printers('ready', 'ready')));
    kiosk.print.preview.mockResolvedValue(
      ok({ lines: ['Estado de cuenta: 3 páginas en hoja carta'], pages: 3, pdfBase64: 'JVBERi0xLjMK' }),
    );
    const { wrapper } = await mountPrint();
    await wrapper.get('[data-target="laser"]').trigger('click');
    await flushPromises();
    await vi.waitFor(() => expect(wrapper.get('.laser-preview').attributes('data-state')).not.toBe('loading'));
    expect(pdfjs.getDocument).toHaveBeenCalledOnce();
    expect(pdfjs.rendered).toHaveBeenCalledOnce();
    expect(wrapper.get('.laser-preview').attributes('data-state')).toBe('rendered');
    expect(wrapper.find('.laser-preview canvas').attributes('aria-label')).toBe(
      'Primera página del estado de cuenta (borrador)',
    );
    expect(wrapper.find('.laser-preview__lines').exists()).toBe(false);
    expect(wrapper.get('[data-testid="preview-pages"]').text()).toBe('3 páginas');
    document.body.innerHTML = '';

    pdfjs.failNext = true;
    const second = await mountPrint();
    await second.wrapper.get('[data-target="laser"]').trigger('click');
    await flushPromises();
    await vi.waitFor(() => expect(second.wrapper.get('.laser-preview').attributes('data-state')).toBe('failed'));
    expect(second.wrapper.get('.laser-preview__lines').text()).toContain('Estado de cuenta: 3 páginas en hoja carta');
  });

  it('a statement over the page cap: a plain sentence with the pages and the cap, the e-mail and the receipt', async () => {
    kiosk.print.status.mockResolvedValue(ok(printers('ready', 'ready')));
    kiosk.print.preview.mockResolvedValue(
      fail('too-many-pages', '1120 pages, over the cap of 30', { pages: 1_120, maxPages: 30, target: 'laser' }),
    );
    const { wrapper } = await mountPrint();
    await wrapper.get('[data-target="laser"]').trigger('click');
    await flushPromises();
    expect(step(wrapper)).toBe('too-long');
    expect(wrapper.get('[data-testid="too-many-pages"]').text()).toContain(
      'Este estado de cuenta tiene 1.120 páginas; en esta terminal se imprimen hasta 30. Puede enviarlo a su correo.',
    );
    expect(optionLabels(wrapper)).toEqual(['Recibo']);
    await buttonNamed(wrapper, 'Enviar a mi correo (l*****@e******.com)').trigger('click');
    await flushPromises();
    expect(step(wrapper)).toBe('emailed');
  });

  it('cancel on the preview goes back to the choice without printing', async () => {
    kiosk.print.status.mockResolvedValue(ok(printers('ready', 'ready')));
    const { wrapper } = await mountPrint();
    await wrapper.get('[data-target="laser"]').trigger('click');
    await flushPromises();
    await buttonNamed(wrapper, 'Cancelar').trigger('click');
    await flushPromises();
    expect(step(wrapper)).toBe('choose');
    expect(kiosk.print.statement).not.toHaveBeenCalled();
    expect(enqueue).not.toHaveBeenCalled();
  });
});

describe('print failure sentences', () => {
  it.each([
    ['receipt', 'paper-out', 'print.failures.receipt.paper-out'],
    ['receipt', 'cover-open', 'print.failures.receipt.cover-open'],
    ['receipt', 'offline', 'print.failures.receipt.offline'],
    ['receipt', 'unknown', 'print.failures.receipt.other'],
    ['laser', 'paper-out', 'print.failures.laser.paper-out'],
    ['laser', null, 'print.failures.laser.other'],
  ] as const)('%s %s → %s', (target, state, key) => {
    expect(failureMessageKey({ target, state, code: 'print-failed' })).toBe(key);
  });

  it('a centre that cannot be reached is not blamed on the printer', () => {
    expect(failureMessageKey({ target: 'receipt', state: null, code: 'central-unreachable' })).toBe(
      'print.failures.central',
    );
  });
});
