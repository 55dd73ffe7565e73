import type { CallContext, KioskHandlers, MethodName } from '../../shared/contract/kiosk-api';
import { methodSpec } from '../../shared/contract/kiosk-api';
import { fail, type Result } from '../../shared/result';
import type { Logger } from '../services/logger';

export type Dispatch = (
  name: string,
  rawInput: unknown,
  context: CallContext & { trustedSender: boolean },
) => Promise<Result<unknown>>;

/**
 * The single wrapper every bridge call goes through, from IPC or from the
 * browser host's HTTP endpoint: refuse unknown senders and methods, validate
 * the input against the contract, run the handler, and turn a thrown error
 * into a typed `internal` error instead of a rejected promise.
 */
export function createDispatcher(handlers: KioskHandlers, log: Logger): Dispatch {
  return async (name, rawInput, { trustedSender, ...context }) => {
    if (!trustedSender) {
      log.warn('bridge.refused', { method: safeName(name), reason: 'forbidden-sender' });
      return fail('forbidden-sender', 'call refused: sender is not the kiosk page');
    }
    const spec = methodSpec(name);
    if (!spec) {
      log.warn('bridge.refused', { method: safeName(name), reason: 'unknown-method' });
      return fail('unknown-method', `no bridge method "${safeName(name)}"`);
    }
    const parsed = spec.input.safeParse(rawInput);
    if (!parsed.success) {
      // Field paths only: the offending values may be personal data.
      const fields = parsed.error.issues.map((i) => (i.path.length ? i.path.join('.') : '(input)'));
      log.warn('bridge.invalid-input', { method: name, fields: fields.join(',') });
      return fail('invalid-input', `invalid input for ${name}: ${fields.join(', ')}`, { fields });
    }
    const [ns, m] = name.split('.') as [string, string];
    const handler = (
      handlers as unknown as Record<string, Record<string, (i: unknown, c: CallContext) => Promise<Result<unknown>>>>
    )[ns]?.[m];
    if (!handler) {
      return fail('unknown-method', `bridge method "${name}" has no handler`);
    }
    try {
      return await handler(parsed.data, context);
    } catch (error) {
      log.error('bridge.handler-crashed', { method: name as MethodName, error: errorName(error) });
      return fail('internal', `handler for ${name} failed: ${errorName(error)}`);
    }
  };
}

function safeName(name: unknown): string {
  return typeof name === 'string' ? name.replace(/[^A-Za-z0-9.]/g, '').slice(0, 60) : typeof name;
}

function errorName(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 200) : 'non-error thrown';
}
