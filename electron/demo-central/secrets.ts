import { createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * PINs, passwords and temporary credentials are kept only as salted scrypt
 * hashes ("scrypt$N$r$p$salt$hash", base64), compared in constant time.
 */
const N = 16_384;
const r = 8;
const p = 1;
const keyLength = 32;

function derive(secret: string, salt: Buffer, n: number, rr: number, pp: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, keyLength, { N: n, r: rr, p: pp, maxmem: 64 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(secret, salt, N, r, p);
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** False for a malformed hash too, after the same amount of work, so timing says nothing. */
export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, n, rr, pp, salt, hash] = stored.split('$');
  const ok = scheme === 'scrypt' && salt !== undefined && hash !== undefined;
  const expected = ok ? Buffer.from(hash, 'base64') : Buffer.alloc(keyLength);
  const key = await derive(secret, Buffer.from(salt ?? '', 'base64'), Number(n) || N, Number(rr) || r, Number(pp) || p);
  return ok && expected.length === key.length && timingSafeEqual(expected, key);
}

/** Constant-time comparison of two strings of any length (the terminal key). */
export function sameSecret(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

/**
 * The credential of one terminal: HMAC-SHA256 of its id under the centre's
 * master key, base64url. A terminal proves its id with it (the id in
 * X-Terminal-Id is no longer a claim), and IT provisions it per terminal.
 */
export function terminalKeyFor(masterKey: string, terminalId: string): string {
  return createHmac('sha256', masterKey).update(`terminal:${terminalId}`).digest('base64url');
}

/** The member's opaque outbox stream id on one terminal: stable there, different on every other terminal. */
export function memberStreamId(streamSecret: string, terminalId: string, memberId: string): string {
  return createHmac('sha256', streamSecret).update(`${terminalId}\n${memberId}`).digest('base64url').slice(0, 32);
}
