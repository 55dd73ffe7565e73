import type { CentralContext, Handlers } from '../context';
import { HttpError } from '../http';
import { verifySecret } from '../secrets';
import { dictionary } from '../store';
import { throwIfRateLimited } from './member-auth';

/** Wrong maintenance PINs on one terminal before the PIN is refused there, and for how long. */
export const maintenanceMaxFailures = 5;
export const maintenanceLockMs = 30 * 60_000;

export function terminalHandlers(ctx: CentralContext): Pick<Handlers, 'heartbeat' | 'maintenanceVerify'> {
  return {
    heartbeat({ body, terminalId }) {
      // A terminal reports for itself only.
      if (body.terminalId !== terminalId) {
        throw new HttpError('invalid-input', 'terminalId does not match X-Terminal-Id');
      }
      ctx.store.commit((state) => {
        state.terminals[terminalId] = { ...body, receivedAt: ctx.now().toISOString() };
      });
      return { status: 204 };
    },

    /**
     * The 6-digit maintenance PIN: limited per terminal like a sign-in, and
     * locked on that terminal after 5 wrong tries for 30 minutes (the lock is
     * kept in the state file: a restart does not lift it). Another terminal's
     * IT is not locked out by an attack here.
     */
    async maintenanceVerify({ body, terminalId }) {
      throwIfRateLimited(ctx, terminalId);
      const now = ctx.now().getTime();
      const lock = ctx.store.state.maintenance[terminalId] ?? { failures: 0, lockedUntil: null };
      const lockedUntil = lock.lockedUntil ? Date.parse(lock.lockedUntil) : 0;
      // The scrypt runs even when locked: a locked terminal answers in the same time.
      const ok = await verifySecret(body.pin, ctx.store.state.maintenancePinHash);
      if (lockedUntil > now) {
        ctx.log.warn('demo-central.maintenance-pin-locked', { terminal: terminalId });
        throw new HttpError('account-locked', 'maintenance PIN locked on this terminal', {
          retryAfterSeconds: Math.ceil((lockedUntil - now) / 1000),
        });
      }
      if (!ok) {
        const failures = lock.failures + 1;
        const locks = failures >= maintenanceMaxFailures;
        ctx.store.commit((state) => {
          state.maintenance ??= dictionary();
          state.maintenance[terminalId] = {
            failures: locks ? 0 : failures,
            lockedUntil: locks ? new Date(now + maintenanceLockMs).toISOString() : null,
          };
        });
        ctx.log.warn(locks ? 'demo-central.maintenance-pin-locked' : 'demo-central.maintenance-pin-refused', {
          terminal: terminalId,
          failures,
        });
        throw new HttpError('invalid-credentials', 'maintenance PIN not valid');
      }
      ctx.store.commit((state) => {
        Reflect.deleteProperty(state.maintenance, terminalId);
      });
      return { status: 204 };
    },
  };
}
