import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { printStatementRequestSchema, statementPeriodSchema } from '../../../../shared/contract/kiosk-print';
import { printRig, via, type PrintRig } from '../../services/printing/print-rig';

const period = { from: '2026-01-01', to: '2026-06-30' };

describe('accounts, statement and print handlers', { timeout: 60_000 }, () => {
  let rig: PrintRig;
  beforeEach(async () => {
    rig = await printRig();
  });
  afterEach(() => rig.close());

  it('refuse without a session', async () => {
    const calls = [
      rig.handlers.accounts.summary(undefined, via),
      rig.handlers.statement.get(period, via),
      rig.handlers.print.statement({ ...period, target: 'laser', locale: 'es-CO' }, via),
      rig.handlers.print.preview({ ...period, target: 'receipt', locale: 'es-CO' }, via),
    ];
    for (const result of await Promise.all(calls)) {
      expect(!result.ok && result.error.code).toBe('session-expired');
    }
    expect(rig.laserDocs).toHaveLength(0);
  });

  it('refuse a session that must create its PIN first', async () => {
    await rig.signIn('52333444', '19850314');
    const summary = await rig.handlers.accounts.summary(undefined, via);
    const printed = await rig.handlers.print.statement({ ...period, target: 'laser', locale: 'es-CO' }, via);
    expect(!summary.ok && summary.error.code).toBe('pin-change-required');
    expect(!printed.ok && printed.error.code).toBe('pin-change-required');
  });

  it('give the member their accounts and statement, fetched with the session token', async () => {
    await rig.signIn('1010101010', '4719');
    const summary = await rig.handlers.accounts.summary(undefined, via);
    expect(summary.ok && summary.value.loans[0]?.installmentsTotal).toBe(36);
    const statement = await rig.handlers.statement.get(period, via);
    expect(statement.ok && statement.value).toMatchObject({ ...period, member: { fullName: 'Laura Gómez Restrepo' } });
  });

  it('end the session in main when the centre says it expired', async () => {
    await rig.signIn('1010101010', '4719');
    const session = rig.sessions.current();
    await rig.central.logout(session?.token ?? '');
    const result = await rig.handlers.statement.get(period, via);
    expect(!result.ok && result.error.code).toBe('session-expired');
    expect(rig.sessions.current()).toBeNull();
  });

  it('accept only a real period, at most 5 years, and a target enum (no printer names)', () => {
    expect(statementPeriodSchema.safeParse(period).success).toBe(true);
    expect(statementPeriodSchema.safeParse({ from: '2026-06-30', to: '2026-01-01' }).success).toBe(false);
    expect(statementPeriodSchema.safeParse({ from: '2020-01-01', to: '2026-01-02' }).success).toBe(false);
    expect(statementPeriodSchema.safeParse({ from: '2026-02-30', to: '2026-03-01' }).success).toBe(false);
    expect(printStatementRequestSchema.safeParse({ ...period, target: 'laser' }).success).toBe(true);
    expect(printStatementRequestSchema.safeParse({ ...period, target: 'CoopKioskPDF' }).success).toBe(false);
    expect(printStatementRequestSchema.safeParse({ ...period, target: 'laser', queue: 'x' }).success).toBe(false);
  });

  it('take the paper language among the kiosk locales, Spanish when the page names none', () => {
    const parse = (extra: object) => printStatementRequestSchema.safeParse({ ...period, target: 'receipt', ...extra });
    expect(parse({ locale: 'en' })).toMatchObject({ success: true, data: { locale: 'en' } });
    expect(parse({ locale: 'es-CO' })).toMatchObject({ success: true, data: { locale: 'es-CO' } });
    expect(parse({})).toMatchObject({ success: true, data: { locale: 'es-CO' } });
    expect(parse({ locale: 'fr' }).success).toBe(false);
    expect(parse({ locale: 'EN' }).success).toBe(false);
    expect(parse({ locale: 1 }).success).toBe(false);
  });
});
