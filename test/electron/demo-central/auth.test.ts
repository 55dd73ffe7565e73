import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DemoCentral } from '../../../electron/demo-central/server';
import { api, login, staffToken, start, stop, token } from './harness';

let central: DemoCentral;
beforeEach(async () => {
  central = await start();
});
afterEach(async () => {
  await stop(central);
});

describe('demo central: health and terminal credential', () => {
  it('answers health', async () => {
    const res = await api(central, 'GET', '/v1/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ contractVersion: '1' });
  });

  it('refuses a wrong or missing terminal key', async () => {
    const wrong = await api(central, 'GET', '/v1/health', { headers: { 'x-terminal-key': 'nope' } });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ error: { code: 'terminal-unauthorized' } });
    const res = await fetch(`${central.url}/v1/catalog`);
    expect(res.status).toBe(401);
  });
});

describe('demo central: member sign-in', () => {
  it('signs Laura in', async () => {
    const res = await login(central, '1010101010', '4719');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      mustChangePin: false,
      member: {
        firstName: 'Laura',
        fullName: 'Laura Gómez Restrepo',
        docNumberMasked: 'CC ******1010',
        emailMasked: 'l**********@e******.com',
      },
    });
  });

  it('gives the same answer for an unknown document and a wrong PIN', async () => {
    const unknown = await login(central, '99999999', '4719');
    const wrong = await login(central, '1010101010', '4718');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(unknown.status);
    expect(wrong.text).toBe(unknown.text);
    expect(unknown.body).toEqual({
      error: { code: 'invalid-credentials', message: 'document or PIN not valid', details: { attemptsRemaining: 4 } },
    });
  });

  it('counts the attempts left the same way for a real and an unknown document, the fifth locks', async () => {
    const answers = async (docNumber: string): Promise<unknown[]> => {
      const seen: unknown[] = [];
      for (let i = 0; i < 5; i += 1) {
        const res = await login(central, docNumber, '1111');
        seen.push([res.status, (res.body as { error: { details?: unknown } }).error.details ?? null]);
      }
      return seen;
    };
    const real = await answers('79111222');
    expect(real).toEqual([
      [401, { attemptsRemaining: 4 }],
      [401, { attemptsRemaining: 3 }],
      [401, { attemptsRemaining: 2 }],
      [401, { attemptsRemaining: 1 }],
      [423, null],
    ]);
    expect(await answers('12345678')).toEqual(real);
    // A right PIN resets a real member's count.
    const staff = await staffToken(central);
    await api(central, 'POST', '/v1/staff/members/CC/79111222/unlock', { token: staff });
    expect((await login(central, '79111222', '6352')).status).toBe(200);
    expect((await login(central, '79111222', '1111')).body).toMatchObject({
      error: { details: { attemptsRemaining: 4 } },
    });
  });

  it('locks after 5 failures, refuses the right PIN, and a teller unlock restores access', async () => {
    for (let i = 0; i < 4; i += 1) {
      expect((await login(central, '79111222', '1111')).status).toBe(401);
    }
    expect((await login(central, '79111222', '1111')).status).toBe(423);
    const sixth = await login(central, '79111222', '6352');
    expect(sixth.status).toBe(423);
    expect(sixth.body).toMatchObject({ error: { code: 'account-locked' } });
    const staff = await staffToken(central);
    const found = await api(central, 'GET', '/v1/staff/members?docType=CC&docNumber=79111222', { token: staff });
    expect(found.body).toMatchObject({ status: 'locked', consecutiveFailures: 5 });
    expect((await api(central, 'POST', '/v1/staff/members/CC/79111222/unlock', { token: staff })).status).toBe(204);
    expect((await login(central, '79111222', '6352')).status).toBe(200);
  });

  it('refuses Jorge as locked', async () => {
    expect((await login(central, '80555666', '2749')).status).toBe(423);
  });

  it('takes Diana through first access with her birth date', async () => {
    const first = await login(central, '52333444', '19850314');
    expect(first.status).toBe(200);
    const body = first.body as { token: string; mustChangePin: boolean };
    expect(body.mustChangePin).toBe(true);
    const blocked = await api(central, 'GET', '/v1/members/me/accounts', { token: body.token });
    expect(blocked.status).toBe(403);
    expect(blocked.body).toMatchObject({ error: { code: 'pin-change-required' } });
    for (const [pin, reason] of [
      ['1234', 'common'],
      ['1985', 'birth-date'],
    ] as const) {
      const refused = await api(central, 'POST', '/v1/auth/pin', { token: body.token, body: { newPin: pin } });
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ error: { code: 'pin-rejected', details: { reason } } });
    }
    const good = await api(central, 'POST', '/v1/auth/pin', { token: body.token, body: { newPin: '7362' } });
    expect(good.status).toBe(204);
    const again = await login(central, '52333444', '7362');
    expect(again.body).toMatchObject({ mustChangePin: false });
    expect((await login(central, '52333444', '19850314')).status).toBe(401);
  });

  it('changes a PIN only with the right current one', async () => {
    const t = await token(central, '43777888', '8026');
    const wrong = await api(central, 'POST', '/v1/auth/pin', {
      token: t,
      body: { currentSecret: '0000', newPin: '5814' },
    });
    expect(wrong.body).toMatchObject({ error: { code: 'invalid-credentials' } });
    expect(
      (await api(central, 'POST', '/v1/auth/pin', { token: t, body: { currentSecret: '8026', newPin: '5814' } }))
        .status,
    ).toBe(204);
    expect((await login(central, '43777888', '5814')).status).toBe(200);
  });

  it('checks a new PIN against the birth date and the blocklist before it is confirmed, storing nothing', async () => {
    // Diana (born 1985-03-14) in her first-access session.
    const first = await login(central, '52333444', '19850314');
    const t = (first.body as { token: string }).token;
    const check = (newPin: string) => api(central, 'POST', '/v1/auth/pin/check', { token: t, body: { newPin } });
    expect((await check('0314')).body).toMatchObject({
      error: { code: 'pin-rejected', details: { reason: 'birth-date' } },
    });
    expect((await check('1985')).status).toBe(422);
    expect((await check('2580')).body).toMatchObject({ error: { details: { reason: 'common' } } });
    expect((await check('7306')).status).toBe(204);
    // Nothing was stored: the birth date still opens first access.
    expect((await login(central, '52333444', '19850314')).status).toBe(200);
  });

  it('proves the current PIN before a new one is asked; wrong ones count towards the lock', async () => {
    const t = await token(central, '43777888', '8026');
    const verify = (currentSecret: string) =>
      api(central, 'POST', '/v1/auth/pin/verify', { token: t, body: { currentSecret } });
    expect((await verify('8026')).status).toBe(204);
    expect((await verify('0000')).body).toMatchObject({
      error: { code: 'invalid-credentials', details: { attemptsRemaining: 4 } },
    });
    for (let i = 0; i < 3; i += 1) {
      expect((await verify('0000')).status).toBe(401);
    }
    expect((await verify('0000')).status).toBe(423);
    expect((await login(central, '43777888', '8026')).status).toBe(423);
  });

  it('e-mails a temporary credential only for a real member, with the same answer', async () => {
    const real = await api(central, 'POST', '/v1/auth/pin/forgot', {
      body: { docType: 'CC', docNumber: '1010101010' },
    });
    const mailsAfterReal = readdirSync(central.mailDir);
    const unknown = await api(central, 'POST', '/v1/auth/pin/forgot', {
      body: { docType: 'CC', docNumber: '1234567' },
    });
    expect(real.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.text).toBe(real.text);
    expect(mailsAfterReal).toHaveLength(1);
    expect(readdirSync(central.mailDir)).toHaveLength(1);
    const mail = await simpleParser(readFileSync(join(central.mailDir, mailsAfterReal[0] ?? '')));
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('laura.gomez@example.com');
    expect(mail.from?.value[0]?.address).toBe('no-responder@cooperativa-demo.example');
    expect(mail.subject).toBe('Su clave temporal — Cooperativa Demo de Ahorro y Crédito');
    expect(mail.messageId).toMatch(/^<.+@cooperativa-demo\.example>$/);
    expect(mail.date).toBeInstanceOf(Date);
    const text = mail.text ?? '';
    expect(text).toContain('Hola, Laura');
    expect(text).toContain('dígitos');
    const code = /clave temporal es: (\d{8})/.exec(text)?.[1] ?? '';
    const signedIn = await login(central, '1010101010', code);
    expect(signedIn.body).toMatchObject({ mustChangePin: true });
    expect((await login(central, '1010101010', code)).status).toBe(401);
    expect((await login(central, '1010101010', '4719')).status).toBe(200);
  });

  it('activation code issued by a teller signs in once', async () => {
    const staff = await staffToken(central);
    const issued = await api(central, 'POST', '/v1/staff/members/CC/80555666/activation-code', { token: staff });
    const code = (issued.body as { code: string }).code;
    expect(code).toMatch(/^\d{8}$/);
    expect((await login(central, '80555666', code)).body).toMatchObject({ mustChangePin: true });
  });

  it('a token is dead after logout', async () => {
    const t = await token(central, '1010101010', '4719');
    expect((await api(central, 'POST', '/v1/auth/logout', { token: t })).status).toBe(204);
    const replay = await api(central, 'GET', '/v1/members/me/accounts', { token: t });
    expect(replay.status).toBe(401);
    expect(replay.body).toMatchObject({ error: { code: 'session-expired' } });
  });

  it('checks the maintenance PIN', async () => {
    expect((await api(central, 'POST', '/v1/terminals/maintenance/verify', { body: { pin: '909090' } })).status).toBe(
      204,
    );
    expect((await api(central, 'POST', '/v1/terminals/maintenance/verify', { body: { pin: '123456' } })).status).toBe(
      401,
    );
  });
});

describe('demo central: expiry and rate limit', () => {
  it('expires tokens by itself', async () => {
    const short = await start({ tokenTtlSeconds: 1 });
    try {
      const t = await token(short, '1010101010', '4719');
      expect((await api(short, 'GET', '/v1/members/me', { token: t })).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1_100));
      const late = await api(short, 'GET', '/v1/members/me', { token: t });
      expect(late.status).toBe(401);
      expect(late.body).toMatchObject({ error: { code: 'session-expired' } });
    } finally {
      await stop(short);
    }
  });

  it('rate-limits sign-in attempts per terminal with Retry-After', async () => {
    const limited = await start({ loginsPerMinute: 3 });
    try {
      for (let i = 0; i < 3; i += 1) {
        await login(limited, '99999999', '1111');
      }
      const res = await login(limited, '1010101010', '4719');
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(res.body).toMatchObject({ error: { code: 'rate-limited' } });
    } finally {
      await stop(limited);
    }
  });
});
