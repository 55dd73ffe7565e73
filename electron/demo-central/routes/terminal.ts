import type { CentralContext, Handlers } from '../context';
import { HttpError } from '../http';
import { verifySecret } from '../secrets';
import { throwIfRateLimited } from './member-auth';

export function terminalHandlers(ctx: CentralContext): Pick<Handlers, 'heartbeat' | 'maintenanceVerify'> {
  return {
    heartbeat({ body, terminalId }) {
      // A terminal reports for itself only.
      if (body.terminalId !== terminalId) {
        throw new HttpError('invalid-input', 'terminalId does not match X-Terminal-Id');
      }
      ctx.store.state.terminals[terminalId] = { ...body, receivedAt: ctx.now().toISOString() };
      ctx.store.save();
      return { status: 204 };
    },
    async maintenanceVerify({ body, terminalId }) {
      throwIfRateLimited(ctx, terminalId);
      if (!(await verifySecret(body.pin, ctx.store.state.maintenancePinHash))) {
        ctx.log.warn('demo-central.maintenance-pin-refused');
        throw new HttpError('invalid-credentials', 'maintenance PIN not valid');
      }
      return { status: 204 };
    },
  };
}
